/// The bytes a terminal sends for a mouse button when the program asked for mouse reports,
/// in the two encodings ncurses reads: SGR (`ESC [ < b ; x ; y M`, terminfo `kmous=\E[<`, as
/// for xterm-256color) and X10 (`ESC [ M` and three bytes of 32 + value, `kmous=\E[M`, as for
/// tmux-256color). Columns and rows are counted from 0 here, as the screen captures are; the
/// reports count from 1.
enum MouseReport: String, Sendable, CaseIterable {
    case sgr
    case x10

    /// A left-button press followed by its release at (`column`, `row`).
    func click(column: Int, row: Int) -> [UInt8] {
        switch self {
        case .sgr:
            return Array("\u{1B}[<0;\(column + 1);\(row + 1)M".utf8) + Array("\u{1B}[<0;\(column + 1);\(row + 1)m".utf8)
        case .x10:
            // Button 0 pressed, then 3 (released); X10 cannot say which button was released.
            return [0x1B, 0x5B, 0x4D, 32, UInt8(32 + column + 1), UInt8(32 + row + 1),
                    0x1B, 0x5B, 0x4D, 35, UInt8(32 + column + 1), UInt8(32 + row + 1)]
        }
    }

    /// Only a press, as a terminal sends it the moment the button goes down.
    func press(column: Int, row: Int) -> [UInt8] {
        Array(click(column: column, row: row).prefix(self == .sgr ? "\u{1B}[<0;\(column + 1);\(row + 1)M".utf8.count : 6))
    }
}
