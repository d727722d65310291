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

    /// The part of `task` that falls to the units `listed` (some of the task's own
    /// assignments, as written); `pastDue` is whether the task's due day is before today.
    static func of(_ task: PlanTask, listed: some Sequence<UnitAssignment>, pastDue: Bool) -> UnitPart? {
        var role: UnitRole?
        var done = task.status == .done
        var allPartsDone = true
        for unit in listed {
            role = role.map { $0.stronger(unit.role) } ?? unit.role
            if allPartsDone, !task.unitsDone.contains(unit.name) { allPartsDone = false }
        }
        guard let role else { return nil }
        done = done || allPartsDone
        let status: TaskStatus = done ? .done : task.status
        return UnitPart(role: role, status: status, overdue: !done && pastDue)
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
        return UnitPart.of(task, listed: task.units.filter { counted.contains(name($0.name)) }, pastDue: task.isPastDue(today: today))
    }
}
