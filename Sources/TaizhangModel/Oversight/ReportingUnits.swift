extension Ledger {
    /// The units that report (报送): every unit a task names itself (aliases applied), a
    /// collective name the plan writes included, in the workload's order (heaviest first).
    /// Each gets a form with the tasks that name it, is expected to return it each period,
    /// and is chased when it does not: the one list forms, returns, the chase and the 通报
    /// share. A member only the ledger's groups name is left out: no task names it to report on.
    public func reportingUnits(today: DayDate) -> [String] {
        Self.reportingUnits(in: Workload(ledger: self, today: today))
    }

    /// The reporting units of a workload already counted (the dashboard keeps one).
    public static func reportingUnits(in workload: Workload) -> [String] {
        workload.rows.filter { $0.namedInPlan && !$0.isUnassigned }.compactMap(\.unit)
    }

    /// The names task `number` writes that count as `unit` (aliases applied): the names a
    /// return from `unit` marks its part under. Empty when the task does not name the unit.
    public func writtenNames(of unit: String, inTask number: Int) -> [String] {
        guard let index = taskIndex(number) else { return [] }
        let naming = UnitNaming(self)
        return plan.tasks[index].units.map(\.name).filter { naming.name($0) == unit }
    }
}
