import TaizhangModel

/// The dashboard's one state transition: `update` takes an action to the next state and
/// says what the runtime must do (save, quit). No terminal, no disk, no clock of its own:
/// the time for a status change comes from `now`.
public enum Dashboard {
    public static func update(_ state: inout DashboardState, _ action: Action, now: () -> Stamp) -> [Effect] {
        switch action {
        case .resize, .saved, .saveFailed: break
        default: state.message = nil  // a one-off message lasts until the next key
        }
        switch action {
        case .move(let delta): state.move(by: delta)
        case .page(let direction):
            let rows = max(1, (state.layout?.visibleRows(state.focus) ?? 1) - 1)
            state.move(by: direction * rows)
        case .first: state.move(by: -Int(Int32.max))
        case .last: state.move(by: Int(Int32.max))
        case .focusNext: state.focus = state.focus.next
        case .focusPrevious: state.focus = state.focus.previous
        case .focus(let pane): state.focus = pane
        case .activate: state.activate()
        case .toggleDone:
            guard let task = state.selectedTask else { return [] }
            return state.setStatus(task.status == .done ? .todo : .done, now: now)
        case .cycleStatus:
            guard let task = state.selectedTask else { return [] }
            return state.setStatus(task.status.next, now: now)
        case .beginSearch:
            state.isSearching = true
        case .searchInput(let character):
            state.query.append(character)
            state.rebuildTaskRows()
        case .searchDeleteBackward:
            guard !state.query.isEmpty else { return [] }
            state.query.removeLast()
            state.rebuildTaskRows()
        case .searchClear:
            state.query = ""
            state.rebuildTaskRows()
        case .searchCommit:
            state.isSearching = false
        case .searchCancel:
            state.isSearching = false
            state.query = ""
            state.rebuildTaskRows()
        case .clearFilters:
            guard state.unitFilter != nil || !state.query.isEmpty else { return [] }
            state.unitFilter = nil
            state.query = ""
            state.rebuildTaskRows()
        case .click(let point): state.click(at: point)
        case .scroll(let point, let delta):
            guard let pane = state.pane(at: point) else { return [] }
            state.focus = pane
            state.move(by: delta)
        case .toggleHelp: state.showingHelp.toggle()
        case .quit: return [.quit]
        case .redraw: return [.repaint]
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
        case .saved(let generation):
            state.unsavedReason = nil
            state.ledger.generation = generation
        case .saveFailed(let reason): state.unsavedReason = reason
        }
        state.clampScrolls()
        return []
    }
}

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
            workloadCursor = Self.clamp(workloadCursor + delta, count: workload.rows.count)
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
            guard workload.rows.indices.contains(workloadCursor) else { return }
            let wanted: UnitFilter = workload.rows[workloadCursor].unit.map(UnitFilter.unit) ?? .unassigned
            unitFilter = unitFilter == wanted ? nil : wanted
            rebuildTaskRows()
            focus = .tasks
        }
    }

    /// Changes the selected task's status and keeps every derived count in step with it.
    mutating func setStatus(_ status: TaskStatus, now: () -> Stamp) -> [Effect] {
        guard focus == .tasks || focus == .detail, let position = selectedTaskIndex else { return [] }
        let task = ledger.plan.tasks[position]
        guard task.status != status else { return [] }
        do {
            try ledger.apply(.status(task: task.number, to: status), stamp: now())
        } catch {
            message = error.description
            return []
        }
        countProgress(of: task, status: task.status, sign: -1, total: false)
        countProgress(of: task, status: status, sign: 1, total: false)
        workload.statusChanged(of: task, from: task.status, to: status)
        clampScrolls()
        return [.save]
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
            guard workload.rows.indices.contains(row) else { return }
            workloadCursor = row
            activate()
        }
    }

    static func clamp(_ value: Int, count: Int) -> Int {
        max(0, min(value, count - 1))
    }
}
