/// Undo and redo as ledger events. An undo does not delete anything: it sets the thing back
/// and appends an `undo` entry naming the change it took back, so the history says who undid
/// what and when, and another writer's merge can replay it.
///
/// The rules, read off the history alone (so they hold across sessions and processes):
/// - `undo` takes back the most recent change still in effect, whoever made it, many levels
///   deep, down to the first change in the ledger.
/// - `redo` puts back the most recently undone change.
/// - Any new change (by anyone) ends the redo chain: changes undone before it can no longer
///   be redone (they stay in the history), as in any editor.
extension Ledger {
    /// Takes back the most recent change still in effect. Returns the `undo` entry, or nil
    /// when there is nothing left to undo.
    @discardableResult
    public mutating func undo(stamp: Stamp) throws(LedgerChangeError) -> HistoryEntry? {
        guard let index = undoStacks().done.last else { return nil }
        return try takeBack(history[index], stamp: stamp)
    }

    /// Puts back the most recently undone change. Returns the `redo` entry, or nil when
    /// there is nothing to redo.
    @discardableResult
    public mutating func redo(stamp: Stamp) throws(LedgerChangeError) -> HistoryEntry? {
        guard let index = undoStacks().undone.last else { return nil }
        return try putBack(history[index], stamp: stamp)
    }

    /// The ledger after an undo and the `undo` entry, or nil when there is nothing to undo.
    public func undoing(stamp: Stamp) throws(LedgerChangeError) -> (ledger: Ledger, change: HistoryEntry)? {
        var copy = self
        guard let entry = try copy.undo(stamp: stamp) else { return nil }
        return (copy, entry)
    }

    /// The ledger after a redo and the `redo` entry, or nil when there is nothing to redo.
    public func redoing(stamp: Stamp) throws(LedgerChangeError) -> (ledger: Ledger, change: HistoryEntry)? {
        var copy = self
        guard let entry = try copy.redo(stamp: stamp) else { return nil }
        return (copy, entry)
    }

    /// The change the next `undo` would take back, for a prompt such as "u: undo task 4 done".
    public var nextUndo: HistoryEntry? { undoStacks().done.last.map { history[$0] } }
    /// The change the next `redo` would put back.
    public var nextRedo: HistoryEntry? { undoStacks().undone.last.map { history[$0] } }

    /// Indices into `history` of the changes in effect (`done`) and of those undone and still
    /// redoable (`undone`), each with the next one to act on last.
    func undoStacks() -> (done: [Int], undone: [Int]) {
        var done: [Int] = []
        var undone: [Int] = []
        for (index, entry) in history.enumerated() {
            switch entry.event {
            case .undo(let target):
                guard let position = done.lastIndex(where: { history[$0].names(target) }) else { continue }
                undone.append(done.remove(at: position))
            case .redo(let target):
                guard let position = undone.lastIndex(where: { history[$0].names(target) }) else { continue }
                done.append(undone.remove(at: position))
            case .edit:
                done.append(index)
                undone.removeAll()
            case .superseded, .unknown:
                continue
            }
        }
        return (done, undone)
    }

    /// Sets what `target` changed back to its value before, recording an `undo` entry.
    mutating func takeBack(_ target: HistoryEntry, stamp: Stamp) throws(LedgerChangeError) -> HistoryEntry {
        guard let edit = target.edit else { throw .noSuchTask(target.task ?? 0) }
        try perform(edit.reversed, stamp: stamp)
        return record(HistoryEntry(stamp, .undo(target.reference)))
    }

    /// Sets what `target` changed to its value after again, recording a `redo` entry.
    mutating func putBack(_ target: HistoryEntry, stamp: Stamp) throws(LedgerChangeError) -> HistoryEntry {
        guard let edit = target.edit else { throw .noSuchTask(target.task ?? 0) }
        try perform(edit, stamp: stamp)
        return record(HistoryEntry(stamp, .redo(target.reference)))
    }

    private mutating func record(_ entry: HistoryEntry) -> HistoryEntry {
        history.append(entry)
        return entry
    }
}

extension HistoryEntry {
    /// The entry as another entry names it (undo, redo, superseded): a restore without the
    /// whole ledgers it holds.
    var reference: HistoryEntry {
        guard let edit else { return self }
        return HistoryEntry(at: at, by: by, event: .edit(edit.reference))
    }

    /// Whether this entry is the one `target` names: the same time, author and change. The
    /// value before is left out (see `Edit.isSameChange`).
    func names(_ target: HistoryEntry) -> Bool {
        guard at == target.at, by == target.by, let edit, let other = target.edit else { return false }
        return edit.isSameChange(as: other)
    }
}
