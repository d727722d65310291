import TaizhangScreen

/// The four panes, in the order Tab visits them.
public enum Pane: Int, CaseIterable, Sendable {
    case areas
    case tasks
    case detail
    case workload

    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }
}
