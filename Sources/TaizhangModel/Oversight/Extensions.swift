/// A deadline moved (延期): from what, to what, why, when and by whom. Offices keep a log of
/// extensions; the ledger's is the history's deadline changes, read here once for `show`,
/// reports and the 通报.
public struct Extension: Hashable, Sendable {
    public var task: Int
    public var at: String
    public var by: String
    public var from: Deadline
    /// nil when the deadline was taken off.
    public var to: Deadline?
    public var reason: String?

    public init(task: Int, at: String, by: String, from: Deadline, to: Deadline?, reason: String?) {
        self.task = task
        self.at = at
        self.by = by
        self.from = from
        self.to = to
        self.reason = reason
    }
}

extension Ledger {
    /// Every deadline change still in effect that moved a deadline the task already had
    /// (setting a first deadline is no extension), oldest first; of one task when given.
    public func extensions(of task: Int? = nil) -> [Extension] {
        undoStacks().done.sorted().compactMap { index in
            let entry = history[index]
            guard case .edit(.deadline(let number, let from?, let to)) = entry.event, task == nil || number == task else { return nil }
            return Extension(task: number, at: entry.at, by: entry.by, from: from, to: to, reason: entry.reason)
        }
    }
}
