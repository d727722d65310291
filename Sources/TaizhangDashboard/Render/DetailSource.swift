import TaizhangModel

/// What the detail pane's lines are made from, and nothing else: `DetailContent` reads only
/// this, so when a frame's source equals the last frame's, the last frame's lines are the
/// pane's (`RenderMemo`). Typing a search that keeps the selected task, or moving through
/// another pane, wraps none of the task's text again: at 57 tasks that wrapping was a sixth
/// of a search key's time.
struct DetailSource: Equatable, Sendable {
    var task: PlanTask
    /// The task's history entries, oldest first (its latest change, extensions, the history).
    var entries: [HistoryEntry]
    /// The task's work area, for its place in the plan (with its sections).
    var area: Area?
    var judgement: Judgement
    var today: DayDate
    var strings: UIStrings
    var ellipsis: String
    var width: Int

    /// The selected task's source for lines `width` columns wide; nil when no task is selected.
    init?(_ state: borrowing DashboardState, width: Int) {
        guard let task = state.selectedTask else { return nil }
        self.task = task
        let history = state.ledger.history
        entries = (state.historyByTask[task.number] ?? []).map { history[$0] }
        area = state.ledger.plan.area(task.area)
        judgement = state.judgement
        today = state.today
        strings = state.strings
        ellipsis = state.glyphs.ellipsis
        self.width = width
    }
}
