import TaizhangScreen
import TaizhangModel
import TaizhangText
import TaizhangWords

/// The menus over the dashboard: a task's notes (numbered as `note N --edit K` counts them,
/// newest first as the Task pane lists them), the plan's details, the report formats.
extension Renderer {
    static func drawMenu(_ state: DashboardState, into screen: inout Screen) {
        guard let menu = state.menu else { return }
        let (title, rows, footer) = menuContent(menu.kind, state: state)
        let widest = rows.map { DisplayWidth.of($0) }.max() ?? 0
        let width = max(DisplayWidth.of(footer), DisplayWidth.of(title) + 4, widest + 3) + 4
        let rect = overlay(title, width: width, height: rows.count + 4, state: state, into: &screen)
        let inner = rect.inner
        let visible = max(0, inner.height - 2)
        let scroll = DashboardState.scroll(0, cursor: menu.cursor, count: rows.count, visible: visible)
        for offset in 0..<visible {
            let index = scroll + offset
            guard rows.indices.contains(index) else { break }
            let y = inner.y + offset
            let isCursor = index == menu.cursor
            let role: StyleRole = isCursor ? .selected : .normal
            beginRow(inner, y: y, role: role, isCursor: isCursor, focused: true, glyphs: state.glyphs, into: &screen)
            let cut = TextFit.truncate(rows[index], toWidth: inner.width - 3, ellipsis: state.glyphs.ellipsis)
            screen.put(cut, x: inner.x + 2, y: y, role: role)
        }
        screen.put(footer, x: inner.x + 1, y: inner.y + inner.height - 1, maxWidth: inner.width - 2, role: .dim)
    }

    /// The menu's title, one line per row, and its footer.
    static func menuContent(_ kind: Menu.Kind, state: DashboardState) -> (title: String, rows: [String], footer: String) {
        let strings = state.strings
        switch kind {
        case .notes(let number):
            let notes = state.ledger.taskIndex(number).map { state.ledger.plan.tasks[$0].notes } ?? []
            let rows = notes.enumerated().reversed().map { index, note in
                "#\(index + 1) \(DetailContent.displayTime(note.at)) " + flat(note.by) + "  " + flat(note.text)
            }
            return (UIStrings.filling(strings.notesTitle, ["task": String(number)]), rows, strings.notesFooter)
        case .plan:
            let info = state.ledger.plan.info
            let names = PlanField.allCases.map { strings.planFieldNames[$0] ?? "" }
            let nameWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
            let rows = zip(PlanField.allCases, names).map { field, name in
                name + String(repeating: " ", count: nameWidth - DisplayWidth.of(name)) + "  " + flat(field.value(in: info) ?? "-")
            }
            return (strings.planTitle, rows, strings.planFooter)
        case .reports:
            let rows = state.reportFormats.map { format in
                format.padding(5) + (strings.reportFormatNames[format] ?? "")
            }
            return (strings.reportsTitle, rows, strings.reportsFooter)
        }
    }

    /// Text on one menu row: terminal-safe, line breaks as spaces.
    private static func flat(_ text: String) -> String {
        TerminalSafe.sanitize(text).split(separator: "\n").joined(separator: " ")
    }
}

extension String {
    /// The text followed by spaces up to `width` columns (at least one).
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: Swift.max(1, width - DisplayWidth.of(self)))
    }
}
