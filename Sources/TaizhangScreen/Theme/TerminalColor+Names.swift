/// The colour words a theme file may use instead of palette numbers. The sixteen basic
/// colours keep their terminal meaning, so a theme written with names follows the user's own
/// terminal palette, while numbers 16–255 pin an exact xterm colour.
extension TerminalColor {
    /// Every accepted name, `default` first, then palette order 0–15.
    public static let names: [String] = ["default"] + basicNames + basicNames.map { "bright-" + $0 }

    private static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The colour a theme file's word stands for, or nil when the word is not a colour.
    public init?(name: String) {
        guard let position = Self.names.firstIndex(of: name) else { return nil }
        self = position == 0 ? .terminalDefault : .index(position - 1)
    }

    /// The word a theme file would use for this colour, or nil for palette colours 16–255
    /// (and out-of-range indexes), which are written as numbers.
    public var name: String? {
        switch self {
        case .terminalDefault: return "default"
        case .index(let index) where (0..<16).contains(index): return Self.names[index + 1]
        case .index: return nil
        }
    }
}
