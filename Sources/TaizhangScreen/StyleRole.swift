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
    /// Reported done by a unit, waiting for the coordinator's sign-off (申请办结).
    case reported
    /// Sent back by the coordinator with a reason (退回).
    case returned
    case done
    case barDone
    case barOpen
    case statusBar
    case statusKey
    case message
    case error
    case match
    case overdue
    /// The three lights' marks (G, Y, R), which read without colour; the colour adds to them.
    case lightGreen
    case lightYellow
    case lightRed
    case input
}
