import TaizhangModel
import TaizhangWords

/// The status keys, following how offices run a plan (TaizhangModel's `TaskStatus`): a
/// unit's work is reported done (`r`, or a unit's part with `m`), then signed off (`x`) or
/// sent back with a reason (`<`); the coordinator's own task is simply done (Space signs it
/// off at once), and `s` steps the quick path to do → in progress → done.
extension DashboardState {
    mutating func changeStatus(_ action: Action, now: () -> Stamp) -> [Effect] {
        guard let task = selectedTask else { return [] }
        let changes: [LedgerChange]
        switch action {
        case .toggleDone: changes = [.status(task: task.number, to: task.status == .done ? .todo : .done)]
        case .cycleStatus: changes = [.status(task: task.number, to: task.status.next)]
        case .reportDone: changes = ledger.reportChanges(task: task.number, unit: nil)
        case .signOff: changes = [.status(task: task.number, to: .done)]
        default: return []
        }
        var effects: [Effect] = []
        for change in changes { effects += apply(change, now: now) }
        if effects.isEmpty, message == nil {
            message = UIStrings.filling(strings.alreadyStatus, [
                "task": String(task.number), "status": strings.statusNames[task.status] ?? task.status.rawValue,
            ])
        }
        return effects.isEmpty ? [] : [.save]
    }

    /// `<`: asks why the task goes back; Enter with a reason sends it back (退回).
    mutating func beginReturn() {
        guard let task = selectedTask else { return }
        guard task.status != .returned else {
            message = UIStrings.filling(strings.alreadyStatus, ["task": String(task.number), "status": strings.statusNames[.returned] ?? ""])
            return
        }
        prompt = Prompt(kind: .returnReason(task: task.number))
    }
}
