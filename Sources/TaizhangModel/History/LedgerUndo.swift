/// Undo and redo as ledger changes. An undo does not delete anything: it sets the field back
/// and appends an `undo` entry naming the change it took back (in `from`), so the history
/// says who undid what and when, and another writer's merge can replay it.
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
            switch entry.field {
            case "undo":
                guard let target = HistoryReplay.target(of: entry),
                    let position = done.lastIndex(where: { HistoryReplay.matches(history[$0], target) })
                else { continue }
                undone.append(done.remove(at: position))
            case "redo":
                guard let target = HistoryReplay.target(of: entry),
                    let position = undone.lastIndex(where: { HistoryReplay.matches(history[$0], target) })
                else { continue }
                done.append(undone.remove(at: position))
            default:
                guard HistoryReplay.undoableFields.contains(entry.field) else { continue }
                done.append(index)
                undone.removeAll()
            }
        }
        return (done, undone)
    }

    /// Sets what `target` changed back to its value before, recording an `undo` entry.
    mutating func takeBack(_ target: HistoryEntry, stamp: Stamp) throws(LedgerChangeError) -> HistoryEntry {
        try set(target, to: target.from, removingNote: true, stamp: stamp)
        return record(HistoryEntry(at: stamp.at, by: stamp.by, task: target.task, field: "undo", from: HistoryReplay.object(target), to: .null))
    }

    /// Sets what `target` changed to its value after again, recording a `redo` entry.
    mutating func putBack(_ target: HistoryEntry, stamp: Stamp) throws(LedgerChangeError) -> HistoryEntry {
        try set(target, to: target.to, removingNote: false, stamp: stamp)
        return record(HistoryEntry(at: stamp.at, by: stamp.by, task: target.task, field: "redo", from: HistoryReplay.object(target), to: .null))
    }

    private mutating func record(_ entry: HistoryEntry) -> HistoryEntry {
        history.append(entry)
        return entry
    }

    /// Makes the field `target` changed hold `value`, through `apply` where the change is a
    /// plain value (its own history entry is dropped: the undo or redo entry stands for it).
    private mutating func set(_ target: HistoryEntry, to value: JSONValue, removingNote: Bool, stamp: Stamp) throws(LedgerChangeError) {
        switch target.field {
        case "note":
            guard let number = target.task, let index = taskIndex(number) else { throw .noSuchTask(target.task ?? 0) }
            guard case .string(let text) = target.to else { return }
            if removingNote {
                if let position = plan.tasks[index].notes.lastIndex(where: { $0.at == target.at && $0.by == target.by && $0.text == text }) {
                    plan.tasks[index].notes.remove(at: position)
                }
            } else {
                plan.tasks[index].notes.append(Note(at: target.at, by: target.by, text: text))
            }
        case "restore":
            if let state = LedgerSnapshot.ledger(from: value, keeping: self) { replaceContent(with: state) }
        default:
            guard let change = HistoryReplay.change(field: target.field, task: target.task, value: value) else { return }
            let before = history.count
            try apply(change, stamp: stamp)
            history.removeSubrange(before...)
        }
    }
}
