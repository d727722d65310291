import TaizhangScreen

/// The curses terminal is the program's `TerminalPort`: size, keys, drawing and repaint are
/// its own methods; a quit signal is whatever `SignalWatch` recorded.
extension CursesTerminal: TerminalPort {
    public var quitSignal: Int32? { SignalWatch.pending() }
}
