/// The unit workload table, the one place every per-unit number comes from: the dashboard's
/// unit pane, `workload`, `units`, every report and its `--unit` form.
///
/// One row per unit the plan names (aliases applied), per group and per group member, heaviest
/// first; the tasks with no unit last, so nothing hides. A task counts once in each row it
/// is the business of (see `UnitNaming`), in the strongest role the row has in it, and as done
/// for a unit whose own part is done. Rows keep their order when statuses and parts change
/// (the load is the total), so the table is kept up to date per change instead of recounted.
public struct Workload: Equatable, Sendable {
    public let naming: UnitNaming
    /// The day overdue is judged against.
    public let today: DayDate
    /// What lights and 序时进度 are judged against: the day, the plan's start, the settings.
    public let judgement: Judgement
    public private(set) var rows: [WorkloadRow]
    /// Each row's lights and tasks behind, in the order of `rows`: the same parts counted.
    public private(set) var oversight: [OversightCounts]
    private var rowOfUnit: [String: Int]
    private var unassignedRow: Int?
    /// Written name → the rows it counts in, worked out once per name: a 100,000-task plan
    /// then costs one lookup per unit of a task. Keyed by the name's bytes (`ExactName`):
    /// each spelling's rows are what `naming` gives for it, so this only caches.
    private var rowsOfWritten: [ExactName: [Int]]

    /// The workload of `plan` under `naming`, overdue as of `today`, lights judged by
    /// `settings`.
    public init(plan: Plan, naming: UnitNaming = UnitNaming(), today: DayDate, settings: LedgerSettings = .standard) {
        self.naming = naming
        self.today = today
        let judgement = Judgement(plan: plan, today: today, settings: settings)
        self.judgement = judgement
        // Rows in the order units first appear: the plan's tasks, then groups no task names.
        // One pass over the tasks makes the rows and counts into them; each task is read in
        // place (a copy of a task is a retain and a release of each of its fields).
        var rows: [WorkloadRow] = []
        var oversight: [OversightCounts] = []
        var rowOfUnit: [String: Int] = [:]
        var rowsOfWritten: [ExactName: [Int]] = [:]
        // Room for a large plan's units up front: growing rehashed every name, and a unit
        // name's hash is that of its canonical (normalised) form.
        rowOfUnit.reserveCapacity(min(plan.tasks.count, 2048))
        rowsOfWritten.reserveCapacity(min(plan.tasks.count, 2048))
        func rowIndex(_ unit: String) -> Int {
            if let index = rowOfUnit[unit] { return index }
            rows.append(WorkloadRow(unit: unit, members: naming.members(ofGroup: unit) ?? [], namedInPlan: false))
            oversight.append(OversightCounts())
            rowOfUnit[unit] = rows.count - 1
            return rows.count - 1
        }
        var unassigned = WorkloadRow(unit: nil)
        var unassignedOversight = OversightCounts()
        // Each task's units' rows, and its parts: kept across tasks, so no task allocates.
        var lists: [[Int]] = []
        var parts: [(row: Int, part: UnitPart)] = []
        plan.tasks.withUnsafeBufferPointer { tasks in
            for index in tasks.indices {
                let units = tasks[index].units
                if units.isEmpty {
                    let task = tasks[index]
                    unassigned.countUnassigned(task, overdue: task.isOverdue(today: today), 1)
                    unassignedOversight.count(task, judgement, 1)
                    continue
                }
                lists.removeAll(keepingCapacity: true)
                for unit in units {
                    let written = ExactName(unit.name)
                    if let counted = rowsOfWritten[written] {
                        lists.append(counted)
                        continue
                    }
                    let counted = naming.rows(counting: unit.name).map(rowIndex)
                    rowsOfWritten[written] = counted
                    // The first row a written name counts in is the unit it stands for.
                    rows[counted[0]].namedInPlan = true
                    lists.append(counted)
                }
                Self.parts(of: tasks[index], lists: lists, rows: rows, today: today, into: &parts)
                // A part not done has the task's light and pace, the same in every row it
                // counts in: judged once, at the first such part (a year of deadlines read
                // once a task instead of once a unit).
                var judged: (light: Light?, behind: Bool)?
                for (row, part) in parts {
                    rows[row].count(part, 1)
                    guard part.status != .done else { continue }
                    let open = judged ?? (tasks[index].light(judgement), tasks[index].pace(judgement, partDone: false) == .behind)
                    judged = open
                    oversight[row].count(light: open.light, behind: open.behind, 1)
                }
            }
        }
        for group in naming.groups {
            for unit in [group.name] + group.members { _ = rowIndex(unit) }
        }
        self.rows = rows
        self.oversight = oversight
        self.rowOfUnit = rowOfUnit
        self.rowsOfWritten = rowsOfWritten
        self.unassignedRow = nil

        // Heaviest first; ties keep the order units first appear. The row numbers the
        // lookups hold follow the sort.
        let order = self.rows.indices.sorted { a, b in
            self.rows[a].total != self.rows[b].total ? self.rows[a].total > self.rows[b].total : a < b
        }
        var newIndex = Array(repeating: 0, count: order.count)
        for (position, old) in order.enumerated() { newIndex[old] = position }
        self.rows = order.map { self.rows[$0] }
        self.oversight = order.map { self.oversight[$0] }
        self.rowOfUnit = self.rowOfUnit.mapValues { newIndex[$0] }
        self.rowsOfWritten = self.rowsOfWritten.mapValues { $0.map { newIndex[$0] } }
        if unassigned.total > 0 {
            self.rows.append(unassigned)
            self.oversight.append(unassignedOversight)
            self.unassignedRow = self.rows.count - 1
        }
    }

    /// The workload of a ledger's plan under its aliases and groups, lights judged by its
    /// settings.
    public init(ledger: Ledger, today: DayDate) {
        self.init(plan: ledger.plan, naming: UnitNaming(ledger), today: today, settings: ledger.settings)
    }

    /// The lights and tasks behind of the row of `unit` (nil: the tasks with no unit).
    public func oversight(of unit: String?) -> OversightCounts? {
        guard let unit else { return unassignedRow.map { oversight[$0] } }
        return rowOfUnit[unit].map { oversight[$0] }
    }

    /// The row of `unit` (a name as the table shows it), or of the tasks with no unit (nil).
    func rowIndex(_ unit: String) -> Int? { rowOfUnit[unit] }

    public func row(_ unit: String?) -> WorkloadRow? {
        guard let unit else { return unassignedRow.map { rows[$0] } }
        return rowOfUnit[unit].map { rows[$0] }
    }

    /// Each row `task` counts in, with the task's part for that row. Run for every task of
    /// the plan at a count: one lookup per unit, the rest on row numbers.
    func parts(of task: PlanTask) -> [(row: Int, part: UnitPart)] {
        let lists = task.units.map { rowsOfWritten[ExactName($0.name)] ?? [] }
        var result: [(row: Int, part: UnitPart)] = []
        result.reserveCapacity(lists.count)
        Self.parts(of: task, lists: lists, rows: rows, today: today, into: &result)
        return result
    }

    /// The parts of `task` into `result` (emptied first), given the rows each of its units
    /// counts in (`lists`, in the order of its units).
    private static func parts(
        of task: PlanTask, lists: [[Int]], rows: [WorkloadRow], today: DayDate, into result: inout [(row: Int, part: UnitPart)]
    ) {
        result.removeAll(keepingCapacity: true)
        let pastDue = task.isPastDue(today: today)
        for (index, counted) in lists.enumerated() {
            for row in counted where !result.contains(where: { $0.row == row }) {
                // Every assignment of the task counted in this row, from this one on (an
                // earlier one would have found the row first).
                var tally = UnitPart.Tally()
                for other in index..<lists.count where lists[other].contains(row) {
                    // The first row a written name counts in is the unit it stands for.
                    tally.add(task.units[other], of: task, direct: lists[other][0] == row)
                }
                if let part = tally.part(of: task, isGroup: rows[row].isGroup, pastDue: pastDue) { result.append((row, part)) }
            }
        }
    }

    /// Moves one task's counts from how it was to how it is, when its status, its units'
    /// parts or its notes changed (a unit's note with a problem turns its light yellow). The
    /// cost is its number of units. A change to the task's units or
    /// deadline needs a recount (`init`) instead: the rows and their order may change.
    public mutating func taskChanged(from before: PlanTask, to after: PlanTask) {
        if before.units.isEmpty, let row = unassignedRow {
            rows[row].countUnassigned(before, overdue: before.isOverdue(today: today), -1)
            rows[row].countUnassigned(after, overdue: after.isOverdue(today: today), 1)
            oversight[row].count(before, judgement, -1)
            oversight[row].count(after, judgement, 1)
        }
        for (row, part) in parts(of: before) {
            rows[row].count(part, -1)
            oversight[row].count(before, partDone: part.status == .done, judgement, -1)
        }
        for (row, part) in parts(of: after) {
            rows[row].count(part, 1)
            oversight[row].count(after, partDone: part.status == .done, judgement, 1)
        }
    }
}
