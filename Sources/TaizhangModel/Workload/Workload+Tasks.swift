extension Workload {
    /// The tasks of `plan` not done for `unit` (a row's name; nil: the tasks with no unit),
    /// by the same rule the row's counts follow: a unit's own part done is done for it.
    public func openTasks(of unit: String?, in plan: Plan) -> [PlanTask] {
        guard let unit else { return plan.tasks.filter { $0.units.isEmpty && $0.status != .done } }
        guard let wanted = rowIndex(unit) else { return [] }
        return plan.tasks.filter { task in
            parts(of: task).contains { $0.row == wanted && $0.part.status != .done }
        }
    }
}
