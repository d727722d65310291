/// Where a task stands, as an office runs it (督查督办): to do, in progress, reported done by
/// a unit (申请办结) and waiting for the coordinator, sent back with a reason (退回), and
/// signed off (销号). Only a signed-off task is done: a unit saying so is not the office
/// accepting it. Ledgers from before sign-off read their `done` as signed off.
public enum TaskStatus: String, CaseIterable, Sendable, Codable {
    case todo
    case doing
    /// A unit (or the coordinator for it) reported the task done: waiting for sign-off.
    case reported
    /// The coordinator sent a report back, with a reason: work goes on.
    case returned
    /// Signed off (销号): the only status that counts as done.
    case done

    /// The order `s` steps through, the coordinator's quick path: todo → doing → done → todo;
    /// a reported task steps to signed off, a returned one back to under way.
    public var next: TaskStatus {
        switch self {
        case .todo: .doing
        case .doing: .done
        case .reported: .done
        case .returned: .doing
        case .done: .todo
        }
    }

    /// Not signed off yet.
    public var isOpen: Bool { self != .done }

    /// Started and not signed off: in progress, reported, or sent back.
    public var isUnderWay: Bool { self == .doing || self == .reported || self == .returned }

    /// A mark that reads without colour.
    public var mark: String {
        switch self {
        case .todo: "[ ]"
        case .doing: "[~]"
        case .reported: "[?]"
        case .returned: "[<]"
        case .done: "[x]"
        }
    }
}
