import TaizhangScreen
import TaizhangModel

/// What the user (or the runtime) asks of the dashboard. Keys become actions through
/// `KeyMap`; the runtime adds the results of the effects it carried out.
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
    case toggleDone
    case cycleStatus
    /// 1, 2, 3 show only tasks to do, in progress or done; 0 (nil) shows all.
    case filterStatus(TaskStatus?)
    case toggleOverdueOnly
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
    case edit(EditAction)
    case promptSubmit
    case promptCancel
    /// `m`: mark each unit's part of the selected task.
    case openUnitPicker
    case pickerMove(Int)
    case pickerToggle
    case closeOverlay
    /// `w`: the import warnings of this ledger.
    case toggleWarnings
    /// A click at a screen position: focus the pane there and select the row.
    case click(Point)
    /// The mouse wheel over a screen position: move in that pane.
    case scroll(Point, by: Int)
    /// `u`: take back the latest change still in effect; Ctrl-R: put it back.
    case undo
    case redo
    /// Another process saved the ledger (or a save merged its changes): show this one,
    /// keeping the selection and focus.
    case ledgerChanged(Ledger)
    /// `R`: write the progress report beside the ledger.
    case writeReport
    /// A message for the status line from the runtime (where a report went, what failed).
    case notify(String)
    case toggleHelp
    case quit
    case redraw
    case resize(width: Int, height: Int)
    /// The ledger was written as this generation.
    case saved(generation: Int)
    /// Writing the ledger failed; the change stays in memory.
    case saveFailed(String)
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
    case deleteToStart
}

/// Work for the runtime, returned by update as data so update itself stays pure.
public enum Effect: Equatable, Sendable {
    case save
    case quit
    /// Repaint everything (Ctrl-L), not just what changed.
    case repaint
    case writeReport
}
