/// A terminal colour: the terminal's own default, or an index in the 256-colour palette
/// (0–7 the basic colours, 8–15 their bright forms).
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case index(Int)
}

/// How one role looks. Attributes carry meaning on their own so that a monochrome terminal
/// still shows selection and focus.
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(
        foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
        bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = Style()
}

/// A named mapping from roles to styles; roles a theme leaves out look `normal`.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public func style(for role: StyleRole) -> Style {
        styles[role] ?? styles[.normal] ?? .plain
    }
}
