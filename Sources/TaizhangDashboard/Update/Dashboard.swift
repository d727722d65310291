import TaizhangScreen
import TaizhangModel

/// The dashboard's one state transition: `update` takes an action to the next state and
/// says what the runtime must do (save, quit). No terminal, no disk, no clock of its own:
/// the time for a change comes from `now`.
public enum Dashboard {
    public static func update(_ state: inout DashboardState, _ action: Action, now: () -> Stamp) -> [Effect] {
        // An effect's result is not a key: it keeps the message and a pending quit.
        if let effects = result(action, on: &state) { return effects }
        if case .resize = action {} else {
            state.message = nil  // a one-off message lasts until the next key
        }
        var effects: [Effect] = []
        let quitWasPending = state.quitPending
        switch action {
        case .quit, .resize: break
        default: state.quitPending = false  // another key: the next q asks again
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
            if let task = state.selectedTask, state.focus == .tasks || state.focus == .detail {
                effects = state.apply(.status(task: task.number, to: task.status == .done ? .todo : .done), now: now)
            }
        case .cycleStatus:
            if let task = state.selectedTask, state.focus == .tasks || state.focus == .detail {
                effects = state.apply(.status(task: task.number, to: task.status.next), now: now)
            }
        case .filterStatus(let status):
            state.statusFilter = status
            state.rebuildTaskRows()
        case .toggleOverdueOnly:
            state.overdueOnly.toggle()
            state.rebuildTaskRows()
        case .cycleSort:
            if state.focus == .workload {
                state.workloadSort = state.workloadSort.next
                state.rebuildWorkloadLines()
            } else {
                state.taskSort = state.taskSort.next
                state.rebuildTaskRows()
            }
        case .toggleGroup: state.toggleGroup()
        case .beginSearch: state.isSearching = true
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
        case .searchCommit: state.isSearching = false
        case .searchCancel:
            state.isSearching = false
            state.query = ""
            state.rebuildTaskRows()
        case .clearFilters:
            guard state.isFiltered else { return [] }
            state.unitFilter = nil
            state.statusFilter = nil
            state.overdueOnly = false
            state.query = ""
            state.rebuildTaskRows()
        case .beginNote:
            if let task = state.selectedTask { state.prompt = Prompt(kind: .note(task: task.number)) }
        case .beginDeadline:
            if let task = state.selectedTask {
                state.prompt = Prompt(kind: .deadline(task: task.number), editor: LineEditor(task.deadline?.date ?? ""))
            }
        case .edit(let edit): state.prompt?.edit(edit)
        case .promptSubmit: effects = state.submitPrompt(now: now)
        case .promptCancel: state.prompt = nil
        case .openUnitPicker:
            if let task = state.selectedTask, !task.units.isEmpty { state.unitPicker = UnitPicker(task: task.number) }
        case .pickerMove(let delta):
            if let picker = state.unitPicker, let position = state.ledger.taskIndex(picker.task) {
                let count = state.ledger.plan.tasks[position].units.count
                state.unitPicker?.cursor = DashboardState.clamp(picker.cursor + delta, count: count)
            }
        case .pickerToggle: effects = state.toggleUnitPart(now: now)
        case .closeOverlay:
            state.unitPicker = nil
            state.showingWarnings = false
        case .toggleWarnings: state.showingWarnings.toggle()
        case .click(let point): state.click(at: point)
        case .scroll(let point, let delta):
            guard let pane = state.pane(at: point) else { return [] }
            state.focus = pane
            state.move(by: delta)
        case .undo: effects = state.undoOrRedo(undo: true, now: now)
        case .redo: effects = state.undoOrRedo(undo: false, now: now)
        case .writeReport: return [.writeReport]
        case .toggleHelp: state.showingHelp.toggle()
        case .openPlanPicker, .openUnitsAcross, .homeMove, .homeActivate, .homeBack: effects = state.updateHome(action)
        case .quit:
            // Unsaved changes are never dropped silently: the first q tries the save again
            // and says what would be lost; a second q quits anyway.
            if state.unsavedReason != nil, !quitWasPending {
                state.quitPending = true
                state.message = state.strings.unsavedQuit
                return [.save]
            }
            return [.quit]
        case .redraw: return [.repaint]
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
        case .saved, .saveFailed, .ledgerChanged, .reportWritten, .reportFailed, .notify, .connectionLost, .connectionRestored:
            break  // handled by `result(_:on:)` above
        }
        state.clampScrolls()
        return effects
    }
}
