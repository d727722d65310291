import TaizhangScreen
import TaizhangModel
import TaizhangText

extension Renderer {
    static func areaLabel(_ scope: Scope, areas: [Area], strings: UIStrings) -> String {
        func area(_ number: Int) -> Area? { areas.first { $0.number == number } }
        switch scope {
        case .all:
            return strings.allTasks
        case .area(let number):
            return "\(ChineseNumeral.string(number))、" + TerminalSafe.sanitize(area(number)?.title ?? "")
        case .section(let number, let section):
            let title = area(number)?.section(section)?.title ?? ""
            return "（\(ChineseNumeral.string(section))）" + TerminalSafe.sanitize(title)
        }
    }

    static func drawAreas(_ state: AreasPaneInputs, _ rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .areas
        drawFrame(state.strings.areasTitle, rect, focused: focused, glyphs: state.glyphs, marksFocus: true, into: &screen)
        let inner = rect.inner
        for offset in 0..<inner.height {
            let position = state.navigatorScroll + offset
            guard state.visibleRows.indices.contains(position) else { break }
            let row = state.visibleRows[position]
            let y = inner.y + offset
            let isCursor = position == state.navigatorCursor
            let role = rowRole(isCursor: isCursor, focused: focused, otherwise: row.scope == state.scope ? .heading : .normal)
            beginRow(inner, y: y, role: role, isCursor: isCursor, focused: focused, glyphs: state.glyphs, into: &screen)
            let counts = "\(row.done)/\(row.total)"
            var countsWidth = DisplayWidth.of(counts)
            let complete = row.total > 0 && row.done == row.total
            screen.put(counts, x: inner.x + inner.width - countsWidth - 1, y: y, role: isCursor ? role : (complete ? .done : .dim))
            // Red and yellow lights counted (`R1 Y3`); green is the rest, signed off the done.
            for light in [Light.yellow, .red] where row.oversight.count(light) > 0 {
                let count = "\(light.mark)\(row.oversight.count(light)) "
                countsWidth += count.count
                screen.put(count, x: inner.x + inner.width - countsWidth - 1, y: y, role: isCursor ? role : DetailContent.role(of: light))
            }
            let indent: Int
            switch row.scope {
            case .all, .area: indent = 1
            case .section: indent = 3
            }
            let room = inner.width - indent - countsWidth - 2
            let label = TextFit.truncate(areaLabel(row.scope, areas: state.areas, strings: state.strings), toWidth: room, ellipsis: state.glyphs.ellipsis)
            screen.put(label, x: inner.x + indent, y: y, role: role)
        }
    }

    static func tasksTitle(_ state: DashboardState) -> String {
        let strings = state.strings
        var title = "\(strings.tasksTitle) \(state.visibleTaskCount)/\(state.ledger.plan.tasks.count)"
        if state.scope != .all {
            title += "  " + areaLabel(state.scope, areas: state.ledger.plan.areas, strings: strings)
        }
        switch state.unitFilter {
        case .unit(let name): title += "  \(strings.filterUnit)=" + TerminalSafe.sanitize(name)
        case .unassigned: title += "  \(strings.filterUnit)=\(strings.unassigned)"
        case nil: break
        }
        if let status = state.statusFilter {
            title += "  \(strings.filterStatus)=" + (strings.statusNames[status] ?? status.rawValue)
        }
        if state.overdueOnly { title += "  " + strings.filterOverdue }
        if let light = state.lightFilter { title += "  \(strings.filterLight)=" + light.words(strings.language) }
        if !state.query.isEmpty {
            title += "  \(strings.filterSearch)=" + TerminalSafe.sanitize(state.query)
        }
        if state.taskSort != .number {
            title += "  \(strings.sortLabel)=" + (strings.sortNames[state.taskSort] ?? "")
        }
        return title
    }

    static func drawTasks(_ state: DashboardState, _ rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .tasks
        drawFrame(tasksTitle(state), rect, focused: focused, glyphs: state.glyphs, marksFocus: true, into: &screen)
        let inner = rect.inner
        let tasks = state.ledger.plan.tasks
        if state.taskRows.isEmpty, inner.height > 0 {
            screen.put(state.strings.noTasks, x: inner.x + 2, y: inner.y, maxWidth: inner.width - 2, role: .dim)
            return
        }
        let numberWidth = String(tasks.last?.number ?? 0).count
        for offset in 0..<inner.height {
            let position = state.taskScroll + offset
            guard state.taskRows.indices.contains(position) else { break }
            let y = inner.y + offset
            switch state.taskRows[position] {
            case .heading(let scope):
                screen.fill(x: inner.x, y: y, count: inner.width, role: .heading)
                let label = TextFit.truncate(areaLabel(scope, areas: state.ledger.plan.areas, strings: state.strings), toWidth: inner.width - 2, ellipsis: state.glyphs.ellipsis)
                screen.put(label, x: inner.x + 1, y: y, role: .heading)
            case .task(let index):
                drawTaskRow(tasks[index], state, at: y, in: inner, isCursor: position == state.taskCursor, numberWidth: numberWidth, into: &screen)
            }
        }
    }

    /// Marks every occurrence of the search in a drawn text with the `match` role: found as
    /// the search finds it (the bytes, A–Z folded), each character holding a matched byte
    /// marked. Runs on every visible row at every search key, so the text is walked by
    /// character only when it holds a match (lower-casing and splitting every row into
    /// characters was most of a search key at 57 tasks).
    static func highlight(_ query: String, in text: String, x: Int, y: Int, into screen: inout Screen) {
        guard !query.isEmpty else { return }
        let needle = PlanIndex.folded(query)
        let haystack = PlanIndex.folded(text)
        var matches: [Range<Int>] = []
        haystack.withUnsafeBytes { text in
            needle.withUnsafeBytes { needle in
                var start = 0
                while let found = PlanIndex.firstOccurrence(of: needle, in: text, from: start) {
                    matches.append(found..<(found + needle.count))
                    start = found + needle.count
                }
            }
        }
        guard !matches.isEmpty else { return }
        var column = x
        var offset = 0
        var next = 0
        for character in text {
            let end = offset + character.utf8.count
            while next < matches.count, matches[next].upperBound <= offset { next += 1 }
            guard next < matches.count else { return }
            let width = DisplayWidth.of(character)
            if matches[next].lowerBound < end { screen.restyle(x: column, y: y, count: width, role: .match) }
            column += width
            offset = end
        }
    }

    static func drawDetail(_ state: DashboardState, _ rect: Rect, memo: inout RenderMemo, into screen: inout Screen) {
        let inputs = DetailPaneInputs(state, width: rect.inner.width - 2)
        drawPane(inputs, rect, memo: &memo.detail, into: &screen) { inputs, rect, screen in
            drawDetail(inputs, rect, lines: &memo.detailLines, into: &screen)
        }
    }

    /// The detail pane from its inputs, the lines reused when made from the same source.
    static func drawDetail(
        _ inputs: DetailPaneInputs, _ rect: Rect, lines memo: inout (source: DetailSource, lines: [StyledLine])?, into screen: inout Screen
    ) {
        drawFrame(inputs.title, rect, focused: inputs.focused, glyphs: inputs.glyphs, marksFocus: true, into: &screen)
        let inner = rect.inner
        let textWidth = inner.width - 2
        var lines: [StyledLine] = []
        if let source = inputs.source {
            if let memo, memo.source == source {
                lines = memo.lines
            } else {
                lines = DetailContent.lines(for: source)
                memo = (source, lines)
            }
        }
        for offset in 0..<inner.height {
            let position = inputs.scroll + offset
            guard lines.indices.contains(position) else { break }
            screen.put(lines[position].text, x: inner.x + 1, y: inner.y + offset, maxWidth: textWidth, role: lines[position].role)
        }
        // More below: said on the bottom border, with how much.
        let below = lines.count - inputs.scroll - inner.height
        if below > 0 {
            let more = " " + UIStrings.filling(inputs.moreBelow, ["count": String(below)]) + " "
            let width = DisplayWidth.of(more)
            if width + 4 <= rect.width {
                screen.put(more, x: rect.x + rect.width - width - 2, y: rect.y + rect.height - 1, role: inputs.focused ? .titleFocused : .title)
            }
        }
    }
}
