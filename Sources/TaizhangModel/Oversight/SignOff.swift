/// The rules of reporting and signing off, in one place for the dashboard, the command line
/// and a unit's returned form: a unit reports its part of a shared task; when every part is
/// reported the task is reported done (申请办结) and waits for the coordinator, who signs it
/// off (销号) or sends it back (退回) with a reason.
extension Ledger {
    /// What marking `unit`'s part of task `number` done (or not) changes: the part, and the
    /// task's status when that follows — every part done makes an open task reported; taking
    /// a part back from a reported or signed-off task puts it back under way. Unknown tasks
    /// or units are left for `apply` to refuse.
    public func partChanges(task number: Int, unit: String, done: Bool) -> [LedgerChange] {
        var changes: [LedgerChange] = [.unitDone(task: number, unit: unit, done: done)]
        guard let index = taskIndex(number) else { return changes }
        let task = plan.tasks[index]
        guard task.units.contains(where: { $0.name == unit }) else { return changes }
        if done {
            let parts = Set(task.unitsDone + [unit])
            if task.units.allSatisfy({ parts.contains($0.name) }), task.status.isOpen, task.status != .reported {
                changes.append(.status(task: number, to: .reported))
            }
        } else if task.status == .reported || task.status == .done {
            changes.append(.status(task: number, to: .doing))
        }
        return changes
    }

    /// What a report that task `number` is done changes: by a unit, its part (and the task
    /// once every part is); by the coordinator for the task as a whole, the task.
    public func reportChanges(task number: Int, unit: String?) -> [LedgerChange] {
        if let unit { return partChanges(task: number, unit: unit, done: true) }
        return [.status(task: number, to: .reported)]
    }
}
