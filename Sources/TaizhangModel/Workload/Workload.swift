/// One unit's load: how many tasks name it, and how many of those are finished.
public struct WorkloadRow: Hashable, Sendable {
    /// The unit's name, or nil for the row that counts tasks with no unit at all.
    public var unit: String?
    public var total: Int
    public var done: Int
    public var doing: Int
    public var leads: Int
    public var supporting: Int

    public init(unit: String?, total: Int = 0, done: Int = 0, doing: Int = 0, leads: Int = 0, supporting: Int = 0) {
        self.unit = unit
        self.total = total
        self.done = done
        self.doing = doing
        self.leads = leads
        self.supporting = supporting
    }

    /// Tasks not finished yet (todo and doing).
    public var open: Int { total - done }

    /// Adds (+1) or removes (-1) one task with `status` and `role` from the counts.
    mutating func count(_ status: TaskStatus, role: UnitRole?, _ sign: Int) {
        total += sign
        if status == .done { done += sign }
        if status == .doing { doing += sign }
        if role == .lead { leads += sign }
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

    public init(plan: Plan) {
        var rows: [WorkloadRow] = []
        var rowOfUnit: [String: Int] = [:]
        var unassigned = WorkloadRow(unit: nil)
        for task in plan.tasks {
            if task.units.isEmpty { unassigned.count(task.status, role: nil, 1) }
            for unit in task.units {
                let index = rowOfUnit[unit.name] ?? {
                    rows.append(WorkloadRow(unit: unit.name))
                    rowOfUnit[unit.name] = rows.count - 1
                    return rows.count - 1
                }()
                rows[index].count(task.status, role: unit.role, 1)
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
    }

    /// Moves one task's counts from `old` to `new` status: the cost is its number of units.
    public mutating func statusChanged(of task: PlanTask, from old: TaskStatus, to new: TaskStatus) {
        if task.units.isEmpty, let row = unassignedRow {
            rows[row].count(old, role: nil, -1)
            rows[row].count(new, role: nil, 1)
        }
        for unit in task.units {
            guard let row = rowOfUnit[unit.name] else { continue }
            rows[row].count(old, role: unit.role, -1)
            rows[row].count(new, role: unit.role, 1)
        }
    }
}
