import TaizhangScreen
import TaizhangModel
import TaizhangWords

extension Renderer {
    /// What a prompt asks, naming the task it is about, and what to type when nothing was
    /// refused yet: the date forms, the unit syntax, where a deadline moves from and to.
    static func promptLabel(_ kind: Prompt.Kind, state: DashboardState) -> (label: String, hint: String?) {
        let strings = state.strings
        switch kind {
        case .note(let task):
            return ("\(task) \(strings.notePrompt)", nil)
        case .editNote(let task, let index):
            return ("\(task) " + UIStrings.filling(strings.editNotePrompt, ["k": String(index + 1)]), nil)
        case .deadline(let task):
            return ("\(task) \(strings.deadlinePrompt)", strings.deadlineHint)
        case .extensionReason(let task, let deadline):
            let old = state.ledger.taskIndex(task).flatMap { state.ledger.plan.tasks[$0].deadline }
            let none = strings.noDeadline
            let move = (old?.words(strings.language) ?? none) + " → " + (deadline?.words(strings.language) ?? none)
            return ("\(task) \(strings.extensionPrompt)", move)
        case .returnReason(let task):
            return ("\(task) \(strings.returnPrompt)", nil)
        case .units(let task):
            return ("\(task) \(strings.unitsPrompt)", strings.unitsHint)
        case .planField(let field):
            return ((strings.planFieldNames[field] ?? "") + strings.labelSeparator, field == .date ? strings.deadlineHint : nil)
        case .jump:
            return (strings.jumpPrompt, nil)
        case .collect:
            return (strings.collectPrompt, nil)
        }
    }
}
