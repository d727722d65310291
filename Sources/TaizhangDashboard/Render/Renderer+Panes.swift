import TaizhangScreen
import TaizhangModel
import TaizhangText

extension Renderer {
    static func areaLabel(_ scope: Scope, plan: Plan, strings: UIStrings) -> String {
        switch scope {
        case .all:
            return strings.allTasks
        case .area(let number):
            return "\(ChineseNumeral.string(number))、" + TerminalSafe.sanitize(plan.area(number)?.title ?? "")
        case .section(let area, let section):
            let title = plan.area(area)?.section(section)?.title ?? ""
            return "（\(ChineseNumeral.string(section))）" + TerminalSafe.sanitize(title)
        }
    }

    static func drawAreas(_ state: DashboardState, _ rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .areas
        drawFrame(state.strings.areasTitle, rect, focused: focused, glyphs: state.glyphs, into: &screen)
        let inner = rect.inner
        let plan = state.ledger.plan
        for offset in 0..<inner.height {
            let position = state.navigatorScroll + offset
            guard state.navigator.indices.contains(position) else { break }
            let row = state.navigator[position]
            let y = inner.y + offset
            let isCursor = position == state.navigatorCursor
            let role = rowRole(isCursor: isCursor, focused: focused, otherwise: row.scope == state.scope ? .heading : .normal)
            beginRow(inner, y: y, role: role, isCursor: isCursor, focused: focused, glyphs: state.glyphs, into: &screen)
            let counts = "\(row.done)/\(row.total)"
            var countsWidth = DisplayWidth.of(counts)
            let complete = row.total > 0 && row.done == row.total
            screen.put(counts, x: inner.x + inner.width - countsWidth - 1, y: y, role: isCursor ? role : (complete ? .done : .dim))
            if row.overdue > 0 {
                let late = "!\(row.overdue) "
                countsWidth += late.count
                screen.put(late, x: inner.x + inner.width - countsWidth - 1, y: y, role: isCursor ? role : .overdue)
            }
            let indent: Int
            switch row.scope {
            case .all, .area: indent = 1
            case .section: indent = 3
            }
            let room = inner.width - indent - countsWidth - 2
            let label = TextFit.truncate(areaLabel(row.scope, plan: plan, strings: state.strings), toWidth: room, ellipsis: state.glyphs.ellipsis)
            screen.put(label, x: inner.x + indent, y: y, role: role)
        }
    }

    static func tasksTitle(_ state: DashboardState) -> String {
        let strings = state.strings
        var title = "\(strings.tasksTitle) \(state.visibleTaskCount)/\(state.ledger.plan.tasks.count)"
        if state.scope != .all {
            title += "  " + areaLabel(state.scope, plan: state.ledger.plan, strings: strings)
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
        drawFrame(tasksTitle(state), rect, focused: focused, glyphs: state.glyphs, into: &screen)
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
                let label = TextFit.truncate(areaLabel(scope, plan: state.ledger.plan, strings: state.strings), toWidth: inner.width - 2, ellipsis: state.glyphs.ellipsis)
                screen.put(label, x: inner.x + 1, y: y, role: .heading)
            case .task(let index):
                let task = tasks[index]
                let isCursor = position == state.taskCursor
                let role = rowRole(isCursor: isCursor, focused: focused, otherwise: .normal)
                beginRow(inner, y: y, role: role, isCursor: isCursor, focused: focused, glyphs: state.glyphs, into: &screen)
                var x = inner.x + 2
                let number = String(task.number)
                x += screen.put(String(repeating: " ", count: max(0, numberWidth - number.count)) + number, x: x, y: y, role: role) + 1
                x += screen.put(task.status.mark, x: x, y: y, role: isCursor ? role : DetailContent.role(of: task.status))
                // The overdue mark sits in the gap after the status, so it reads without colour.
                if task.isOverdue(today: state.today) {
                    screen.put("!", x: x, y: y, role: isCursor ? role : .overdue)
                }
                x += 1
                let room = inner.x + inner.width - x - 1
                let text = TextFit.truncate(TerminalSafe.sanitize(task.text), toWidth: room, ellipsis: state.glyphs.ellipsis)
                let textRole: StyleRole = isCursor ? role : (task.status == .done ? .dim : .normal)
                screen.put(text, x: x, y: y, role: textRole)
                highlight(state.query, in: text, x: x, y: y, into: &screen)
            }
        }
    }

    /// Marks every occurrence of the search in a drawn text with the `match` role.
    static func highlight(_ query: String, in text: String, x: Int, y: Int, into screen: inout Screen) {
        guard !query.isEmpty else { return }
        let needle = Array(query.lowercased())
        let characters = Array(text.lowercased())
        guard needle.count <= characters.count, characters.count == text.count else { return }
        var column = x
        var index = 0
        let widths = text.map { DisplayWidth.of($0) }
        while index < characters.count {
            if index + needle.count <= characters.count, Array(characters[index..<(index + needle.count)]) == needle {
                let width = widths[index..<(index + needle.count)].reduce(0, +)
                screen.restyle(x: column, y: y, count: width, role: .match)
                column += width
                index += needle.count
            } else {
                column += widths[index]
                index += 1
            }
        }
    }

    static func drawDetail(_ state: DashboardState, _ rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .detail
        let title = state.selectedTask.map { "\(state.strings.detailTitle) \($0.number)" } ?? state.strings.detailTitle
        drawFrame(title, rect, focused: focused, glyphs: state.glyphs, into: &screen)
        let inner = rect.inner
        let textWidth = inner.width - 2
        let lines = DetailContent.lines(for: state, width: textWidth)
        for offset in 0..<inner.height {
            let position = state.detailScroll + offset
            guard lines.indices.contains(position) else { break }
            screen.put(lines[position].text, x: inner.x + 1, y: inner.y + offset, maxWidth: textWidth, role: lines[position].role)
        }
    }

    static func drawWorkload(_ state: DashboardState, _ rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .workload
        let strings = state.strings
        var title = strings.workloadTitle
        if state.workloadSort != .total {
            title += "  \(strings.sortLabel)=" + (strings.workloadSortNames[state.workloadSort] ?? "")
        }
        drawFrame(title, rect, focused: focused, glyphs: state.glyphs, into: &screen)
        let inner = rect.inner
        guard inner.height > 2 else { return }
        let columns = WorkloadColumns(width: inner.width, strings: strings)
        columns.drawHeader(at: inner, into: &screen)
        let visible = inner.height - 2
        for offset in 0..<visible {
            let position = state.workloadScroll + offset
            guard state.workloadLines.indices.contains(position) else { break }
            let line = state.workloadLines[position]
            let y = inner.y + 1 + offset
            let isCursor = position == state.workloadCursor
            let role = rowRole(isCursor: isCursor, focused: focused, otherwise: state.unitFilter == line.filter ? .heading : .normal)
            beginRow(inner, y: y, role: role, isCursor: isCursor, focused: focused, glyphs: state.glyphs, into: &screen)
            if line.row.overdue > 0 {
                screen.put("!", x: inner.x + 1, y: y, role: isCursor ? role : .overdue)
            }
            var name = line.row.unit.map { TerminalSafe.sanitize($0) } ?? strings.unassigned
            if line.group != nil {
                name = "  " + name
            } else if line.isGroup {
                name = (line.isExpanded ? "- " : "+ ") + name
            }
            columns.draw(line.row, name: name, y: y, at: inner, role: role, isCursor: isCursor, glyphs: state.glyphs, into: &screen)
        }
        // The selected unit's roles and overdue work, which do not fit as columns.
        if state.workloadLines.indices.contains(state.workloadCursor) {
            let row = state.workloadLines[state.workloadCursor].row
            let summary = "\(strings.summaryLead) \(row.leads)  \(strings.summaryResponsible) \(row.responsible)  "
                + "\(strings.summarySupporting) \(row.supporting)  \(strings.summaryOverdue) \(row.overdue)"
            screen.put(TextFit.truncate(summary, toWidth: inner.width - 3, ellipsis: state.glyphs.ellipsis),
                       x: inner.x + 2, y: inner.y + inner.height - 1, role: .dim)
        }
    }
}

/// The column plan of the workload pane: the unit name gets what the numbers and the bar
/// leave, and the bar grows on wide terminals.
struct WorkloadColumns {
    static let numberWidth = 5
    let nameX: Int
    let nameWidth: Int
    let numbersX: Int
    let barX: Int
    let barWidth: Int
    let strings: UIStrings

    init(width: Int, strings: UIStrings) {
        self.strings = strings
        nameX = 2
        let numbers = 3 * Self.numberWidth
        // Names first (most unit names fit in 20 columns), then the bar takes what is left.
        nameWidth = max(0, min(20, width - nameX - numbers - 6))
        barWidth = max(4, min(20, width - nameX - nameWidth - numbers - 2))
        numbersX = nameX + nameWidth
        barX = numbersX + numbers + 1
    }

    func drawHeader(at inner: Rect, into screen: inout Screen) {
        screen.put(strings.unitColumn, x: inner.x + nameX, y: inner.y, maxWidth: nameWidth, role: .dim)
        for (index, label) in [strings.totalColumn, strings.doneColumn, strings.openColumn].enumerated() {
            let right = inner.x + numbersX + (index + 1) * Self.numberWidth
            screen.put(label, x: right - DisplayWidth.of(label), y: inner.y, role: .dim)
        }
    }

    func draw(_ row: WorkloadRow, name: String, y: Int, at inner: Rect, role: StyleRole, isCursor: Bool, glyphs: Glyphs, into screen: inout Screen) {
        screen.put(TextFit.truncate(name, toWidth: nameWidth, ellipsis: glyphs.ellipsis), x: inner.x + nameX, y: y, role: role)
        for (index, value) in [row.total, row.done, row.open].enumerated() {
            let text = String(value)
            let right = inner.x + numbersX + (index + 1) * Self.numberWidth
            screen.put(text, x: right - text.count, y: y, role: role)
        }
        let filled = row.total == 0 ? 0 : (row.done * barWidth + row.total / 2) / row.total
        let doneCells = row.done > 0 ? max(1, filled) : 0
        screen.fill(glyphs.barDone, x: inner.x + barX, y: y, count: doneCells, role: isCursor ? role : .barDone)
        screen.fill(glyphs.barOpen, x: inner.x + barX + doneCells, y: y, count: barWidth - doneCells, role: isCursor ? role : .barOpen)
    }
}
