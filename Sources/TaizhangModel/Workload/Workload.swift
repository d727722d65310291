/// One unit's load: how many tasks name it, and how many of those are finished.
public struct WorkloadRow: Hashable, Sendable {
    /// The unit's name, or nil for the row that counts tasks with no unit at all.
    public var unit: String?
    public var total: Int
    public var done: Int
    public var doing: Int
    public var leads: Int
    /// Tasks that name the unit plainly (负责): neither lead nor supporting.
    public var responsible: Int
    public var supporting: Int
    /// Open tasks past their deadline (counted when a "today" is given).
    public var overdue: Int

    public init(
        unit: String?, total: Int = 0, done: Int = 0, doing: Int = 0, leads: Int = 0, responsible: Int = 0,
        supporting: Int = 0, overdue: Int = 0
    ) {
        self.unit = unit
        self.total = total
        self.done = done
        self.doing = doing
        self.leads = leads
        self.responsible = responsible
        self.supporting = supporting
        self.overdue = overdue
    }

    /// Tasks not finished yet (todo and doing).
    public var open: Int { total - done }

    /// Adds (+1) or removes (-1) one task with `status` and `role` from the counts.
    mutating func count(_ status: TaskStatus, role: UnitRole?, overdue isOverdue: Bool = false, _ sign: Int) {
        total += sign
        if isOverdue { overdue += sign }
        if status == .done { done += sign }
        if status == .doing { doing += sign }
        if role == .lead { leads += sign }
        if role == .responsible { responsible += sign }
        if role == .supporting { supporting += sign }
    }
}

/// The unit workload table: one row per unit, heaviest first, and a row for tasks with no
/// unit so nothing hides. Rows keep their order when statuses change (the load is the total),
/// so the table can be kept up to date per change instead of recounted.
public struct Workload: Hashable, Sendable {
    public private(set) var rows: [WorkloadRow]
    private var rowOfUnit: [String: Int]
    private var unassignedRow: Int?

    /// Names that stand for another (市直其他单位 → 市直各有关单位) are counted under the name
    /// they stand for; a task that names both counts once.
    private var aliases: [String: String]
    private var today: DayDate?

    /// The workload of `plan`; with `today`, open tasks past their deadline count as overdue.
    public init(plan: Plan, aliases: [UnitAlias] = [], today: DayDate? = nil) {
        var rows: [WorkloadRow] = []
        var rowOfUnit: [String: Int] = [:]
        var unassigned = WorkloadRow(unit: nil)
        let aliasMap = Dictionary(aliases.map { ($0.from, $0.to) }, uniquingKeysWith: { _, last in last })
        for task in plan.tasks {
            let late = today.map { task.isOverdue(today: $0) } ?? false
            if task.units.isEmpty { unassigned.count(task.status, role: nil, overdue: late, 1) }
            for unit in Self.units(of: task, aliases: aliasMap) {
                let index = rowOfUnit[unit.name] ?? {
                    rows.append(WorkloadRow(unit: unit.name))
                    rowOfUnit[unit.name] = rows.count - 1
                    return rows.count - 1
                }()
                rows[index].count(task.status, role: unit.role, overdue: late, 1)
            }
        }
        // Heaviest first; ties keep the order units first appear in the plan.
        rows = rows.enumerated().sorted { a, b in
            a.element.total != b.element.total ? a.element.total > b.element.total : a.offset < b.offset
        }.map(\.element)
        if unassigned.total > 0 { rows.append(unassigned) }
        self.rows = rows
        self.rowOfUnit = Dictionary(uniqueKeysWithValues: rows.enumerated().compactMap { index, row in row.unit.map { ($0, index) } })
        self.unassignedRow = unassigned.total > 0 ? rows.count - 1 : nil
        self.aliases = aliasMap
        self.today = today
    }

    /// A task's units under their alias targets, each name once (the first role wins).
    public static func units(of task: PlanTask, aliases: [String: String]) -> [UnitAssignment] {
        guard !aliases.isEmpty else { return task.units }
        // A task names a handful of units: comparing is cheaper than hashing Chinese names
        // (each hash normalises the string first).
        var result: [UnitAssignment] = []
        for unit in task.units {
            let name = aliases[unit.name] ?? unit.name
            if !result.contains(where: { $0.name == name }) { result.append(UnitAssignment(name: name, role: unit.role)) }
        }
        return result
    }

    /// Moves one task's counts from `old` to `new` status: the cost is its number of units.
    public mutating func statusChanged(of task: PlanTask, from old: TaskStatus, to new: TaskStatus) {
        func late(_ status: TaskStatus) -> Bool {
            guard let today else { return false }
            var copy = task
            copy.status = status
            return copy.isOverdue(today: today)
        }
        let (lateBefore, lateAfter) = (late(old), late(new))
        if task.units.isEmpty, let row = unassignedRow {
            rows[row].count(old, role: nil, overdue: lateBefore, -1)
            rows[row].count(new, role: nil, overdue: lateAfter, 1)
        }
        for unit in Self.units(of: task, aliases: aliases) {
            guard let row = rowOfUnit[unit.name] else { continue }
            rows[row].count(old, role: unit.role, overdue: lateBefore, -1)
            rows[row].count(new, role: unit.role, overdue: lateAfter, 1)
        }
    }
}
