import TaizhangScreen
import TaizhangModel
import TaizhangText

/// Draws a state into a screen grid: pure, so every screen can be checked as text in tests.
/// Only visible rows are drawn, so the cost follows the terminal's size, not the plan's.
public enum Renderer {
    public static func render(_ state: DashboardState) -> Screen {
        var memo = RenderMemo()
        return render(state, memo: &memo)
    }

    /// The frame, with the panes whose inputs did not change since the frame `memo` holds
    /// copied from it instead of drawn again.
    public static func render(_ state: DashboardState, memo: inout RenderMemo) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        guard let layout = state.layout else {
            drawTooSmall(state, into: &screen)
            return screen
        }
        drawPane(HeaderInputs(state), layout.header, memo: &memo.header, into: &screen, draw: drawHeader)
        drawPane(AreasPaneInputs(state, rows: layout.visibleRows(.areas)), layout.areas, memo: &memo.areas, into: &screen, draw: drawAreas)
        drawTasks(state, layout.tasks, into: &screen)
        drawDetail(state, layout.detail, memo: &memo, into: &screen)
        drawPane(WorkloadPaneInputs(state, rows: layout.visibleRows(.workload)), layout.workload, memo: &memo.workload, into: &screen, draw: drawWorkload)
        drawStatus(state, layout.status, into: &screen)
        if state.unitPicker != nil { drawUnitPicker(state, into: &screen) }
        if state.menu != nil { drawMenu(state, into: &screen) }
        if state.showingWarnings { drawWarnings(state, into: &screen) }
        if state.home.isOpen { drawHome(state, into: &screen) }
        if let preview = state.returnsPreview { drawReturnsPreview(state, preview, into: &screen) }
        if state.showingHelp { drawHelp(state, into: &screen) }
        return screen
    }

    // MARK: Bars

    static func drawHeader(_ header: HeaderInputs, _ rect: Rect, into screen: inout Screen) {
        screen.fill(x: rect.x, y: rect.y, count: rect.width, role: .statusBar)
        var right = " \(header.done)/\(header.total) \(header.progressWord) "
        if header.readOnly { right = " \(header.readOnlyWord) " + right }
        let rightWidth = DisplayWidth.of(right)
        screen.put(right, x: rect.width - rightWidth, y: rect.y, role: .statusBar)
        let room = max(0, rect.width - rightWidth - 1)
        var left = " taizhang  " + planLabel(header.planName) + TerminalSafe.sanitize(header.title)
        // The document number only when it fits whole: a cut-off number says nothing.
        if let number = header.documentNumber {
            let withNumber = left + "  " + TerminalSafe.sanitize(number)
            if DisplayWidth.of(withNumber) <= room { left = withNumber }
        }
        screen.put(TextFit.truncate(left, toWidth: room, ellipsis: header.ellipsis), x: rect.x, y: rect.y, role: .statusBar)
    }

    static func drawStatus(_ state: DashboardState, _ rect: Rect, into screen: inout Screen) {
        screen.fill(x: rect.x, y: rect.y, count: rect.width, role: .statusBar)
        if let prompt = state.prompt {
            drawPrompt(prompt, state: state, rect, into: &screen)
            return
        }
        if state.isSearching {
            let prompt = state.strings.searchPrompt
            let used = screen.put(prompt, x: rect.x + 1, y: rect.y, role: .statusKey)
            let room = max(0, rect.width - used - 2)
            // Long queries scroll so the end being typed stays visible.
            var query = TerminalSafe.sanitize(state.query)
            while DisplayWidth.of(query) > room, !query.isEmpty { query.removeFirst() }
            let typed = screen.put(query, x: rect.x + 1 + used, y: rect.y, role: .input)
            screen.cursor = Point(x: min(rect.width - 1, rect.x + 1 + used + typed), y: rect.y)
            return
        }
        let hints = state.strings.hints
        let hintsWidth = DisplayWidth.of(hints)
        var x = rect.x + 1
        if !state.pendingNumber.isEmpty {
            let going = UIStrings.filling(state.strings.pendingJump, ["task": state.pendingNumber])
            x += screen.put(going, x: x, y: rect.y, role: .statusKey) + 2
        } else if let reason = state.changeBlocked.map({ TerminalSafe.sanitize($0) }), state.message == nil {
            x += screen.put(TextFit.truncate(reason, toWidth: rect.width - 2, ellipsis: state.glyphs.ellipsis), x: x, y: rect.y, role: .error) + 2
        } else if state.quitPending, let message = state.message {
            x += screen.put(TextFit.truncate(message, toWidth: rect.width - 2, ellipsis: state.glyphs.ellipsis), x: x, y: rect.y, role: .error) + 2
        } else if let reason = state.unsavedReason {
            x += screen.put(TextFit.truncate("\(state.strings.unsaved): \(reason)", toWidth: rect.width - 2, ellipsis: state.glyphs.ellipsis), x: x, y: rect.y, role: .error) + 2
        } else if let message = state.message {
            x += screen.put(TextFit.truncate(message, toWidth: rect.width - 2, ellipsis: state.glyphs.ellipsis), x: x, y: rect.y, role: .message) + 2
        }
        let hintsX = rect.width - hintsWidth - 1
        let pathRoom = hintsX - x - 2
        if state.unsavedReason == nil, state.message == nil, state.changeBlocked == nil, state.pendingNumber.isEmpty, pathRoom > 8 {
            let name = TerminalSafe.sanitize(state.accessSummary ?? state.ledgerPath)
            screen.put(TextFit.truncate(name, toWidth: pathRoom, ellipsis: state.glyphs.ellipsis), x: x, y: rect.y, role: .statusBar)
        }
        if hintsX > x {
            screen.put(hints, x: hintsX, y: rect.y, role: .statusKey)
        }
    }

    /// A prompt on the status line: what it asks (naming the task), the text being typed with
    /// the cursor where the next character goes, and on the right why Enter was refused or,
    /// before that, what may be typed. The right side leaves the typing room for a dozen
    /// columns and is cut before that; at 80 columns every refusal fits whole.
    static func drawPrompt(_ prompt: Prompt, state: DashboardState, _ rect: Rect, into screen: inout Screen) {
        let (label, hint) = promptLabel(prompt.kind, state: state)
        let used = screen.put(label, x: rect.x + 1, y: rect.y, role: .statusKey)
        var room = rect.width - used - 2
        if let side = prompt.error ?? hint {
            let shown = TextFit.truncate(side, toWidth: max(0, room - 13), ellipsis: state.glyphs.ellipsis)
            let width = DisplayWidth.of(shown)
            if width > 0 {
                screen.put(shown, x: rect.x + rect.width - width - 1, y: rect.y, role: prompt.error == nil ? .statusBar : .error)
                room -= width + 1
            }
        }
        let (text, cursor) = prompt.editor.visible(width: max(0, room))
        screen.put(TerminalSafe.sanitize(text), x: rect.x + 1 + used, y: rect.y, role: .input)
        screen.cursor = Point(x: min(rect.width - 1, rect.x + 1 + used + cursor), y: rect.y)
    }

    static func drawTooSmall(_ state: DashboardState, into screen: inout Screen) {
        guard screen.width > 0, screen.height > 0 else { return }
        let text = state.strings.tooSmall
            .replacingOccurrences("{need}", "\(Layout.minimumWidth)x\(Layout.minimumHeight)")
            .replacingOccurrences("{have}", "\(state.width)x\(state.height)")
        let lines = LineBreaker.wrap(text, width: screen.width)
        let top = max(0, (screen.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < screen.height {
            let x = max(0, (screen.width - DisplayWidth.of(line)) / 2)
            screen.put(line, x: x, y: top + offset, role: .error)
        }
    }

    // MARK: Frames and rows

    /// A box with its title on the top border. A pane's (`marksFocus`) title is bracketed
    /// while it has the focus, `[ Tasks 57/57 ]`, so the focus shows without colour.
    static func drawFrame(_ title: String, _ rect: Rect, focused: Bool, glyphs: Glyphs, marksFocus: Bool = false, into screen: inout Screen) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border: StyleRole = focused ? .borderFocused : .border
        let right = rect.x + rect.width - 1
        let bottom = rect.y + rect.height - 1
        screen.fill(glyphs.horizontal, x: rect.x + 1, y: rect.y, count: rect.width - 2, role: border)
        screen.fill(glyphs.horizontal, x: rect.x + 1, y: bottom, count: rect.width - 2, role: border)
        screen.fill(glyphs.topLeft, x: rect.x, y: rect.y, count: 1, role: border)
        screen.fill(glyphs.topRight, x: right, y: rect.y, count: 1, role: border)
        screen.fill(glyphs.bottomLeft, x: rect.x, y: bottom, count: 1, role: border)
        screen.fill(glyphs.bottomRight, x: right, y: bottom, count: 1, role: border)
        for y in (rect.y + 1)..<bottom {
            screen.fill(glyphs.vertical, x: rect.x, y: y, count: 1, role: border)
            screen.fill(glyphs.vertical, x: right, y: y, count: 1, role: border)
        }
        let label = TextFit.truncate(title, toWidth: max(0, rect.width - 8), ellipsis: glyphs.ellipsis)
        if !label.isEmpty {
            let shown = focused && marksFocus ? "[ \(label) ]" : " \(label) "
            screen.put(shown, x: rect.x + 2, y: rect.y, role: focused ? .titleFocused : .title)
        }
    }

    /// The role of a list row: the cursor row stands out, more so in the focused pane.
    static func rowRole(isCursor: Bool, focused: Bool, otherwise: StyleRole) -> StyleRole {
        guard isCursor else { return otherwise }
        return focused ? .selected : .selectedInactive
    }

    /// Starts a list row: fills it with its role and draws the cursor marker.
    static func beginRow(_ inner: Rect, y: Int, role: StyleRole, isCursor: Bool, focused: Bool, glyphs: Glyphs, into screen: inout Screen) {
        screen.fill(x: inner.x, y: y, count: inner.width, role: role)
        if isCursor, focused {
            screen.fill(glyphs.cursor, x: inner.x, y: y, count: 1, role: role)
        }
    }
}

extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        var result = ""
        var rest = self[...]
        // `append(contentsOf: Substring)`, not `+=`: the operator takes any sequence of
        // characters and ran unspecialised (a conformance scan at its first run).
        while let range = rest.range(of: target) {
            result.append(contentsOf: rest[..<range.lowerBound])
            result.append(replacement)
            rest = rest[range.upperBound...]
        }
        result.append(contentsOf: rest)
        return result
    }
}

extension Substring {
    func range(of target: String) -> Range<Index>? {
        guard !target.isEmpty else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) {
                return index..<self.index(index, offsetBy: target.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
