/// What the run loop needs of a terminal, and all it may do with one: ask its size, read a
/// key, paint a frame, force a full repaint, and learn that a signal asked it to quit. The
/// ncurses terminal implements it for the program; a fake implements it for the tests of
/// the loop, which then run without a terminal, a pty or tmux.
///
/// It lives beside `Screen` and `Key` because it is made of them: the terminal module
/// conforms to it without knowing the loop, and the loop drives it without knowing ncurses.
/// A terminal is process-global and not thread-safe, so a port is used from one thread only.
public protocol TerminalPort: AnyObject {
    /// The size now, in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Whether the terminal can draw box lines; when not, the dashboard draws ASCII borders.
    var canDrawLines: Bool { get }
    /// A key within `timeoutMilliseconds` (negative: wait for ever), or nil: on timeout, when
    /// a signal interrupted the wait, and for input that names no key (read whole, dropped).
    func readKey(timeoutMilliseconds: Int32) -> Key?
    /// Shows the frame; only what differs from the last one needs to reach the terminal.
    func draw(_ screen: Screen)
    /// Makes the next `draw` send every cell again (Ctrl-L).
    func invalidate()
    /// The number of a quit signal (SIGINT, SIGTERM, SIGHUP) received, or nil: the loop then
    /// ends through its normal path, so the terminal is given back.
    var quitSignal: Int32? { get }
}
