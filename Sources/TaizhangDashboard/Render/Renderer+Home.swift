import TaizhangModel
import TaizhangScreen
import TaizhangText
import TaizhangWords

extension Renderer {
    /// `[name]  ` before the title in the title bar, for a plan in the plans home.
    static func planLabel(_ planName: String?) -> String {
        guard let name = planName else { return "" }
        return "[" + TerminalSafe.sanitize(name) + "]  "
    }

    static func drawHome(_ state: DashboardState, into screen: inout Screen) {
        switch state.home.overlay {
        case .plans(let cursor): drawPlanPicker(state, cursor: cursor, into: &screen)
        case .units(let across, let cursor, nil): drawUnitsAcross(state, across, cursor: cursor, into: &screen)
        case .units(_, _, let open?): drawUnitTasks(state, open, into: &screen)
        case nil: break
        }
    }

    /// One line per plan: a mark on this one, the name, a progress bar, done/total, the
    /// overdue count, the title.
    static func drawPlanPicker(_ state: DashboardState, cursor: Int, into screen: inout Screen) {
        let strings = state.strings
        let plans = state.home.plans
        let rect = overlay(strings.plansTitle + " (\(plans.count))", width: screen.width - 6, height: plans.count + 4, state: state, into: &screen)
        let inner = rect.inner
        let nameWidth = min(inner.width / 2, plans.map { DisplayWidth.of(TerminalSafe.sanitize($0.name.text)) }.max() ?? 0)
        let room = inner.height - 2
        let first = max(0, min(cursor - room + 1, plans.count - room))
        // Plans named alike (…台账, …台账-2) stay told apart when cut.
        let names = DistinctNames(plans.map { TerminalSafe.sanitize($0.name.text) })
        for (row, index) in (first..<plans.count).enumerated() where row < room {
            let plan = plans[index]
            let y = inner.y + row
            let isCursor = index == cursor
            let role: StyleRole = isCursor ? .selected : .normal
            beginRow(inner, y: y, role: role, isCursor: isCursor, focused: true, glyphs: state.glyphs, into: &screen)
            let here = plan.name.text == state.home.planName ? "*" : " "
            var line = here + TextFit.pad(names.truncate(TerminalSafe.sanitize(plan.name.text), toWidth: nameWidth, ellipsis: state.glyphs.ellipsis), toWidth: nameWidth)
            let bar = UnitColumns.bar(done: plan.done, total: plan.tasks, width: 8, glyphs: state.glyphs)
            line += " " + bar.done + bar.open
            line += " \(plan.done)/\(plan.tasks)"
            line += plan.overdue > 0 ? " !\(plan.overdue)" : ""
            line += "  " + TerminalSafe.sanitize(plan.title)
            screen.put(line, x: inner.x + 2, y: y, maxWidth: inner.width - 3, role: role)
        }
        screen.put(strings.plansFooter, x: inner.x + 1, y: inner.y + inner.height - 1, maxWidth: inner.width - 2, role: .dim)
    }

    /// Every unit across the plans: total, open, late, plans naming it.
    static func drawUnitsAcross(_ state: DashboardState, _ across: WorkloadAcross, cursor: Int, into screen: inout Screen) {
        let strings = state.strings
        let rect = overlay(strings.unitsAcrossTitle + " (\(across.plans.count))", width: screen.width - 6, height: screen.height - 2, state: state, into: &screen)
        let inner = rect.inner
        let room = inner.height - 3
        let numbers = strings.unitsAcrossHeadings
        let numberWidth = numbers.map { DisplayWidth.of($0) }.max().map { max($0, 5) } ?? 5
        let nameWidth = max(10, inner.width - 3 - (numberWidth + 1) * numbers.count)
        func columns(_ name: String, _ values: [String]) -> String {
            TextFit.pad(TextFit.truncate(name, toWidth: nameWidth, ellipsis: state.glyphs.ellipsis), toWidth: nameWidth)
                + values.map { " " + String(repeating: " ", count: max(0, numberWidth - DisplayWidth.of($0))) + $0 }.joined()
        }
        screen.put(columns(strings.unitColumn, numbers), x: inner.x + 2, y: inner.y, maxWidth: inner.width - 3, role: .dim)
        let first = max(0, min(cursor - room + 1, across.rows.count - room))
        for (line, index) in (first..<across.rows.count).enumerated() where line < room {
            let row = across.rows[index]
            let y = inner.y + 1 + line
            let isCursor = index == cursor
            let role: StyleRole = isCursor ? .selected : .normal
            beginRow(inner, y: y, role: role, isCursor: isCursor, focused: true, glyphs: state.glyphs, into: &screen)
            let name = TerminalSafe.sanitize(row.total.label(strings.language))
            let late = row.total.overdue > 0 ? "!\(row.total.overdue)" : "0"
            // No plan collects returns from the unit: nothing to count, not a zero.
            let returns = !row.returnsTracked ? "-" : row.returnsLate > 0 ? "!\(row.returnsLate)" : "0"
            screen.put(columns(name, ["\(row.total.total)", "\(row.total.open)", late, returns, "\(row.shares.count)"]), x: inner.x + 2, y: y, maxWidth: inner.width - 3, role: role)
        }
        if across.rows.indices.contains(cursor) {
            let row = across.rows[cursor]
            // Each plan's open/all, and its return mark (as in the unit pane) where it collects returns.
            let detail = row.shares.map { share in
                let mark = share.returned.map { " " + returnMark($0, glyphs: state.glyphs) } ?? ""
                return "\(TerminalSafe.sanitize(share.plan.text)) \(share.row.open)/\(share.row.total)\(mark)"
            }.joined(separator: "  ")
            screen.put(detail, x: inner.x + 1, y: inner.y + inner.height - 2, maxWidth: inner.width - 2, role: .normal)
        }
        screen.put(strings.unitsAcrossFooter, x: inner.x + 1, y: inner.y + inner.height - 1, maxWidth: inner.width - 2, role: .dim)
    }

    /// A unit's open tasks in every plan, each line labelled with its plan.
    static func drawUnitTasks(_ state: DashboardState, _ open: HomeView.UnitTasks, into screen: inout Screen) {
        let strings = state.strings
        let name = open.unit.map { TerminalSafe.sanitize($0) } ?? strings.unassigned
        let rect = overlay(strings.openTasksOf + name + " (\(open.tasks.count))", width: screen.width - 6, height: screen.height - 2, state: state, into: &screen)
        let inner = rect.inner
        let room = inner.height - 1
        if open.tasks.isEmpty {
            screen.put(strings.noOpenTasks, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, role: .dim)
        }
        let planWidth = min(24, open.tasks.map { DisplayWidth.of(TerminalSafe.sanitize($0.plan.text)) }.max() ?? 0)
        // Plans named alike (…台账, …台账-2) stay told apart when cut.
        let planNames = DistinctNames(open.tasks.map { TerminalSafe.sanitize($0.plan.text) })
        for (line, entry) in open.tasks.dropFirst(open.scroll).enumerated() where line < room {
            let late = entry.task.isOverdue(today: state.today) ? "!" : " "
            let label = TextFit.pad(planNames.truncate(TerminalSafe.sanitize(entry.plan.text), toWidth: planWidth, ellipsis: state.glyphs.ellipsis), toWidth: planWidth)
            let text = "\(label) \(late)\(entry.task.number) " + TerminalSafe.sanitize(entry.task.text)
            screen.put(text, x: inner.x + 1, y: inner.y + line, maxWidth: inner.width - 2, role: .normal)
        }
        screen.put(strings.unitTasksFooter, x: inner.x + 1, y: inner.y + inner.height - 1, maxWidth: inner.width - 2, role: .dim)
    }
}
