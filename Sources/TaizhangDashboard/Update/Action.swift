import TaizhangScreen
import TaizhangModel

/// What the user (or the runtime) asks of the dashboard. Keys become actions through
/// `KeyMap`; the runtime (TaizhangApp) adds the result of each effect it carried out as one
/// of the last actions below, and carries out whatever effects that result returns in turn.
public enum Action: Equatable, Sendable {
    case move(Int)
    case page(Int)
    case first
    case last
    case focusNext
    case focusPrevious
    case focus(Pane)
    /// Enter: open an area or section, filter by a unit, or read a task.
    case activate
    /// Space: the coordinator's own task done (signed off at once), or back to do.
    case toggleDone
    case cycleStatus
    /// `r`: the task reported done as a whole (申请办结), waiting for sign-off.
    case reportDone
    /// `x`: the task signed off (销号).
    case signOff
    /// `<`: send the task back (退回), asking why.
    case beginReturn
    /// 1–5 show only tasks to do, in progress, done, reported or returned; 0 (nil) clears
    /// every status filter, overdue and light included.
    case filterStatus(TaskStatus?)
    case toggleOverdueOnly
    /// `L`: only red, then yellow, then green tasks, then all.
    case cycleLightFilter
    /// A digit in the task list: a status filter alone, or the start of a task number.
    case digit(Int)
    /// Enter after digits: go to that task.
    case jumpToPending
    /// Backspace after digits: one digit fewer.
    case pendingBackspace
    /// `:`: ask for a task number to go to.
    case beginJump
    /// `o`: the next sort order of the focused list.
    case cycleSort
    /// `e` in the workload pane: show or hide a group's members.
    case toggleGroup
    case beginSearch
    case searchInput(Character)
    case searchDeleteBackward
    case searchClear
    case searchCommit
    case searchCancel
    /// Esc: drop every filter and the search.
    case clearFilters
    /// `a`: write a progress note on the selected task.
    case beginNote
    /// `d`: set or clear the selected task's deadline.
    case beginDeadline
    /// `A`: set (assign) the selected task's units and roles.
    case beginUnits
    /// `n`: the selected task's notes, to edit or delete one.
    case openNotes
    /// `T`: the plan's title, document number, issuer and date, to correct one.
    case openPlanInfo
    case edit(EditAction)
    case promptSubmit
    case promptCancel
    /// `m`: mark each unit's part of the selected task.
    case openUnitPicker
    case pickerMove(Int)
    case pickerToggle
    case closeOverlay
    /// In a menu (notes, plan, reports): move, choose the row (edit it, write that format),
    /// delete it (a note).
    case menuMove(Int)
    case menuChoose
    case menuDelete
    /// In the help: scroll it, on screens too small to show it whole.
    case helpScroll(Int)
    /// `w`: the import warnings of this ledger.
    case toggleWarnings
    /// A click at a screen position: focus the pane there and select the row.
    case click(Point)
    /// The mouse wheel over a screen position: move in that pane.
    case scroll(Point, by: Int)
    /// `u`: take back the latest change still in effect; Ctrl-R: put it back.
    case undo
    case redo
    /// `R`: choose a format and write the progress report beside the ledger.
    case openReports
    case toggleHelp
    /// `P`: the plans in the home; `U`: every unit across them.
    case openPlanPicker
    case openUnitsAcross
    /// `C`: ask for the returned forms (a file or a folder) to collect.
    case beginCollect
    /// The forms read (`Effect.readReturns`): the preview to confirm.
    case returnsRead(ReturnsPreview)
    /// Record what the preview shows (`y`).
    case collectApply
    case collectScroll(Int)
    case collectCancel
    /// The plans home read again (`Effect.readHome`): the open picker or unit view shows it.
    case homeRead(HomeContents)
    case homeMove(Int)
    /// Enter in the plan picker (open that plan) or the unit view (list the unit's open tasks).
    case homeActivate
    /// Esc: back from a unit's tasks to the units, or close.
    case homeBack
    case quit
    case redraw
    case resize(width: Int, height: Int)

    // The results of effects, and what the runtime notices between keys.

    /// The ledger was written as this generation. `merged` is the ledger as written when
    /// another process had saved meanwhile and the save replayed this one's changes on
    /// theirs: that is what to show now.
    case saved(generation: Int, merged: Ledger? = nil)
    /// Writing the ledger failed; the change stays in memory, marked NOT SAVED.
    case saveFailed(String)
    /// Another process saved the ledger: show theirs (with this one's unsaved changes
    /// replayed on it), keeping the selection and focus.
    case ledgerChanged(Ledger)
    /// The report was written to these files.
    case reportWritten([String])
    /// The report could not be written, and why.
    case reportFailed(String)
    /// The search index made in the background (`DashboardState.searchToPrepare`).
    case searchPrepared(PreparedSearch)
    /// A message for the status line from the runtime (a newer ledger it could not read).
    case notify(String)
    /// The connection to a shared ledger was lost (with the reason to show): the last state
    /// stays on screen, read-only.
    case connectionLost(String)
    /// The connection is back: changes can be made again.
    case connectionRestored
}

/// A key inside a one-line editor.
public enum EditAction: Equatable, Sendable {
    case insert(Character)
    case deleteBackward
    case deleteForward
    case left
    case right
    case home
    case end
    /// Ctrl- or Alt-Left / Right: to the start of this or the previous word, the end of
    /// this or the next.
    case wordLeft
    case wordRight
    case deleteToStart
}

/// Work for the runtime, returned by update as data so update itself stays pure.
public enum Effect: Equatable, Sendable {
    case save
    case quit
    /// Repaint everything (Ctrl-L), not just what changed.
    case repaint
    /// Write the progress report in this format (`md`, `xlsx`… as `reportFormats` names them).
    case writeReport(format: String)
    /// Close this plan (saved) and open the plan of this name in the home.
    case openPlan(String)
    /// Read the plans home again (the picker or the unit view has just opened).
    case readHome
    /// Read the returned forms at this path against the ledger as it is, for a preview.
    case readReturns(path: String)
}
