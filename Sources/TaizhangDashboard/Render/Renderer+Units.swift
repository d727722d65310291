import TaizhangScreen
import TaizhangModel
import TaizhangText
import TaizhangWords

/// The unit pane: a heading row, one row per unit (name, total, in progress, overdue as `!N`,
/// behind schedule, a bar of the share done) and a footer naming the selected unit with its
/// roles and lights.
extension Renderer {
    static func drawWorkload(_ state: WorkloadPaneInputs, _ rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .workload
        let strings = state.strings
        var title = strings.workloadTitle
        if state.workloadSort != .total {
            title += "  \(strings.sortLabel)=" + (strings.workloadSortNames[state.workloadSort] ?? "")
        }
        drawFrame(title, rect, focused: focused, glyphs: state.glyphs, marksFocus: true, into: &screen)
        let inner = rect.inner
        guard inner.height > 2 else { return }
        let columns = UnitColumns(
            width: inner.width, words: strings.workloadColumns, nameWidth: state.workloadNames.widest, measure: state.workloadMeasure)
        drawUnitHeadings(columns, words: strings.workloadColumns, sortedBy: state.workloadSort, at: inner, into: &screen)

        for offset in 0..<(inner.height - 2) {
            let position = state.workloadScroll + offset
            guard state.visibleLines.indices.contains(position) else { break }
            let line = state.visibleLines[position]
            let name = TerminalSafe.sanitize(line.row.name(strings.language))
            let y = inner.y + 1 + offset
            let isCursor = position == state.workloadCursor
            let role = rowRole(isCursor: isCursor, focused: focused, otherwise: state.unitFilter == line.filter ? .heading : .normal)
            beginRow(inner, y: y, role: role, isCursor: isCursor, focused: focused, glyphs: state.glyphs, into: &screen)
            // Where returns are tracked, every row starts with its return's mark (blank for
            // a row that does not report) so the names stay aligned.
            let mark = (state.workloadReturns.isEmpty ? "" : returnMark(state.workloadReturns[line.row.unit ?? ""], glyphs: state.glyphs) + " ") + line.mark
            let room = columns.nameWidth - DisplayWidth.of(mark)
            // Cut so that no name reads like another unit's.
            let cut = state.workloadNames.distinct.truncate(name, toWidth: room, ellipsis: state.glyphs.ellipsis)
            screen.put(mark + cut, x: inner.x + UnitColumns.nameX, y: y, maxWidth: columns.nameWidth, role: role)
            for (column, right) in zip(WorkloadColumn.allCases, columns.numberRights) {
                let text = column.text(line)
                let late = column == .overdue && line.row.overdue > 0
                screen.put(text, x: inner.x + right - text.count, y: y, role: isCursor || !late ? role : .overdue)
            }
            let bar = UnitColumns.bar(done: line.row.done, total: line.row.total, width: columns.barWidth, glyphs: state.glyphs)
            let barX = inner.x + columns.barX
            let doneWidth = screen.put(bar.done, x: barX, y: y, role: isCursor ? role : .barDone)
            screen.put(bar.open, x: barX + doneWidth, y: y, role: isCursor ? role : .barOpen)
        }
        if let line = state.cursorLine {
            let footer = unitFooter(
                line, strings: strings, width: inner.width - 1, ellipsis: state.glyphs.ellipsis, returned: state.workloadReturns[line.row.unit ?? ""])
            screen.put(footer, x: inner.x + UnitColumns.nameX, y: inner.y + inner.height - 1, role: .dim)
        }
    }

    /// The heading row: each heading over its column, numbers' headings right-aligned as the
    /// numbers are; the column the rows are sorted by stands out.
    static func drawUnitHeadings(_ columns: UnitColumns, words: WorkloadColumnWords, sortedBy sort: WorkloadSort, at inner: Rect, into screen: inout Screen) {
        screen.put(words.unit, x: inner.x + UnitColumns.nameX, y: inner.y, maxWidth: columns.nameWidth, role: .dim)
        for ((column, heading), right) in zip(zip(WorkloadColumn.allCases, columns.headings), columns.numberRights) {
            screen.put(heading, x: inner.x + right - DisplayWidth.of(heading), y: inner.y, role: column == sort.column ? .heading : .dim)
        }
        // Ranked by the share done: the bar is the column sorted by.
        let barRole: StyleRole = sort == .rate ? .heading : .dim
        screen.put(columns.barHeading, x: inner.x + columns.barX, y: inner.y, maxWidth: columns.barWidth, role: barRole)
    }

    /// The selected unit named, with what the columns leave out: its done count, the roles
    /// it has (those it has none in are left out) and its red and yellow lights.
    /// `市司法局：完成 1/3 牵头 3 R1`. The name is cut before the numbers are.
    static func unitFooter(_ line: WorkloadLine, strings: UIStrings, width: Int, ellipsis: String, returned: ReturnStanding? = nil) -> String {
        let language = strings.language
        let row = line.row
        var facts = "\(strings.workloadColumns.done) \(row.done)/\(row.total)"
        for role in UnitRole.allCases where row.count(of: role) > 0 {
            facts += " \(strings.workloadColumns.roleAbbreviations[role] ?? role.words(language)) \(row.count(of: role))"
        }
        for light in [Light.red, .yellow] where line.oversight.count(light) > 0 {
            facts += " \(light.mark)\(line.oversight.count(light))"
        }
        // The return first: when the line is cut, the return is what the columns do not show.
        if let returned {
            facts = returnWords(returned, strings: strings) + " " + facts
        }
        let separator = strings.labelSeparator
        let name = TerminalSafe.sanitize(row.name(language))
        let room = width - DisplayWidth.of(separator) - DisplayWidth.of(facts)
        if room >= 4 { return TextFit.truncate(name, toWidth: room, ellipsis: ellipsis) + separator + facts }
        // Too narrow for all of it (80 columns, a long name): the name gives way to the
        // return's words and day, which the columns do not show; then the facts are cut.
        let essential = returned.map { DisplayWidth.of(returnWords($0, strings: strings)) } ?? 0
        // One column more for the ellipsis that ends the cut facts.
        let nameRoom = width - DisplayWidth.of(separator) - essential - DisplayWidth.of(ellipsis)
        guard nameRoom >= 4 else { return TextFit.truncate(facts, toWidth: width, ellipsis: ellipsis) }
        let shown = TextFit.truncate(name, toWidth: nameRoom, ellipsis: ellipsis) + separator
        return shown + TextFit.truncate(facts, toWidth: width - DisplayWidth.of(shown), ellipsis: ellipsis)
    }

    /// The mark of a unit's return this period, readable without colour: returned (on time
    /// or late), not yet, not and past the day; a space for a row that does not report.
    static func returnMark(_ standing: ReturnStanding?, glyphs: Glyphs) -> String {
        switch standing?.state {
        case .onTime, .late: String(glyphs.returned)
        case .awaited: String(glyphs.returnAwaited)
        case .missing: String(glyphs.returnMissing)
        case nil: " "
        }
    }

    /// The footer's words for a unit's return this period: `本期已报送 2026-11-24`, `本期未报送，已逾期`.
    static func returnWords(_ standing: ReturnStanding, strings: UIStrings) -> String {
        let day = standing.receivedDay ?? ""
        return switch standing.state {
        case .onTime: strings.returnedWords.replacingOccurrences("{day}", day)
        case .late: strings.returnedLateWords.replacingOccurrences("{day}", day)
        case .awaited: strings.returnAwaitedWords
        case .missing: strings.returnMissingWords
        }
    }
}
