/// One unit's load: how many tasks are its business, where its part of them stands, and in
/// which role. A group's row counts its own tasks and its members'; the row for tasks with no
/// unit at all has no name.
public struct WorkloadRow: Hashable, Sendable {
    /// The unit's name (aliases applied), or nil for the tasks with no unit.
    public var unit: String?
    /// A group's members (aliases applied); empty for a unit.
    public var members: [String]
    /// A task of the plan names this unit itself (or an alias of it). False for a member or a
    /// group only the ledger's groups name: the dashboard lists those under their group.
    public var namedInPlan: Bool
    public var total: Int
    /// Tasks done for this unit: the task is done, or the unit's own part of it is.
    public var done: Int
    /// Tasks under way for this unit: in progress, reported done, or sent back.
    public var doing: Int
    /// Of those, the ones reported done and waiting for the coordinator's sign-off.
    public var reported: Int
    public var leads: Int
    /// Tasks that name the unit plainly (负责): neither lead, supporting nor for reference.
    public var responsible: Int
    public var supporting: Int
    /// Tasks the unit is to act on for reference only (参照落实).
    public var reference: Int
    /// Tasks not done for this unit and past their due day.
    public var overdue: Int

    public init(
        unit: String?, members: [String] = [], namedInPlan: Bool = true, total: Int = 0, done: Int = 0, doing: Int = 0,
        leads: Int = 0, responsible: Int = 0, supporting: Int = 0, reference: Int = 0, overdue: Int = 0
    ) {
        self.unit = unit
        self.members = members
        self.namedInPlan = namedInPlan
        self.total = total
        self.done = done
        self.doing = doing
        self.reported = 0
        self.leads = leads
        self.responsible = responsible
        self.supporting = supporting
        self.reference = reference
        self.overdue = overdue
    }

    /// Every stored property, compared where the dashboard's unit pane compares 2,000 rows
    /// after each change: inlinable, so a row is read where it lies instead of copied out of
    /// its array (retaining its strings) to be passed to a function of this module. A test
    /// counts the stored properties, so one added is compared here too.
    @inlinable public static func == (left: WorkloadRow, right: WorkloadRow) -> Bool {
        left.total == right.total && left.done == right.done && left.doing == right.doing && left.reported == right.reported
            && left.overdue == right.overdue && left.leads == right.leads && left.responsible == right.responsible
            && left.supporting == right.supporting && left.reference == right.reference && left.namedInPlan == right.namedInPlan
            && left.unit == right.unit && left.members == right.members
    }

    /// Tasks not finished for this unit (to do and in progress).
    @inlinable public var open: Int { total - done }

    /// Done as a fraction of all (0…1); 0 for a unit with no task.
    @inlinable public var fractionDone: Double { total == 0 ? 0 : Double(done) / Double(total) }

    @inlinable public var isGroup: Bool { !members.isEmpty }

    /// The row of tasks that name no unit.
    public var isUnassigned: Bool { unit == nil }

    /// The number of tasks in `role`.
    public func count(of role: UnitRole) -> Int {
        switch role {
        case .lead: leads
        case .responsible: responsible
        case .supporting: supporting
        case .reference: reference
        }
    }

    /// Adds (+1) or removes (-1) one task's part from the counts.
    mutating func count(_ part: UnitPart, _ sign: Int) {
        total += sign
        if part.overdue { overdue += sign }
        if part.status == .done { done += sign }
        if part.status.isUnderWay { doing += sign }
        if part.status == .reported { reported += sign }
        switch part.role {
        case .lead: leads += sign
        case .responsible: responsible += sign
        case .supporting: supporting += sign
        case .reference: reference += sign
        }
    }

    /// Adds (+1) or removes (-1) a task with no unit: no role, its own status.
    mutating func countUnassigned(_ task: PlanTask, overdue isOverdue: Bool, _ sign: Int) {
        total += sign
        if isOverdue { overdue += sign }
        if task.status == .done { done += sign }
        if task.status.isUnderWay { doing += sign }
        if task.status == .reported { reported += sign }
    }
}
