import TaizhangScreen
import TaizhangModel
import TaizhangText
import TaizhangWords

/// One task in the tasks pane: `  5 [?] Y 2022-12-31  各区要优化…` — its number, its status
/// mark, its light's mark (both read without colour), the column the list is sorted by when
/// that is not on the row already (deadline, unit), and its text.
extension Renderer {
    /// The sort column's width: a date whole; a unit's name cut where names stay apart.
    static let deadlineColumn = 10
    static let unitColumn = 12

    static func drawTaskRow(
        _ task: PlanTask, _ state: DashboardState, at y: Int, in inner: Rect, isCursor: Bool, numberWidth: Int, into screen: inout Screen
    ) {
        let focused = state.focus == .tasks
        let role = rowRole(isCursor: isCursor, focused: focused, otherwise: .normal)
        beginRow(inner, y: y, role: role, isCursor: isCursor, focused: focused, glyphs: state.glyphs, into: &screen)
        var x = inner.x + 2
        let number = String(task.number)
        x += screen.put(String(repeating: " ", count: max(0, numberWidth - number.count)) + number, x: x, y: y, role: role) + 1
        x += screen.put(task.status.mark, x: x, y: y, role: isCursor ? role : DetailContent.role(of: task.status)) + 1
        if let light = task.light(state.judgement) {
            screen.put(light.mark, x: x, y: y, role: isCursor ? role : DetailContent.role(of: light))
        }
        x += 2
        let ellipsis = state.glyphs.ellipsis
        if let (column, width) = sortColumn(task, state) {
            let cut = TextFit.truncate(column, toWidth: width, ellipsis: ellipsis)
            screen.put(cut, x: x, y: y, role: isCursor ? role : .dim)
            x += width + 1
        }
        let room = inner.x + inner.width - x - 1
        guard room > 0 else { return }
        let text = TerminalSafe.truncated(task.text, toWidth: room, ellipsis: ellipsis)
        let textRole: StyleRole = isCursor ? role : (task.status == .done ? .dim : .normal)
        screen.put(text, x: x, y: y, role: textRole)
        highlight(state.query, in: text, x: x, y: y, into: &screen)
    }

    /// What the list is sorted by, when the row does not show it already: the deadline (the
    /// day, else the period or the plan's words) or the first unit. Status and light are the
    /// row's marks.
    static func sortColumn(_ task: PlanTask, _ state: DashboardState) -> (text: String, width: Int)? {
        switch state.taskSort {
        case .number, .status, .light:
            return nil
        case .deadline:
            guard let deadline = task.deadline else { return ("-", deadlineColumn) }
            let language = state.strings.language
            let text: String
            switch deadline.kind {
            case .date(let day): text = day
            case .recurring(let period): text = period.words(language)
            case .ongoing, .asWritten: text = deadline.words(language)
            }
            return (TerminalSafe.sanitize(text), deadlineColumn)
        case .unit:
            guard let unit = task.units.first else { return (state.strings.unassigned, unitColumn) }
            return (TerminalSafe.sanitize(unit.name), unitColumn)
        }
    }
}
