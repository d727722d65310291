/// Where a task stands. Three states only: a coordinator chases what is not started, what is
/// under way and what is finished; anything finer belongs in notes.
public enum TaskStatus: String, CaseIterable, Sendable, Codable {
    case todo
    case doing
    case done

    /// The order `s` steps through: todo → doing → done → todo.
    public var next: TaskStatus {
        switch self {
        case .todo: .doing
        case .doing: .done
        case .done: .todo
        }
    }

    /// A mark that reads without colour.
    public var mark: String {
        switch self {
        case .todo: "[ ]"
        case .doing: "[~]"
        case .done: "[x]"
        }
    }
}
