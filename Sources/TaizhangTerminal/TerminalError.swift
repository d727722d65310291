import TaizhangScreen

/// Why the terminal could not be taken over. Each case is a situation the user can fix, so the
/// message says what to do rather than what ncurses returned.
public enum TerminalError: Error, CustomStringConvertible {
    /// The locale's character set is not UTF-8, so Chinese would print as garbage.
    case localeNotUTF8(codeset: String)
    /// Standard output is a pipe or file: there is no screen to draw on.
    case outputNotATerminal
    /// Standard input is a pipe or file: there is no keyboard to read.
    case inputNotATerminal
    /// TERM is not set or is empty, so the terminal's capabilities are unknown.
    case termNotSet
    /// TERM is "dumb": the terminal cannot move the cursor.
    case dumbTerminal
    /// ncurses could not set up the terminal TERM names (usually no terminfo entry for it).
    case cannotOpenTerminal(term: String)

    public var description: String {
        switch self {
        case .localeNotUTF8(let codeset):
            return "the locale's character set is \(codeset), not UTF-8: set LANG=C.UTF-8 or LANG=zh_CN.UTF-8 (and make sure that locale is installed)"
        case .outputNotATerminal:
            return "standard output is not a terminal: run taizhang directly in a terminal, not through a pipe or redirect"
        case .inputNotATerminal:
            return "standard input is not a terminal: run taizhang directly in a terminal, not with input from a pipe or file"
        case .termNotSet:
            return "TERM is not set (or is empty): set it to your terminal type, e.g. TERM=xterm-256color"
        case .dumbTerminal:
            return "TERM is \"dumb\", which cannot draw a full-screen dashboard: set TERM to your terminal type, e.g. TERM=xterm-256color"
        case .cannotOpenTerminal(let term):
            return "cannot open terminal type \"\(term)\" (no terminfo entry?): set TERM to a known type, e.g. TERM=xterm-256color"
        }
    }
}
