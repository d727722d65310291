/// One line of `taizhang plans` and of the dashboard's plan picker: what a plan in the home
/// is and how far it has come.
public struct PlanSummary: Equatable, Sendable {
    public var name: PlanName
    public var title: String
    public var year: Int?
    public var tasks: Int
    public var done: Int
    public var overdue: Int
    /// When the latest change was made (`YYYY-MM-DDTHH:MM:SS…` as the history keeps it);
    /// nil for a plan never changed since its import.
    public var lastChange: String?
    /// Moved out of the daily list by `plans archive`.
    public var archived: Bool

    public init(name: PlanName, ledger: Ledger, archived: Bool, today: DayDate) {
        self.name = name
        self.title = ledger.plan.title
        self.year = PlanYear.of(ledger.plan)
        self.tasks = ledger.plan.tasks.count
        self.done = ledger.plan.tasks.count { $0.status == .done }
        self.overdue = ledger.plan.tasks.count { $0.isOverdue(today: today) }
        self.lastChange = ledger.history.last?.at
        self.archived = archived
    }

    public var fractionDone: Double { tasks == 0 ? 0 : Double(done) / Double(tasks) }

    /// As scripts read it in `plans --json`.
    public var json: JSONValue {
        .object([
            JSONMember("name", .string(name.text)),
            JSONMember("title", .string(title)),
            JSONMember("year", year.map { JSONValue.int($0) } ?? .null),
            JSONMember("tasks", .int(tasks)),
            JSONMember("done", .int(done)),
            JSONMember("overdue", .int(overdue)),
            JSONMember("lastChange", lastChange.map(JSONValue.string) ?? .null),
            JSONMember("archived", .bool(archived)),
        ])
    }
}
