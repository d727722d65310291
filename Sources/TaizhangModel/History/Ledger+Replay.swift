/// Making a recorded change again, exactly as it was made: how a ledger read from its last
/// checkpoint catches up with the entries written to its journal after it (`LedgerStore`
/// appends a dashboard's changes there and rewrites the ledger file later). Unlike a merge's
/// replay, nothing is judged: each entry was made on exactly the state the ones before it
/// leave, so it is performed as it stands and appended as it was written.
extension Ledger {
    /// Why a journal entry could not be made again.
    public enum ReplayFailure: Error, Equatable, Sendable {
        /// A kind of entry this build does not know: what it changed cannot be made here.
        case unknownKind
        /// An undo or redo names a change that is not there to take back or put back.
        case nothingToTakeBack
        /// The change itself does not fit the ledger (its task is gone…).
        case change(LedgerChangeError)
    }

    /// Makes `entry` again and appends it to the history as it was written.
    public mutating func remake(_ entry: HistoryEntry) throws(ReplayFailure) {
        let stamp = entry.stamp
        switch entry.event {
        case .edit(let edit):
            do {
                try perform(edit, stamp: stamp)
            } catch {
                throw .change(error)
            }
        case .undo(let target), .redo(let target):
            let isUndo = if case .undo = entry.event { true } else { false }
            let stacks = undoStacks()
            guard let index = (isUndo ? stacks.done : stacks.undone).last(where: { history[$0].names(target) }),
                let edit = history[index].edit
            else { throw .nothingToTakeBack }
            do {
                try perform(isUndo ? edit.reversed : edit, stamp: stamp)
            } catch {
                throw .change(error)
            }
        case .superseded:
            break
        case .unknown:
            throw .unknownKind
        }
        history.append(entry)
    }
}
