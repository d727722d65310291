/// What a cell means, not how it looks: the theme decides the look, so render tests stay
/// stable when colours change and every theme can be checked against every role.
public enum StyleRole: String, CaseIterable, Codable, Sendable {
    case normal
    case border
    case borderFocused
    case title
    case titleFocused
    /// The cursor row of the focused pane.
    case selected
    /// The remembered row of a pane without focus.
    case selectedInactive
    case heading
    case dim
    case todo
    case doing
    case done
    case barDone
    case barOpen
    case statusBar
    case statusKey
    case message
    case error
    case match
    case overdue
    case input
}
