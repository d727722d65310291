import TaizhangDashboard
import TaizhangModel
import TaizhangScreen
import TaizhangStore

/// The dashboard's one loop, the only place where the pure dashboard meets the world: it
/// reads a key from the terminal, turns it into an action (`KeyMap`), runs it through
/// `Dashboard.update`, carries out the effects that returns (save the ledger, write the
/// report, repaint, quit) and draws. Each effect's result (saved, not saved, merged with
/// another writer, report written or not) goes back through `update` as an action, and
/// the effects *that* returns are carried out too, so every rule about results lives in
/// the dashboard, where it is tested as a pure function.
///
/// Between keys it asks the store what happened (one `stat` for a file, a flag the server's
/// notification set for a database): another writer's save is shown, a lost connection makes
/// the dashboard read-only until the store has found the server again. It owns no terminal
/// and no file: the terminal comes in as a `TerminalPort`, the ledger through the store seam
/// (`LedgerStoring`) and the report through a `ReportDesk`, so the tests drive the whole loop
/// with a fake terminal and a fake disk.
public struct DashboardApp {
    public internal(set) var state: DashboardState
    public internal(set) var store: any LedgerStoring
    let terminal: any TerminalPort
    let reports: any ReportDesk
    let now: () -> Stamp
    /// Reads returned forms into a preview (`Effect.readReturns`); nil where the program
    /// offers no collecting (tests that do not need it).
    public var returnsDesk: (any ReturnsDesk)?
    /// Reads the plans home as it is now (`Effect.readHome`); nil for a ledger with no home,
    /// and in tests that keep the home as the state holds it.
    public var readHome: (@Sendable (DayDate) -> HomeContents?)?
    /// How long to wait for a key before looking at the ledger file again. A second is the
    /// most another writer's change may take to appear; a quarter keeps it well inside.
    public var pollMilliseconds: Int32 = 250
    /// How many quiet polls in a row (no key) before the ledger file is brought up to date
    /// with the changes saved to its journal's tail: two seconds of rest, so the rewrite of
    /// a large ledger never stands between two keys of someone typing.
    public var restPolls = 8
    /// Quiet polls since the last key.
    var quietPolls = 0
    /// The panes of the last frame, reused by the next where their inputs did not change.
    var renderMemo = RenderMemo()

    /// How the loop ended.
    public enum Exit: Equatable, Sendable {
        /// The user quit.
        case quit
        /// A quit signal arrived (SIGINT, SIGTERM, SIGHUP).
        case signal(Int32)
        /// The user chose another plan of the home (`P`): the caller opens it.
        case openPlan(String)

        /// The program's exit status: 0, or 128 + the signal as shells report it.
        public var status: Int32 {
            switch self {
            case .quit, .openPlan: 0
            case .signal(let number): 128 + number
            }
        }
    }

    public init(
        state: DashboardState, store: any LedgerStoring, terminal: any TerminalPort,
        reports: (any ReportDesk)? = nil, now: @escaping () -> Stamp = Stamp.clock()
    ) {
        self.state = state
        self.store = store
        self.terminal = terminal
        // Beside a ledger file; for a database ledger, in the folder the dashboard started in.
        let desk = reports ?? ReportBesideLedger(ledgerPath: (store as? FileStore)?.store.path ?? "./")
        self.reports = desk
        self.now = now
        self.state.reportFormats = desk.formats
    }

    /// A loop on the JSON file store.
    public init(
        state: DashboardState, store: LedgerStore, terminal: any TerminalPort,
        reports: (any ReportDesk)? = nil, now: @escaping () -> Stamp = Stamp.clock()
    ) {
        self.init(state: state, store: FileStore(store), terminal: terminal, reports: reports, now: now)
    }

    /// Runs until the user quits or a quit signal arrives. The caller gives the terminal
    /// back afterwards (and on every other way out).
    public mutating func run() -> Exit {
        if !terminal.canDrawLines { state.glyphs = .ascii }
        let size = terminal.size
        _ = dispatch(.resize(width: size.width, height: size.height))
        draw()
        // A large plan's search index is made on a second thread while the first frame is
        // read; it is taken at the next key or quiet poll after it is done.
        var preparing = state.searchToPrepare.flatMap { job in Parallel.start { job.make() } }
        while true {
            if let signal = terminal.quitSignal { return leaving(.signal(signal)) }
            if let prepared = preparing?.result {
                preparing = nil
                _ = dispatch(.searchPrepared(prepared))
            }
            guard let key = terminal.readKey(timeoutMilliseconds: pollMilliseconds) else {
                let news = storeNews()
                for change in news where dispatch(change) { return leaving(planChosen.map(Exit.openPlan) ?? .quit) }
                if !news.isEmpty { draw() }
                quietPolls += 1
                if quietPolls >= restPolls, store.tailPending {
                    // Once per rest: a checkpoint that fails is tried again after the next.
                    quietPolls = 0
                    if let result = checkpoint() {
                        if dispatch(result) { return leaving(planChosen.map(Exit.openPlan) ?? .quit) }
                        draw()
                    }
                }
                continue
            }
            quietPolls = 0
            guard let action = KeyMap.action(for: key, in: state) else { continue }
            if dispatch(action) { return leaving(planChosen.map(Exit.openPlan) ?? .quit) }
            draw()
        }
    }

    /// On the way out, the ledger file is brought up to date with the journal's tail. When
    /// that fails the changes are still kept (the tail is on disk, flushed): the next reader
    /// makes them again.
    private mutating func leaving(_ exit: Exit) -> Exit {
        if store.tailPending { _ = try? store.checkpoint() }
        return exit
    }

    /// The most results one key may lead to before the loop stops following them. Today a
    /// key leads to at most three (a save, a merge, a quit); the bound only keeps a future
    /// rule that answers a result with the same effect from spinning for ever.
    static let resultLimit = 16

    /// The plan the user chose to open instead, when the loop ends for that.
    var planChosen: String?

    /// Runs `action` through `update` and carries out the effects it returns; the result of
    /// each goes through `update` in turn, and so on. True when the dashboard is to quit.
    mutating func dispatch(_ action: Action) -> Bool {
        var pending = [action]
        var results = 0
        while !pending.isEmpty, results <= Self.resultLimit {
            let next = pending.removeFirst()
            var seen: [Effect] = []
            for effect in Dashboard.update(&state, next, now: now) where !seen.contains(effect) {
                seen.append(effect)
                switch effect {
                case .quit:
                    return true
                case .openPlan(let name):
                    planChosen = name
                    return true
                case .repaint:
                    terminal.invalidate()
                case .save:
                    // Show the change first, then save: the key answers at once even when
                    // the ledger is large, and a failed save is drawn right after.
                    draw()
                    pending.append(save())
                    results += 1
                case .writeReport(let format):
                    draw()
                    pending.append(writeReport(format: format))
                    results += 1
                case .readHome:
                    if let contents = readHome?(state.today) {
                        pending.append(.homeRead(contents))
                        results += 1
                    }
                case .readReturns(let path):
                    draw()
                    pending.append(readReturns(path))
                    results += 1
                }
            }
        }
        return false
    }

    private mutating func draw() {
        terminal.draw(Renderer.render(state, memo: &renderMemo))
    }
}
