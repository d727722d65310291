import TaizhangApp
import TaizhangDashboard
import TaizhangScreen
import TaizhangStore
import TaizhangTerminal

/// Wiring only: takes over the terminal, runs the dashboard's loop on it, and gives the
/// terminal back on every way out (quit, a quit signal, a thrown error; a crash through
/// `CrashGuard`) before anything else is printed.
enum DashboardSession {
    /// Runs until the user quits; returns the exit status (128 + signal when killed).
    static func run(_ state: DashboardState, store: LedgerStore, theme: Theme, mouse: Bool) throws -> Int32 {
        SignalWatch.install()
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start(theme: theme, mouse: mouse)
        } catch {
            throw CommandError(error.description)
        }
        defer { terminal.stop() }
        var app = DashboardApp(state: state, store: store, terminal: terminal)
        return app.run().status
    }
}
