import TaizhangScreen
import TaizhangText

extension Renderer {
    /// The help overlay: every key, in a box over the middle of the dashboard; lines without
    /// keys (the rules) across the whole box. Where the screen is too short for all of it, it
    /// scrolls (`j` `k`), and the footer says so.
    static func drawHelp(_ state: DashboardState, into screen: inout Screen) {
        let strings = state.strings
        let keyed = strings.helpLines.filter { !$0.keys.isEmpty }
        let keysWidth = keyed.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let widest = strings.helpLines.map { $0.keys.isEmpty ? DisplayWidth.of($0.meaning) : keysWidth + 3 + DisplayWidth.of($0.meaning) }.max() ?? 0
        let contentWidth = max(widest, DisplayWidth.of(strings.helpFooter))
        let width = min(screen.width - 4, contentWidth + 4)
        let height = min(screen.height - 2, strings.helpLines.count + 3)
        let rect = Rect(x: (screen.width - width) / 2, y: (screen.height - height) / 2, width: width, height: height)
        for y in rect.y..<(rect.y + rect.height) {
            screen.fill(x: rect.x, y: y, count: rect.width, role: .normal)
        }
        drawFrame(strings.helpTitle, rect, focused: true, glyphs: state.glyphs, into: &screen)
        let inner = rect.inner
        let visible = max(0, inner.height - 1)
        let scroll = min(state.helpScroll, max(0, strings.helpLines.count - visible))
        for (offset, line) in strings.helpLines.dropFirst(scroll).enumerated() where offset < visible {
            let y = inner.y + offset
            if line.keys.isEmpty {
                screen.put(line.meaning, x: inner.x + 1, y: y, maxWidth: inner.width - 2, role: .dim)
                continue
            }
            screen.put(line.keys, x: inner.x + 1, y: y, maxWidth: keysWidth, role: .heading)
            screen.put(line.meaning, x: inner.x + 1 + keysWidth + 3, y: y, maxWidth: inner.width - keysWidth - 5, role: .normal)
        }
        screen.put(strings.helpFooter, x: inner.x + 1, y: inner.y + inner.height - 1, maxWidth: inner.width - 2, role: .dim)
    }
}
