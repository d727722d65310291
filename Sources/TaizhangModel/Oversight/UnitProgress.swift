/// What a unit says of its part of a task in its return (完成情况): not started, under way,
/// done, or asking for more time. The words units pick or type are read by the forms module.
public enum UnitProgress: String, CaseIterable, Sendable {
    case notStarted
    case underWay
    case done
    case extensionAsked
}

extension Ledger {
    /// What a unit's return saying `progress` for its part of task `number` changes in the
    /// task's status and the unit's part — the one rule for returns, beside `partChanges`.
    /// `unit` is the name as the task writes it. Done reports the part (and the task once
    /// every part is: `reportChanges`). Under way, or asking for more time, starts a task
    /// not started or sent back, and takes back a part the unit had reported done. Not
    /// started changes nothing: a return never moves work backwards but for its own part.
    /// Some may change nothing (a part already reported): applying them records nothing.
    public func progressChanges(task number: Int, unit: String, progress: UnitProgress) -> [LedgerChange] {
        guard let index = taskIndex(number) else { return [] }
        let task = plan.tasks[index]
        switch progress {
        case .done:
            return reportChanges(task: number, unit: unit)
        case .underWay, .extensionAsked:
            if task.unitsDone.contains(unit) { return partChanges(task: number, unit: unit, done: false) }
            return task.status == .todo || task.status == .returned ? [.status(task: number, to: .doing)] : []
        case .notStarted:
            return []
        }
    }
}
