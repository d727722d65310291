import TaizhangScreen
import TaizhangModel

extension DashboardState {
    /// Recomputes the tasks pane's rows after the scope, a filter or the sort changed,
    /// keeping the selected task when it is still listed. The only step whose cost grows
    /// with the plan, and it runs on filter changes, never on movement.
    mutating func rebuildTaskRows() {
        let previous = selectedTaskIndex
        let tasks = ledger.plan.tasks
        // Nil while every task is listed, in plan order: no list of every position is made
        // for it (100,000 of them at every search key).
        var candidates: [Int]?
        if let filter = unitFilter {
            var ofUnit = taskPositions(of: filter)
            if let inScope = index.tasks(in: scope) {
                let allowed = Set(inScope)
                ofUnit = ofUnit.filter(allowed.contains)
            }
            candidates = ofUnit
        } else {
            candidates = index.tasks(in: scope)
        }
        func keep(_ wanted: (Int) -> Bool) {
            candidates = candidates?.filter(wanted) ?? tasks.indices.filter(wanted)
        }
        if let status = statusFilter {
            keep { tasks[$0].status == status }
        }
        if overdueOnly {
            keep { tasks[$0].isOverdue(today: today) }
        }
        if let light = lightFilter {
            let judgement = self.judgement
            keep { tasks[$0].light(judgement) == light }
        }
        var matched: TaskBits?
        if !query.isEmpty {
            // Typing one more character narrows the last matches instead of every task.
            let key = SearchCache.Key(scope: scope, unit: unitFilter, filters: statusFilters, sort: taskSort)
            var allowed = candidates.map { TaskBits($0, count: tasks.count) }
            // Not for a number: task 35 matches `35` by its number, not its text, so it need
            // not be among the matches of `3`.
            if let cache = searchCache, cache.key == key, query.hasPrefix(cache.query), Int(query) == nil {
                allowed = cache.matches
            }
            let found = index.matches(query, among: allowed, plan: ledger.plan)
            searchCache = SearchCache(key: key, query: query, matches: found)
            matched = found
        } else {
            searchCache = nil
        }
        if let unit = access.unit {
            // A unit's account sees its own tasks first, each group in the order chosen.
            let listed = matched?.positions() ?? candidates ?? Array(tasks.indices)
            let own = listed.filter { tasks[$0].units.contains { $0.name == unit } }
            let ownSet = Set(own)
            candidates = own + listed.filter { !ownSet.contains($0) }
            matched = nil
        }
        if taskSort == .number {
            // In plan order (scopes, filters and searches keep it), but for a unit's account:
            // its own tasks, then the others, each under their headings again.
            if let matched {
                taskRows = withHeadings(matched, count: matched.population)
            } else if let candidates {
                taskRows = withHeadings(candidates, count: candidates.count)
            } else if let whole = wholePlanRows, whole.serial == index.serial {
                taskRows = whole.rows
            } else {
                taskRows = withHeadings(tasks.indices, count: tasks.count)
                wholePlanRows = (index.serial, taskRows)
            }
        } else {
            taskRows = sorted(matched?.positions() ?? candidates ?? Array(tasks.indices)).map(TaskRow.task)
        }
        visibleTaskCount = matched?.population ?? candidates?.count ?? tasks.count
        taskCursor = previous.flatMap { wanted in taskRows.firstIndex(of: .task(wanted)) } ?? firstTaskRow(from: 0, step: 1) ?? 0
        taskScroll = 0
        detailScroll = 0
        clampScrolls()
    }

    /// The tasks a unit row counts, in plan order: those naming the unit, an alias of it, a
    /// group it belongs to or, for a group, any member (`UnitNaming`). So the list a unit
    /// filters to is exactly as long as its row's total.
    func taskPositions(of filter: UnitFilter) -> [Int] {
        guard case .unit(let name) = filter else { return index.tasks(of: filter) }
        let names = workload.naming.writtenNames(countedBy: name)
        guard names.count > 1 else { return index.tasks(of: filter) }
        return Set(names.flatMap { index.tasks(of: .unit($0)) }).sorted()
    }

    /// The rows of `positions` (`count` of them, in the order given) with a heading wherever
    /// the area (or, in an area's scope, the section) changes. The numbers are read from the
    /// index's columns, not the tasks: this runs over every match at every search key.
    private func withHeadings<Positions: Sequence<Int>>(_ positions: Positions, count: Int) -> [TaskRow] {
        let scope = self.scope
        let plan = ledger.plan
        var rows: [TaskRow] = []
        // Room for every heading too, so the rows are never copied to grow.
        rows.reserveCapacity(count + plan.areas.count + plan.areas.reduce(0) { $0 + $1.sections.count })
        index.areaAt.withUnsafeBufferPointer { areas in
            index.sectionAt.withUnsafeBufferPointer { sections in
                // The last heading's area or section number: a heading is added where it changes.
                var last: Int32 = -1
                for position in positions {
                    switch scope {
                    case .all:
                        let area = areas[position]
                        if area != last {
                            rows.append(.heading(.area(Int(area))))
                            last = area
                        }
                    case .area:
                        let section = sections[position]
                        if section >= 0, section != last {
                            rows.append(.heading(.section(area: Int(areas[position]), section: Int(section))))
                            last = section
                        }
                    case .section: break
                    }
                    rows.append(.task(position))
                }
            }
        }
        return rows
    }

    /// Sorted without headings; ties keep plan order, so the list never jumps about.
    private func sorted(_ candidates: [Int]) -> [Int] {
        let tasks = ledger.plan.tasks
        let judgement = self.judgement
        func key(_ position: Int) -> String {
            let task = tasks[position]
            switch taskSort {
            case .number: return ""
            case .status:
                // What needs the coordinator first: reports waiting for sign-off, work sent
                // back, work under way, work not started, then what is signed off.
                let order: [TaskStatus] = [.reported, .returned, .doing, .todo, .done]
                return String(order.firstIndex(of: task.status) ?? order.count)
            case .light:
                // Red first, then yellow, green, and signed-off work (no light) last.
                switch task.light(judgement) {
                case .red?: return "0"
                case .yellow?: return "1"
                case .green?: return "2"
                case nil: return "3"
                }
            case .deadline:
                guard let deadline = task.deadline else { return "9" }
                switch deadline.kind {
                case .date(let day): return "0" + day
                case .recurring: return "1"
                case .ongoing: return "2"
                case .asWritten: return "3"
                }
            case .unit:
                return task.units.first.map { "0" + $0.name } ?? "1"
            }
        }
        let unit = access.unit
        func isOwn(_ position: Int) -> Bool { unit.map { name in tasks[position].units.contains { $0.name == name } } ?? true }
        return candidates.map { ($0, (isOwn($0) ? "0" : "1") + key($0)) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map(\.0)
    }

    /// Counts the workload afresh (a new ledger, a changed deadline or units) and indexes its
    /// names for the unit pane.
    mutating func recountWorkload() {
        workload = Workload(ledger: ledger, today: today)
        workloadNames = WorkloadNames(workload, language: strings.language)
        recountReturns()
    }

    /// Each reporting unit's return this period, for the unit pane's marks; none when the
    /// ledger keeps no returns and names no cycle.
    mutating func recountReturns() {
        workloadReturns = ledger.tracksReturns
            ? Dictionary(ledger.returnStandings(today: today, workload: workload).map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
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
        workloadScroll = Self.scroll(workloadScroll, cursor: workloadCursor, count: workloadLines.count, visible: layout.visibleRows(.workload))
        // Another task's text starts at its top, however the selection moved.
        if detailScrollTask != selectedTaskIndex {
            detailScroll = 0
            detailScrollTask = selectedTaskIndex
        }
        // Wrapping the detail text is only needed to bound a scrolled pane; render wraps it
        // anyway, so most keys (detail at the top) skip doing it twice.
        if detailScroll > 0 {
            let detailLines = DetailContent.lines(for: self, width: layout.detail.inner.width - 2).count
            detailScroll = max(0, min(detailScroll, detailLines - layout.visibleRows(.detail)))
        }
    }

    static func scroll(_ scroll: Int, cursor: Int, count: Int, visible: Int) -> Int {
        guard visible > 0 else { return 0 }
        var result = min(scroll, cursor)
        if cursor >= result + visible { result = cursor - visible + 1 }
        return max(0, min(result, max(0, count - visible)))
    }
}
