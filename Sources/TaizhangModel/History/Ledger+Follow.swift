/// Catching up with a shared ledger: another writer's entries, as recorded, made on this
/// copy in the order they were made. A copy that follows every new entry holds what the
/// writers' copies hold, without reading the whole ledger again: how an open dashboard shows
/// another person's change, and how a database writer learns what it merges against.
extension Ledger {
    /// Makes what `entry` made and records it as it is. An edit sets its value after; an
    /// undo or redo finds the change it names, as `undo` and `redo` do, and sets that change's
    /// value before or after; bookkeeping (superseded, unknown kinds) changes nothing. Throws
    /// when this copy cannot hold the entry (its task is gone, the change it names is not in
    /// effect), which means this copy is not the one the entry was made on: read it again.
    public mutating func follow(_ entry: HistoryEntry) throws(LedgerChangeError) {
        if let edit = try edit(madeBy: entry) { try perform(edit, stamp: entry.stamp) }
        history.append(entry)
    }

    /// The edit `entry` makes on this copy, with its stamp's time and author: the edit
    /// itself, the reverse of the change an undo names, the change a redo names; nil for
    /// bookkeeping. A store that keeps the ledger in rows writes this edit.
    public func edit(madeBy entry: HistoryEntry) throws(LedgerChangeError) -> Edit? {
        switch entry.event {
        case .edit(let edit):
            return edit
        case .undo(let target):
            guard let index = undoStacks().done.last(where: { history[$0].names(target) }), let edit = history[index].edit else {
                throw .noSuchTask(target.task ?? 0)
            }
            return edit.reversed
        case .redo(let target):
            guard let index = undoStacks().undone.last(where: { history[$0].names(target) }), let edit = history[index].edit else {
                throw .noSuchTask(target.task ?? 0)
            }
            return edit
        case .superseded, .unknown:
            return nil
        }
    }

    /// Follows `entries` in order; on a failure this copy is left as it was.
    public mutating func follow(_ entries: some Sequence<HistoryEntry>) throws(LedgerChangeError) {
        var copy = self
        for entry in entries { try copy.follow(entry) }
        self = copy
    }
}
