/// One recorded event of the ledger: when, who, and what happened. The history is the
/// ledger's memory: every change, every undo and redo, and every change of ours that lost
/// to another writer's, so the coordinator can always see and take back what happened.
public struct HistoryEntry: Equatable, Sendable {
    /// The fields live in one shared box, as `PlanTask`'s do: a year of history held twice
    /// (the dashboard's ledger and the store's last saved one) then costs one reference per
    /// entry to copy when a change is appended, not one per string.
    struct Fields: Equatable, Sendable {
        var at: String
        var by: String
        var event: HistoryEvent
        var reason: String?
    }

    private var storage: CopyOnWrite<Fields>

    /// ISO 8601 with the local offset, as `Stamp.at`.
    public var at: String {
        get { storage.value.at }
        set { storage.value.at = newValue }
    }
    public var by: String {
        get { storage.value.by }
        set { storage.value.by = newValue }
    }
    public var event: HistoryEvent {
        get { storage.value.event }
        set { storage.value.event = newValue }
    }
    /// Why, when the person said: the reason a task was sent back (退回) or its deadline moved
    /// (延期). The log of a task's extensions is its deadline edits with their reasons.
    public var reason: String? {
        get { storage.value.reason }
        set { storage.value.reason = newValue }
    }

    public init(at: String, by: String, event: HistoryEvent, reason: String? = nil) {
        storage = CopyOnWrite(Fields(at: at, by: by, event: event, reason: reason))
    }

    public static func == (lhs: HistoryEntry, rhs: HistoryEntry) -> Bool {
        lhs.storage.shares(with: rhs.storage) || lhs.storage.value == rhs.storage.value
    }

    public init(_ stamp: Stamp, _ event: HistoryEvent, reason: String? = nil) {
        self.init(at: stamp.at, by: stamp.by, event: event, reason: reason)
    }

    public var stamp: Stamp { Stamp(at: at, by: by) }

    /// The task the entry is about, nil for a change to the whole ledger.
    public var task: Int? {
        switch event {
        case .edit(let edit): edit.task
        case .undo(let target), .redo(let target), .superseded(let target): target.task
        case .unknown(_, let task, _, _): task
        }
    }

    /// The edit itself, when the entry is one.
    public var edit: Edit? {
        if case .edit(let edit) = event { return edit }
        return nil
    }
}

/// What a history entry records.
public indirect enum HistoryEvent: Equatable, Sendable {
    /// A change, with what it replaced.
    case edit(Edit)
    /// The change in the entry named was taken back.
    case undo(HistoryEntry)
    /// The change in the entry named, taken back before, was put back.
    case redo(HistoryEntry)
    /// The entry named, one of ours, was not applied when merged with another writer's save:
    /// a later change of the same thing won, or it had already been made.
    case superseded(HistoryEntry)
    /// A kind of entry this build does not know (written by a newer taizhang): kept exactly
    /// as read, so saving never loses it.
    case unknown(field: String, task: Int?, from: JSONValue, to: JSONValue)
}
