import TaizhangScreen
import CNCursesW
import Glibc

/// The real terminal, driven through ncursesw: the only place the program touches it.
///
/// ncurses is process-global and not thread-safe, so this class is deliberately not
/// `Sendable`: create it, draw, read keys and stop it on the main thread only.
public final class CursesTerminal {
    /// The ncurses screen from `newterm`; nil once stopped.
    private var screen: OpaquePointer?
    /// The standard window, cached so no call reaches for the C global.
    let window: UnsafeMutablePointer<WINDOW>
    /// Colour pair and attributes for each role, computed once at start.
    let looks: [StyleRole: CellLook]
    /// Whether the cursor is currently shown, so `draw` calls `curs_set` only on a change.
    var cursorVisible = false
    /// The frame last painted, so the next one paints only the rows that differ.
    var lastScreen: Screen?
    /// A resize or mouse event read while finishing an escape sequence, for the next read.
    var heldKey: Key?

    /// Colours the terminal can show (`COLORS`), 0 when it has no colour support.
    public let colorCount: Int

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, colorCount: Int, looks: [StyleRole: CellLook]) {
        self.screen = screen
        self.window = window
        self.colorCount = colorCount
        self.looks = looks
    }

    deinit { stop() }

    /// Checks what the dashboard needs before anything else happens (the caller runs this
    /// before it creates or opens a ledger): a UTF-8 locale, a terminal on both ends, and a
    /// usable TERM. Returns TERM.
    @discardableResult
    public static func checkEnvironment() throws(TerminalError) -> String {
        // Only the character type comes from the environment: it is all ncurses and the
        // codeset check need. The other categories stay "C", as in every other command, so
        // nothing the dashboard writes (numbers, messages) changes with LC_NUMERIC or
        // LC_MESSAGES, and a start does not load eleven locale files it never reads.
        setlocale(LC_CTYPE, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        let normalized = codeset.uppercased().filter { $0 != "-" && $0 != "_" }
        guard normalized == "UTF8" else {
            throw .localeNotUTF8(codeset: codeset.isEmpty ? "unknown" : codeset)
        }
        guard isatty(STDOUT_FILENO) == 1 else { throw .outputNotATerminal }
        guard isatty(STDIN_FILENO) == 1 else { throw .inputNotATerminal }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
            throw .termNotSet
        }
        guard term != "dumb" else { throw .dumbTerminal }
        return term
    }

    /// Takes over the terminal: checks the locale and TERM first so every failure is a clear
    /// message instead of garbled output or ncurses calling `exit()`.
    public static func start(theme: Theme, mouse: Bool) throws(TerminalError) -> CursesTerminal {
        let term = try checkEnvironment()
        // The modes the shell had, for a crash to put back without ncurses.
        var shellModes = termios()
        let haveShellModes = tcgetattr(STDIN_FILENO, &shellModes) == 0

        // newterm, never initscr: initscr prints its own message and exit()s on failure.
        guard let screen = tz_newterm(term) else { throw .cannotOpenTerminal(term: term) }
        set_term(screen)
        let window = tz_stdscr()!
        // ncurses 6.4 flushes its output at every cursor move until the screen has been
        // left once (`_nc_mvcur` while `_endwin` is still "initial"), so each row of every
        // frame became a write of its own: ~70 writes for the first frame, each waking the
        // terminal, and a frame that arrives in strips. Leaving at once, before any mode is
        // set or anything drawn, puts the screen in the state the first refresh resumes
        // from; from then on a frame goes out in buffer-sized writes.
        endwin()

        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        // Escape alone would otherwise wait a full second for a sequence that never comes.
        set_escdelay(25)
        curs_set(0)

        var colorCount = 0
        var defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            colorCount = Int(tz_colors())
        }
        let looks = makeLooks(
            theme: theme.adapted(toColorCount: colorCount),
            colorCount: colorCount, defaultColors: defaultColors)
        if let normal = looks[.normal], normal.pair != 0 {
            // Areas the frame does not cover (a smaller Screen) get the normal background.
            wbkgdset(window, chtype(COLOR_PAIR(Int32(normal.pair))) | chtype(UInt8(ascii: " ")))
        }

        if mouse {
            let mask = tz_button1_pressed() | tz_button1_clicked() | tz_button4_pressed() | tz_button5_pressed()
            mousemask(mask, nil)
            // Report a press at once instead of waiting to see whether it becomes a click.
            mouseinterval(0)
        }
        CrashGuard.arm(reset: TerminalReset.sequence(mouse: mouse), shellModes: haveShellModes ? shellModes : nil)
        return CursesTerminal(screen: screen, window: window, colorCount: colorCount, looks: looks)
    }

    /// Whether the terminal can draw box lines; when it cannot, the dashboard draws its
    /// borders in ASCII.
    public var canDrawLines: Bool { tz_has_line_drawing() != 0 }

    /// The terminal's size now, in columns and rows.
    public var size: (width: Int, height: Int) {
        (Int(tz_max_x(window)), Int(tz_max_y(window)))
    }

    /// Gives the terminal back: normal screen, cursor shown, echo and line mode restored,
    /// mouse reporting off; then prints what standard error received meanwhile. Safe to
    /// call more than once and from every exit path; a crash goes through `CrashGuard`.
    public func stop() {
        guard let screen else { return }
        self.screen = nil
        mousemask(0, nil)
        // Terminals without an alternate screen (linux, vt100) would keep the last frame
        // under the shell's prompt: leave them blank instead.
        werase(window)
        wrefresh(window)
        curs_set(1)
        endwin()
        delscreen(screen)
        fflush(nil)
        // Only now, with the terminal back, what the program printed to standard error.
        CrashGuard.disarm()
    }
}
