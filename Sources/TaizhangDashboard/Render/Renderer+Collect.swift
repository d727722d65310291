import TaizhangScreen
import TaizhangText

extension Renderer {
    /// The returned forms read and what recording them would change, the collect report's
    /// lines wrapped to the overlay, with the key that records them.
    static func drawReturnsPreview(_ state: DashboardState, _ preview: ReturnsPreview, into screen: inout Screen) {
        let strings = state.strings
        let width = screen.width - 6
        var lines: [String] = []
        for line in preview.lines {
            lines += line.isEmpty ? [""] : LineBreaker.wrap(TerminalSafe.sanitize(line), width: max(10, width - 4))
        }
        let rect = overlay(strings.collectTitle + "  " + TerminalSafe.sanitize(preview.path), width: width, height: screen.height - 2, state: state, into: &screen)
        let inner = rect.inner
        let room = max(0, inner.height - 1)
        let first = max(0, min(preview.scroll, lines.count - room))
        for (row, line) in lines.dropFirst(first).prefix(room).enumerated() {
            screen.put(line, x: inner.x + 1, y: inner.y + row, maxWidth: inner.width - 2, role: .normal)
        }
        let footer = preview.result == nil ? strings.collectCloseFooter : strings.collectConfirmFooter
        screen.put(footer, x: inner.x + 1, y: inner.y + inner.height - 1, maxWidth: inner.width - 2, role: .dim)
    }
}
