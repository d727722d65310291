import TaizhangScreen
import TaizhangModel

extension DashboardState {
    mutating func move(by delta: Int) {
        switch focus {
        case .areas:
            navigatorCursor = Self.clamp(navigatorCursor + delta, count: navigator.count)
        case .tasks:
            moveTaskCursor(by: delta)
        case .detail:
            detailScroll = max(0, detailScroll + delta)
        case .workload:
            workloadCursor = Self.clamp(workloadCursor + delta, count: workloadLines.count)
        }
    }

    /// Moves over task rows only; headings are never selected.
    private mutating func moveTaskCursor(by delta: Int) {
        guard !taskRows.isEmpty, delta != 0 else { return }
        let step = delta > 0 ? 1 : -1
        let target = Self.clamp(taskCursor + delta, count: taskRows.count)
        guard let landing = firstTaskRow(from: target, step: step) ?? firstTaskRow(from: target, step: -step),
            landing != taskCursor
        else { return }
        taskCursor = landing
        detailScroll = 0
    }

    mutating func activate() {
        switch focus {
        case .areas:
            guard navigator.indices.contains(navigatorCursor) else { return }
            scope = navigator[navigatorCursor].scope
            rebuildTaskRows()
            taskCursor = firstTaskRow(from: 0, step: 1) ?? 0
            taskScroll = 0
            focus = .tasks
        case .tasks:
            if selectedTaskIndex != nil { focus = .detail }
        case .detail:
            break
        case .workload:
            guard workloadLines.indices.contains(workloadCursor) else { return }
            let wanted = workloadLines[workloadCursor].filter
            unitFilter = unitFilter == wanted ? nil : wanted
            rebuildTaskRows()
            focus = .tasks
        }
    }

    func pane(at point: Point) -> Pane? {
        guard let layout else { return nil }
        return Pane.allCases.first { layout.rect(of: $0).contains(point) }
    }

    /// Focuses the pane under the pointer and selects the row clicked; clicking a unit row
    /// also filters by it, as Enter does.
    mutating func click(at point: Point) {
        guard let layout, let pane = pane(at: point) else { return }
        focus = pane
        let inner = layout.rect(of: pane).inner
        let offset = point.y - inner.y
        guard offset >= 0, offset < inner.height else { return }
        switch pane {
        case .areas:
            let row = navigatorScroll + offset
            if navigator.indices.contains(row) { navigatorCursor = row }
        case .tasks:
            let row = taskScroll + offset
            if taskRows.indices.contains(row), taskRows[row].taskIndex != nil, row != taskCursor {
                taskCursor = row
                detailScroll = 0
            }
        case .detail:
            break
        case .workload:
            let row = workloadScroll + offset - 1
            guard workloadLines.indices.contains(row), offset - 1 < layout.visibleRows(.workload) else { return }
            workloadCursor = row
            activate()
        }
    }

    static func clamp(_ value: Int, count: Int) -> Int {
        max(0, min(value, count - 1))
    }
}
