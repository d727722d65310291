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
    case beginSearch
    case searchInput(Character)
    case searchDeleteBackward
    case searchClear
    case searchCommit
    case searchCancel
    /// Esc: drop the unit filter and the search.
    case clearFilters
    /// A click at a screen position: focus the pane there and select the row.
    case click(Point)
    /// The mouse wheel over a screen position: move in that pane.
    case scroll(Point, by: Int)
    case toggleHelp
    case quit
    case redraw
    case resize(width: Int, height: Int)
    /// The ledger was written as this generation.
    case saved(generation: Int)
    /// Writing the ledger failed; the change stays in memory.
    case saveFailed(String)
}

/// Work for the runtime, returned by update as data so update itself stays pure.
public enum Effect: Equatable, Sendable {
    case save
    case quit
    /// Repaint everything (Ctrl-L), not just what changed.
    case repaint
}
