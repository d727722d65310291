import TaizhangScreen
import TaizhangModel

/// Which part of the plan the tasks pane shows.
public enum Scope: Hashable, Sendable {
    case all
    case area(Int)
    case section(area: Int, section: Int)
}

/// A row of the work-areas pane.
public struct NavigatorRow: Hashable, Sendable {
    public var scope: Scope
    public var done: Int
    public var total: Int
    public var overdue: Int = 0
    /// Its tasks' lights (shown as `R2 Y5`) and how many are behind.
    public var oversight = OversightCounts()
}

/// Which unit the tasks pane is narrowed to.
public enum UnitFilter: Hashable, Sendable {
    case unit(String)
    /// Tasks that name no unit at all.
    case unassigned
}

/// A row of the tasks pane: a heading that groups tasks, or a task (its index in the plan).
public enum TaskRow: Hashable, Sendable {
    case heading(Scope)
    case task(Int)

    public var taskIndex: Int? {
        if case .task(let index) = self { return index }
        return nil
    }
}
