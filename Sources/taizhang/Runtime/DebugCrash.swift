import TaizhangScreen

/// A hidden switch for the tests of the crash path: `TAIZHANG_DEBUG_CRASH=trap` makes the
/// dashboard trap (a Swift `fatalError`) right after its first frame, `=throw` makes it end
/// with a thrown error; either way the terminal must be given back before the message is
/// printed. Unset (as always outside those tests) it changes nothing.
enum DebugCrash: String {
    case trap
    case `throw`

    static let variable = "TAIZHANG_DEBUG_CRASH"

    /// What the thrown error says.
    static let thrownMessage = "\(variable)=throw: a deliberate error after the first frame"

    init?(environment: [String: String]) {
        guard let value = environment[Self.variable], let mode = DebugCrash(rawValue: value) else { return nil }
        self = mode
    }

    /// The port the loop drives: the terminal itself, or one that crashes after a frame.
    static func port(_ terminal: any TerminalPort, environment: [String: String]) -> any TerminalPort {
        guard let mode = DebugCrash(environment: environment) else { return terminal }
        return AfterFirstFrame(terminal, mode: mode)
    }

    /// Passes everything through to the real terminal; after the first frame it traps, or
    /// asks the loop to quit so that the caller can throw.
    final class AfterFirstFrame: TerminalPort {
        let terminal: any TerminalPort
        let mode: DebugCrash
        private var drawn = false

        init(_ terminal: any TerminalPort, mode: DebugCrash) {
            self.terminal = terminal
            self.mode = mode
        }

        var size: (width: Int, height: Int) { terminal.size }
        var canDrawLines: Bool { terminal.canDrawLines }
        var quitSignal: Int32? { terminal.quitSignal }
        func invalidate() { terminal.invalidate() }

        func draw(_ screen: Screen) {
            terminal.draw(screen)
            drawn = true
        }

        func readKey(timeoutMilliseconds: Int32) -> Key? {
            guard drawn else { return terminal.readKey(timeoutMilliseconds: timeoutMilliseconds) }
            switch mode {
            case .trap: fatalError("\(DebugCrash.variable)=trap: a deliberate crash after the first frame")
            case .throw: return .ctrl("c")  // quit, for the caller to throw
            }
        }
    }
}
