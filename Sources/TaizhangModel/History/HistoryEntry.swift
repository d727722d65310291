/// One recorded change to the ledger: when, who, which task (nil for a change to the whole
/// ledger, such as a restore), what field and its value before and after, as JSON values so
/// any kind of change can be recorded and undone.
public struct HistoryEntry: Equatable, Sendable {
    public var at: String
    public var by: String
    public var task: Int?
    /// What changed: `status`, `note`, `deadline`, `unitDone`, `restore`, …
    public var field: String
    public var from: JSONValue
    public var to: JSONValue

    public init(at: String, by: String, task: Int?, field: String, from: JSONValue, to: JSONValue) {
        self.at = at
        self.by = by
        self.task = task
        self.field = field
        self.from = from
        self.to = to
    }
}

/// A group of real bodies behind a collective name in the plan (各区政府（管委会） → the
/// districts), so a coordinator can see the load of each.
public struct UnitGroup: Equatable, Sendable {
    public var name: String
    public var members: [String]

    public init(name: String, members: [String]) {
        self.name = name
        self.members = members
    }
}

/// One name that stands for another (市直其他单位 → 市直各有关单位): workload counts follow it.
public struct UnitAlias: Equatable, Sendable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
