import TaizhangModel

/// The filters on where tasks stand: one status, overdue only, one light. `0` clears them
/// all; a digit that turns out to begin a task number puts them back as they were.
struct StatusFilters: Equatable, Sendable {
    var status: TaskStatus?
    var overdueOnly = false
    var light: Light?

    static let none = StatusFilters()
}

extension DashboardState {
    var statusFilters: StatusFilters {
        get { StatusFilters(status: statusFilter, overdueOnly: overdueOnly, light: lightFilter) }
        set {
            statusFilter = newValue.status
            overdueOnly = newValue.overdueOnly
            lightFilter = newValue.light
        }
    }

    /// The status a digit filters by in the task list: 1 to do, 2 in progress, 3 done,
    /// 4 reported (waiting for sign-off), 5 returned; 0 clears every status filter.
    static func statusForDigit(_ digit: Int) -> StatusFilters? {
        switch digit {
        case 0: StatusFilters.none
        case 1: StatusFilters(status: .todo)
        case 2: StatusFilters(status: .doing)
        case 3: StatusFilters(status: .done)
        case 4: StatusFilters(status: .reported)
        case 5: StatusFilters(status: .returned)
        default: nil
        }
    }
}

extension Light {
    /// The next light filter `L` chooses: red, yellow, green, then none.
    static func nextFilter(after light: Light?) -> Light? {
        switch light {
        case nil: .red
        case .red?: .yellow
        case .yellow?: .green
        case .green?: nil
        }
    }
}
