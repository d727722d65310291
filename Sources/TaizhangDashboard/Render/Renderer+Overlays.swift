import TaizhangScreen
import TaizhangModel
import TaizhangText
import TaizhangWords

extension Renderer {
    /// A framed box over the middle of the dashboard, cleared and ready for content.
    static func overlay(_ title: String, width wantedWidth: Int, height wantedHeight: Int, state: DashboardState, into screen: inout Screen) -> Rect {
        let width = max(10, min(screen.width - 4, wantedWidth))
        let height = max(4, min(screen.height - 2, wantedHeight))
        let rect = Rect(x: (screen.width - width) / 2, y: (screen.height - height) / 2, width: width, height: height)
        for y in rect.y..<(rect.y + rect.height) {
            screen.fill(x: rect.x, y: y, count: rect.width, role: .normal)
        }
        drawFrame(title, rect, focused: true, glyphs: state.glyphs, into: &screen)
        return rect
    }

    /// Each unit of the task with its part done or not.
    static func drawUnitPicker(_ state: DashboardState, into screen: inout Screen) {
        guard let picker = state.unitPicker, let position = state.ledger.taskIndex(picker.task) else { return }
        let task = state.ledger.plan.tasks[position]
        let strings = state.strings
        let names = task.units.map { TerminalSafe.sanitize($0.name) }
        let width = max(DisplayWidth.of(strings.pickerFooter), (names.map { DisplayWidth.of($0) }.max() ?? 0) + 8) + 4
        let title = UIStrings.filling(strings.pickerTitle, ["task": String(task.number)])
        let rect = overlay(title, width: width, height: names.count + 4, state: state, into: &screen)
        let inner = rect.inner
        for (index, name) in names.enumerated() where index < inner.height - 2 {
            let y = inner.y + index
            let isCursor = index == picker.cursor
            let role: StyleRole = isCursor ? .selected : .normal
            beginRow(inner, y: y, role: role, isCursor: isCursor, focused: true, glyphs: state.glyphs, into: &screen)
            let mark = task.unitsDone.contains(task.units[index].name) ? "[x] " : "[ ] "
            screen.put(mark + name, x: inner.x + 2, y: y, maxWidth: inner.width - 3, role: role)
        }
        screen.put(strings.pickerFooter, x: inner.x + 1, y: inner.y + inner.height - 1, maxWidth: inner.width - 2, role: .dim)
    }

    /// What the import of this ledger's plan left to check by hand, with source lines.
    static func drawWarnings(_ state: DashboardState, into screen: inout Screen) {
        let strings = state.strings
        let warnings = state.ledger.importWarnings
        let width = screen.width - 8
        // Spreadsheets and Word tables are read by rows; text layouts by lines.
        let source = state.ledger.source.lowercased()
        let label = [".xlsx", ".docx"].contains { source.hasSuffix($0) } ? strings.rowLabel : strings.lineLabel
        var lines: [String] = []
        for warning in warnings {
            let text = "\(label) \(warning.line): " + TerminalSafe.sanitize(warning.words(strings.language))
            lines += LineBreaker.wrap(text, width: max(10, width - 4))
        }
        if lines.isEmpty { lines = [strings.noWarnings] }
        let rect = overlay("\(strings.warningsTitle) (\(warnings.count))", width: width, height: lines.count + 3, state: state, into: &screen)
        let inner = rect.inner
        for (index, line) in lines.enumerated() where index < inner.height - 1 {
            screen.put(line, x: inner.x + 1, y: inner.y + index, maxWidth: inner.width - 2, role: .normal)
        }
        screen.put(strings.anyKeyCloses, x: inner.x + 1, y: inner.y + inner.height - 1, maxWidth: inner.width - 2, role: .dim)
    }
}
