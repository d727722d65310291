import TaizhangModel

extension DashboardState {
    /// Recomputes the tasks pane's rows after the scope or a filter changed, keeping the
    /// selected task when it is still listed. The only step whose cost grows with the plan,
    /// and it runs on filter changes, never on movement.
    mutating func rebuildTaskRows() {
        let previous = selectedTaskIndex
        let tasks = ledger.plan.tasks
        var candidates: [Int]
        if let filter = unitFilter {
            candidates = index.tasks(of: filter)
            if let inScope = index.tasks(in: scope) {
                let allowed = Set(inScope)
                candidates = candidates.filter(allowed.contains)
            }
        } else {
            candidates = index.tasks(in: scope) ?? Array(tasks.indices)
        }
        let needle = query.lowercased()
        if !needle.isEmpty {
            candidates = candidates.filter { index.searchText[$0].contains(needle) }
        }
        var rows: [TaskRow] = []
        rows.reserveCapacity(candidates.count + 32)
        var lastHeading: Scope?
        for position in candidates {
            let task = tasks[position]
            var heading: Scope?
            switch scope {
            case .all: heading = .area(task.area)
            case .area: heading = task.section.map { .section(area: task.area, section: $0) }
            case .section: heading = nil
            }
            if let heading, heading != lastHeading {
                rows.append(.heading(heading))
                lastHeading = heading
            }
            rows.append(.task(position))
        }
        taskRows = rows
        visibleTaskCount = candidates.count
        taskCursor = previous.flatMap { wanted in rows.firstIndex(of: .task(wanted)) } ?? firstTaskRow(from: 0, step: 1) ?? 0
        taskScroll = 0
        detailScroll = 0
        clampScrolls()
    }

    /// The nearest task row from `start` going in `step` direction.
    func firstTaskRow(from start: Int, step: Int) -> Int? {
        var row = start
        while taskRows.indices.contains(row) {
            if taskRows[row].taskIndex != nil { return row }
            row += step
        }
        return nil
    }

    /// Keeps every cursor on screen after a move or a resize.
    mutating func clampScrolls() {
        guard let layout else { return }
        navigatorScroll = Self.scroll(navigatorScroll, cursor: navigatorCursor, count: navigator.count, visible: layout.visibleRows(.areas))
        taskScroll = Self.scroll(taskScroll, cursor: taskCursor, count: taskRows.count, visible: layout.visibleRows(.tasks))
        // Show the heading just above the first task of a group when there is room.
        if taskScroll == taskCursor, taskCursor > 0, case .heading = taskRows[taskCursor - 1] {
            taskScroll -= 1
        }
        workloadScroll = Self.scroll(workloadScroll, cursor: workloadCursor, count: workload.rows.count, visible: layout.visibleRows(.workload))
        let detailLines = DetailContent.lines(for: self, width: layout.detail.inner.width).count
        detailScroll = max(0, min(detailScroll, detailLines - layout.visibleRows(.detail)))
    }

    static func scroll(_ scroll: Int, cursor: Int, count: Int, visible: Int) -> Int {
        guard visible > 0 else { return 0 }
        var result = min(scroll, cursor)
        if cursor >= result + visible { result = cursor - visible + 1 }
        return max(0, min(result, max(0, count - visible)))
    }
}
