import TaizhangScreen
import TaizhangModel

/// The dashboard's one state transition: `update` takes an action to the next state and
/// says what the runtime must do (save, quit). No terminal, no disk, no clock of its own:
/// the time for a change comes from `now`.
///
/// Keys that change a task change the one the Task pane shows (its number in that pane's
/// title), whichever pane has the focus, and the status line then names the task and the
/// change: what a key does never depends on where the focus happens to be.
public enum Dashboard {
    public static func update(_ state: inout DashboardState, _ action: Action, now: () -> Stamp) -> [Effect] {
        // An effect's result is not a key: it keeps the message and a pending quit.
        if let effects = result(action, on: &state) { return effects }
        if case .resize = action {} else {
            state.message = nil  // a one-off message lasts until the next key
        }
        switch action {
        case .digit, .jumpToPending, .pendingBackspace, .resize: break
        default: state.forgetPendingNumber()  // another key: the digits were not a number
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
        case .toggleDone, .cycleStatus, .reportDone, .signOff:
            effects = state.changeStatus(action, now: now)
        case .beginReturn: state.beginReturn()
        case .filterStatus(let status):
            state.statusFilters = status.map { StatusFilters(status: $0) } ?? .none
            state.rebuildTaskRows()
        case .toggleOverdueOnly:
            state.overdueOnly.toggle()
            state.rebuildTaskRows()
        case .cycleLightFilter:
            state.lightFilter = Light.nextFilter(after: state.lightFilter)
            state.rebuildTaskRows()
        case .digit(let digit): state.typeDigit(digit)
        case .jumpToPending: state.jumpToPending()
        case .pendingBackspace: state.pendingBackspace()
        case .beginJump: state.prompt = Prompt(kind: .jump)
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
            state.statusFilters = .none
            state.query = ""
            state.rebuildTaskRows()
        case .beginNote:
            if let task = state.selectedTask { state.prompt = Prompt(kind: .note(task: task.number)) }
        case .beginDeadline: state.beginDeadline()
        case .beginUnits: state.beginUnits()
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
        case .openNotes: state.openNotes()
        case .openPlanInfo: state.menu = Menu(.plan)
        case .openReports: state.menu = Menu(.reports)
        case .menuMove(let delta): state.moveInMenu(by: delta)
        case .menuChoose: effects = state.chooseInMenu()
        case .menuDelete: effects = state.deleteInMenu(now: now)
        case .closeOverlay:
            state.unitPicker = nil
            state.menu = nil
            state.showingWarnings = false
        case .toggleWarnings: state.showingWarnings.toggle()
        case .click(let point): state.click(at: point)
        case .scroll(let point, let delta):
            guard let pane = state.pane(at: point) else { return [] }
            state.focus = pane
            state.move(by: delta)
        case .undo: effects = state.undoOrRedo(undo: true, now: now)
        case .redo: effects = state.undoOrRedo(undo: false, now: now)
        case .toggleHelp:
            state.showingHelp.toggle()
            state.helpScroll = 0
        case .helpScroll(let delta): state.helpScroll = max(0, state.helpScroll + delta)
        case .openPlanPicker, .openUnitsAcross, .homeRead, .homeMove, .homeActivate, .homeBack: effects = state.updateHome(action)
        case .beginCollect, .returnsRead, .collectApply, .collectScroll, .collectCancel: effects = state.updateCollect(action)
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
        case .saved, .saveFailed, .ledgerChanged, .reportWritten, .reportFailed, .notify, .connectionLost, .connectionRestored, .searchPrepared:
            break  // handled by `result(_:on:)` above
        }
        state.clampScrolls()
        return effects
    }
}
