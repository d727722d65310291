/// A key press or terminal event, already decoded from the terminal's codes so the
/// key-to-action tables can be tested without a terminal.
public enum Key: Hashable, Sendable {
    /// Printable text, Chinese from an input method included.
    case char(Character)
    /// Control plus a letter, given as the lower-case letter (`ctrl("r")` is Ctrl-R).
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace, delete
    /// The terminal changed size; the new size in columns and rows.
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}

/// A mouse event in screen coordinates (0-based column and row).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var column: Int
    public var row: Int

    public init(kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}
