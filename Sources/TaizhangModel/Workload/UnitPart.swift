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

    /// The part of `task` that falls to a row: `listed` are the task's assignments (as
    /// written) the row counts, `direct` those naming the row's own unit. A unit named in the
    /// task itself answers for itself (its role, its part done); only a task that names it
    /// through its group makes the group's assignment count for it. A group's row answers for
    /// all it counts: its part is done when every one of those parts is.
    static func of(_ task: PlanTask, listed: [UnitAssignment], direct: [UnitAssignment], isGroup: Bool, pastDue: Bool) -> UnitPart? {
        let counted = isGroup || direct.isEmpty ? listed : direct
        guard let first = counted.first else { return nil }
        let role = counted.dropFirst().reduce(first.role) { $0.stronger($1.role) }
        let done = task.status == .done || counted.allSatisfy { task.unitsDone.contains($0.name) }
        return UnitPart(role: role, status: done ? .done : task.status, overdue: !done && pastDue)
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
        return UnitPart.of(
            task, listed: task.units.filter { counted.contains(name($0.name)) }, direct: task.units.filter { name($0.name) == unit },
            isGroup: members(ofGroup: unit) != nil, pastDue: task.isPastDue(today: today))
    }
}
