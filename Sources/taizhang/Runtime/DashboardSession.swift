import TaizhangApp
import TaizhangDashboard
import TaizhangModel
import TaizhangScreen
import TaizhangStore
import TaizhangTerminal

/// Wiring only: takes over the terminal, runs the dashboard's loop on it, and gives the
/// terminal back on every way out before anything else is printed: quit, a quit signal and
/// a thrown error through `stop` (the error is printed after it), a crash through the
/// terminal's crash guard.
enum DashboardSession {
    /// Runs until the user quits; returns the exit status (128 + signal when killed). When
    /// the user picks another plan of the home, `openPlan` gives its state and store (or a
    /// message why not) and the loop goes on there, on the same terminal. The store in use
    /// at the end is closed.
    static func run(
        _ state: DashboardState, store: any LedgerStoring, theme: Theme, mouse: Bool, environment: [String: String],
        readHome: (@Sendable (DayDate) -> HomeContents?)? = nil,
        openPlan: (String, DashboardState) -> Result<(DashboardState, any LedgerStoring), PlanSwitchFailure> = { _, _ in .failure(PlanSwitchFailure(message: "")) }
    ) throws -> Int32 {
        var state = state
        var store = store
        defer { store.close() }
        SignalWatch.install()
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start(theme: theme, mouse: mouse)
        } catch {
            throw CommandError(error.description)
        }
        defer { terminal.stop() }
        while true {
            var app = DashboardApp(state: state, store: store, terminal: DebugCrash.port(terminal, environment: environment), now: Stamp.clock(environment: environment))
            app.readHome = readHome
            app.returnsDesk = FormsReturnsDesk(environment: environment)
            let exit = app.run()
            state = app.state
            store = app.store
            if DebugCrash(environment: environment) == .throw { throw CommandError(DebugCrash.thrownMessage) }
            guard case .openPlan(let name) = exit else { return exit.status }
            switch openPlan(name, state) {
            case .success(let (newState, newStore)):
                store.close()
                state = newState
                store = newStore
            case .failure(let failure):
                state.show(message: failure.message)
            }
        }
    }
}

/// Why the plan picked could not be opened; the dashboard stays on its plan and says so.
struct PlanSwitchFailure: Error {
    var message: String
}
