import TaizhangApp
import TaizhangDashboard
import TaizhangScreen
import TaizhangStore
import TaizhangTerminal

/// Wiring only: takes over the terminal, runs the dashboard's loop on it, and gives the
/// terminal back on every way out before anything else is printed: quit, a quit signal and
/// a thrown error through `stop` (the error is printed after it), a crash through the
/// terminal's crash guard.
enum DashboardSession {
    /// Runs until the user quits; returns the exit status (128 + signal when killed).
    static func run(
        _ state: DashboardState, store: any LedgerStoring, theme: Theme, mouse: Bool, environment: [String: String]
    ) throws -> Int32 {
        SignalWatch.install()
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start(theme: theme, mouse: mouse)
        } catch {
            throw CommandError(error.description)
        }
        defer { terminal.stop() }
        var app = DashboardApp(state: state, store: store, terminal: DebugCrash.port(terminal, environment: environment))
        let exit = app.run()
        if DebugCrash(environment: environment) == .throw { throw CommandError(DebugCrash.thrownMessage) }
        return exit.status
    }
}
