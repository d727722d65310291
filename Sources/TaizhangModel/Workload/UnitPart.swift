/// A unit's part in one task, as its workload row, its own report and `show` count it.
public struct UnitPart: Hashable, Sendable {
    /// The strongest role among the names the row counts in this task.
    public var role: UnitRole
    /// Done when the task is done or when the unit's own part of it is (`m`, `unit done`);
    /// otherwise the task's status.
    public var status: TaskStatus
    /// Not done for this unit and past a due day.
    public var overdue: Bool

    public init(role: UnitRole, status: TaskStatus, overdue: Bool) {
        self.role = role
        self.status = status
        self.overdue = overdue
    }

    /// The assignments of one task a row counts, added one by one, and the part they make. A
    /// unit named in the task itself answers for itself (its role, its part done); only a task
    /// that names it through its group makes the group's assignment count for it. A group's
    /// row answers for all it counts: its part is done when every one of those parts is.
    struct Tally {
        private var all: (role: UnitRole, done: Bool)?
        private var direct: (role: UnitRole, done: Bool)?

        mutating func add(_ unit: UnitAssignment, of task: PlanTask, direct isDirect: Bool) {
            let done = task.unitsDone.contains(unit.name)
            all = all.map { ($0.role.stronger(unit.role), $0.done && done) } ?? (unit.role, done)
            if isDirect { direct = direct.map { ($0.role.stronger(unit.role), $0.done && done) } ?? (unit.role, done) }
        }

        func part(of task: PlanTask, isGroup: Bool, pastDue: Bool) -> UnitPart? {
            guard let counted = isGroup ? all : direct ?? all else { return nil }
            let done = task.status == .done || counted.done
            return UnitPart(role: counted.role, status: done ? .done : task.status, overdue: !done && pastDue)
        }
    }
}

extension PlanTask {
    /// Whether the unit written `name` in this task has its part done: the whole task is, or
    /// its own part was marked.
    public func isDone(for name: String) -> Bool {
        status == .done || unitsDone.contains(name)
    }
}

extension UnitNaming {
    /// The part of `task` that falls to the row of `unit` (a name as the workload shows it:
    /// aliases applied, or a group), nil when the task is none of its business.
    public func part(of unit: String, in task: PlanTask, today: DayDate) -> UnitPart? {
        let counted = namesCounted(by: unit)
        var tally = UnitPart.Tally()
        for assignment in task.units {
            let counts = name(assignment.name)
            if counted.contains(counts) { tally.add(assignment, of: task, direct: counts == unit) }
        }
        return tally.part(of: task, isGroup: members(ofGroup: unit) != nil, pastDue: task.isPastDue(today: today))
    }
}
