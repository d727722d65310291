import TaizhangScreen

/// The characters that draw borders and marks. Box-drawing and block characters are East
/// Asian "ambiguous": terminals set to draw those wide would break every border, so an ASCII
/// set is always available (`--ascii`).
public struct Glyphs: Sendable, Equatable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var ellipsis: String
    public var cursor: Character
    public var barDone: Character
    public var barOpen: Character
    /// A cell of the bar done by one eighth, two eighths… seven eighths; empty when the
    /// terminal can only draw whole cells.
    public var barEighths: [Character]
    /// The unit pane's mark of a unit's return this period: returned, not yet, not and late.
    public var returned: Character = "✓"
    public var returnAwaited: Character = "·"
    public var returnMissing: Character = "!"

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        ellipsis: "…", cursor: ">", barDone: "█", barOpen: "░", barEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"])

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ellipsis: "~", cursor: ">", barDone: "#", barOpen: "-", barEighths: [],
        returned: "v", returnAwaited: ".", returnMissing: "!")
}
