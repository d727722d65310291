import TaizhangScreen
import TaizhangImport
import TaizhangStore
import TaizhangDashboard
import TaizhangModel

/// One key in the dashboard, as the runtime handles it: `Dashboard.update` and then
/// `Renderer.render` into a fresh Screen (what `CursesTerminal.draw` is handed), reusing the
/// last frame's unchanged panes as the dashboard does. Keys are
/// timed in pairs that undo each other (down/up, apply/clear) so every sample starts from
/// the same state and the figure does not drift with the cursor's position.
struct KeyBenchmarks {
    static let width = 120
    /// A fixed day, so overdue counts (and the work they cost) are the same in every run.
    static let today = DayDate("2022-06-17")!
    static let height = 40
    /// The search character: 公 occurs in most task texts (政务公开), the worst first key.
    static let searchCharacter: Character = "公"

    var stopwatch: Stopwatch

    private static func now() -> Stamp { Stamp(at: "2026-01-05T10:00:00+08:00", by: "bench") }

    private static func key(_ state: inout DashboardState, _ action: Action, memo: inout RenderMemo) {
        _ = Dashboard.update(&state, action, now: now)
        keep(Renderer.render(state, memo: &memo))
    }

    private static func quiet(_ state: inout DashboardState, _ action: Action) {
        _ = Dashboard.update(&state, action, now: now)
    }

    func run(_ ledger: Ledger) -> [Samples] {
        var state = DashboardState(ledger: ledger, ledgerPath: "~/bench.json", width: Self.width, height: Self.height, today: KeyBenchmarks.today)
        var results: [Samples] = []
        results.append(stopwatch.measure("render only (no change)") { keep(Renderer.render(state)) })
        var memo = RenderMemo()

        var direction = 1
        results.append(stopwatch.measure("move selection (j / k)", setUp: { direction = -direction }) {
            Self.key(&state, .move(direction), memo: &memo)
        })
        results.append(stopwatch.measure("page down / up", setUp: { direction = -direction }) {
            Self.key(&state, .page(direction), memo: &memo)
        })
        results.append(stopwatch.measure("switch pane (Tab)") { Self.key(&state, .focusNext, memo: &memo) })
        Self.quiet(&state, .focus(.tasks))
        results.append(stopwatch.measure("toggle done (Space), without the save") { Self.key(&state, .toggleDone, memo: &memo) })

        // Enter on the heaviest unit (the workload's first row) filters the tasks by it.
        results.append(stopwatch.measure("apply unit filter (Enter, heaviest unit)", setUp: {
            if state.unitFilter != nil { Self.quiet(&state, .clearFilters) }
            Self.quiet(&state, .focus(.workload))
        }) { Self.key(&state, .activate, memo: &memo) })
        results.append(stopwatch.measure("clear unit filter (Esc)", setUp: {
            if state.unitFilter == nil {
                Self.quiet(&state, .focus(.workload))
                Self.quiet(&state, .activate)
            }
        }) { Self.key(&state, .clearFilters, memo: &memo) })
        if state.unitFilter != nil { Self.quiet(&state, .clearFilters) }

        results.append(stopwatch.measure("search: type first character", setUp: {
            Self.quiet(&state, .searchCancel)
            Self.quiet(&state, .beginSearch)
        }) { Self.key(&state, .searchInput(Self.searchCharacter), memo: &memo) })
        results.append(stopwatch.measure("search: type second character", setUp: {
            Self.quiet(&state, .searchCancel)
            Self.quiet(&state, .beginSearch)
            Self.quiet(&state, .searchInput(Self.searchCharacter))
        }) { Self.key(&state, .searchInput("开"), memo: &memo) })
        Self.quiet(&state, .searchCancel)
        return results
    }

    /// The first search character after opening: it builds the search index (`SearchIndex`),
    /// which opening leaves for the first search.
    func firstSearch(_ ledger: Ledger, heavy: Stopwatch) -> Samples {
        var state = DashboardState(ledger: ledger, ledgerPath: "~/bench.json", width: Self.width, height: Self.height, today: KeyBenchmarks.today)
        var memo = RenderMemo()
        return heavy.measure("search: first character after opening (builds the index)", setUp: {
            state = DashboardState(ledger: ledger, ledgerPath: "~/bench.json", width: Self.width, height: Self.height, today: KeyBenchmarks.today)
            memo = RenderMemo()
            _ = Renderer.render(state, memo: &memo)
            Self.quiet(&state, .beginSearch)
        }) { Self.key(&state, .searchInput(Self.searchCharacter), memo: &memo) }
    }

    /// The unit workload: recounted from scratch (what a full rebuild costs), and kept up to
    /// date for one status change (what the dashboard does on Space).
    func workload(_ ledger: Ledger, heavy: Stopwatch) -> [Samples] {
        let today = DayDate(year: 2023, month: 6, day: 30) ?? DayDate.current()
        var results = [heavy.measure("workload: recount all tasks") {
            keep(Workload(ledger: ledger, today: today))
        }]
        var workload = Workload(ledger: ledger, today: today)
        let task = ledger.plan.tasks[ledger.plan.tasks.count / 2]
        var finished = task
        finished.status = .done
        var done = false
        results.append(stopwatch.measure("workload: update for one status change") {
            workload.taskChanged(from: done ? finished : task, to: done ? task : finished)
            done.toggle()
        })
        keep(workload)
        return results
    }
}
