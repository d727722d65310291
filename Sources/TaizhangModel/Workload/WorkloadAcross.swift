/// Each unit's load across several plans (`workload --all`, the dashboard's cross-plan unit
/// view, `report --all`): every plan counted by its own `Workload` (its aliases and groups,
/// its parts done), then the rows of the same name added up. A unit written differently in
/// two plans is two rows unless an alias in each plan makes the names one.
public struct WorkloadAcross: Equatable, Sendable {
    /// One plan's share of a unit's load.
    public struct Share: Equatable, Sendable {
        public var plan: PlanName
        public var row: WorkloadRow
        /// The unit's return for the plan's current period; nil when the plan collects no
        /// returns (`tracksReturns`) or no task of it names the unit itself.
        public var returned: ReturnStanding?

        public init(plan: PlanName, row: WorkloadRow, returned: ReturnStanding? = nil) {
            self.plan = plan
            self.row = row
            self.returned = returned
        }
    }

    /// One unit (or group, or the tasks with no unit) over every plan that names it.
    public struct Row: Equatable, Sendable {
        /// The sums over `shares`, named as the unit.
        public var total: WorkloadRow
        /// In the order the plans were given.
        public var shares: [Share]
        public var unit: String? { total.unit }
        /// In how many plans the unit's return for the current period is late (`isLate`).
        public var returnsLate: Int { shares.count { $0.returned?.isLate == true } }
        /// Whether any of the plans collects returns from the unit: without one, "returns
        /// late" is not a zero but nothing to count.
        public var returnsTracked: Bool { shares.contains { $0.returned != nil } }
    }

    /// The plans, in the order given.
    public let plans: [PlanName]
    /// Heaviest first (ties by name); the tasks with no unit last.
    public let rows: [Row]

    public init(_ plans: [(name: PlanName, ledger: Ledger)], today: DayDate) {
        self.plans = plans.map(\.name)
        var rows: [Row] = []
        var rowOf: [RowKey: Int] = [:]
        for (name, ledger) in plans {
            let workload = Workload(ledger: ledger, today: today)
            let returns = ledger.tracksReturns
                ? Dictionary(ledger.returnStandings(today: today, workload: workload).map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
                : [:]
            for row in workload.rows {
                let key = RowKey(unit: row.unit, group: row.isGroup)
                let share = Share(plan: name, row: row, returned: row.isGroup ? nil : row.unit.flatMap { returns[$0] })
                if let index = rowOf[key] {
                    rows[index].shares.append(share)
                    rows[index].total.add(row)
                } else {
                    var total = row
                    total.members = row.members
                    rowOf[key] = rows.count
                    rows.append(Row(total: total, shares: [share]))
                }
            }
        }
        self.rows = rows.sorted { a, b in
            if a.unit == nil || b.unit == nil { return b.unit == nil && a.unit != nil }
            return a.total.total != b.total.total ? a.total.total > b.total.total : (a.unit ?? "") < (b.unit ?? "")
        }
    }

    /// The row of `unit` (nil: the tasks with no unit), a unit's rather than a group's first.
    public func row(_ unit: String?) -> Row? {
        rows.first { $0.unit == unit && !$0.total.isGroup } ?? rows.first { $0.unit == unit }
    }

    private struct RowKey: Hashable {
        var unit: String?
        var group: Bool
    }
}

extension WorkloadRow {
    /// Adds another plan's row of the same unit: every count, and the group members not
    /// already listed.
    mutating func add(_ other: WorkloadRow) {
        total += other.total
        done += other.done
        doing += other.doing
        reported += other.reported
        leads += other.leads
        responsible += other.responsible
        supporting += other.supporting
        reference += other.reference
        overdue += other.overdue
        namedInPlan = namedInPlan || other.namedInPlan
        for member in other.members where !members.contains(member) { members.append(member) }
    }
}
