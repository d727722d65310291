import TaizhangScreen
import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangDashboard
import TaizhangModel

/// `taizhang-bench profile`: one step repeated, for valgrind. Timings on a shared machine
/// wander; instruction counts do not. Everything measured runs inside `profiledWork`, so
/// `valgrind --tool=callgrind --toggle-collect='*profiledWork*'` counts that alone:
///
///     valgrind --tool=callgrind --toggle-collect='*profiledWork*' \
///         .build/release/taizhang-bench profile --ledger L --step search --count 10
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile", abstract: "Repeat one step for callgrind (see BENCHMARKS.md).")

    enum Step: String, ExpressibleByArgument, CaseIterable {
        case open, decode, index, encode, render, move, tab, search, filter, toggle, save
    }

    @Option(help: ArgumentHelp("The ledger.", valueName: "path")) var ledger: String
    @Option(help: "open (the store's read, the dashboard's state and first frame, as the dashboard opens: for heaptrack), decode, index, encode, render, move, tab, search, filter, toggle or save (Space and the dashboard's save, on a copy of the ledger beside it).") var step: Step
    @Option(help: "How many times.") var count: Int = 10

    func run() throws {
        if step == .save { return try profileSaves() }
        if step == .open { return try profileOpens() }
        guard let bytes = try LedgerFile.readBytes(ledger) else { throw BenchError("no ledger at \(ledger)") }
        // With its journal: every ledger saved once keeps its history there (schema 5).
        let opened = try LedgerFile.decode(bytes, path: ledger).ledger
        var state = DashboardState(ledger: opened, ledgerPath: ledger, width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today)
        let now = { Stamp(at: "2026-01-05T10:00:00+08:00", by: "bench") }
        var memo = RenderMemo()
        for round in 0..<count {
            // Untimed preparation, so each step starts from the same state.
            switch step {
            case .search:
                _ = Dashboard.update(&state, .searchCancel, now: now)
                _ = Dashboard.update(&state, .beginSearch, now: now)
            case .filter:
                if state.unitFilter != nil { _ = Dashboard.update(&state, .clearFilters, now: now) }
                _ = Dashboard.update(&state, .focus(.workload), now: now)
            default: break
            }
            Self.profiledWork(step, round: round, bytes: bytes, ledger: opened, state: &state, memo: &memo, now: now)
        }
        print("profiled \(count) × \(step.rawValue) on \(opened.plan.tasks.count) tasks")
    }

    /// Opening as the dashboard does, `count` times: the store's read (in pieces from 1 MiB),
    /// the dashboard's state and its first frame. What `measure` reports as the peak after
    /// open + first frame, alone, so that heaptrack's peak is that one.
    private func profileOpens() throws {
        for _ in 0..<count {
            var store = LedgerStore(path: ledger)
            guard let opened = try store.loadForReading() else { throw BenchError("no ledger at \(ledger)") }
            Self.profiledOpen(opened)
        }
        print("profiled \(count) × open of \(ledger)")
    }

    @inline(never)
    static func profiledOpen(_ opened: Ledger) {
        let state = DashboardState(ledger: opened, ledgerPath: "profile", width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today)
        keep(Renderer.render(state))
    }

    /// Space on the selected task and the dashboard's save, `count` times, on a copy of the
    /// ledger (moved into its journal first, as its first save does).
    private func profileSaves() throws {
        let copy = ledger + ".profile-copy.json"
        guard let bytes = try LedgerFile.readBytes(ledger) else { throw BenchError("no ledger at \(ledger)") }
        try LedgerFile.save(try LedgerFile.decode(bytes, path: ledger).ledger, to: copy)
        var store = LedgerStore(path: copy)
        var opened = try store.load().ledger
        opened = try store.save(opened).ledger
        var state = DashboardState(ledger: opened, ledgerPath: copy, width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today)
        for round in 0..<count {
            let now = { Stamp(at: "2026-01-05T10:\(round / 60 % 60 < 10 ? "0" : "")\(round / 60 % 60):\(round % 60 < 10 ? "0" : "")\(round % 60)+08:00", by: "bench") }
            Self.profiledSave(&state, store: &store, now: now)
        }
        print("profiled \(count) × save on \(opened.plan.tasks.count) tasks; tail pending: \(store.tailPending)")
    }

    @inline(never)
    static func profiledSave(_ state: inout DashboardState, store: inout LedgerStore, now: () -> Stamp) {
        _ = Dashboard.update(&state, .toggleDone, now: now)
        do {
            let outcome = try store.save(state.ledger, pace: .whenIdle)
            _ = Dashboard.update(&state, .saved(generation: outcome.ledger.generation), now: now)
        } catch {
            preconditionFailure("\(error)")
        }
    }

    @inline(never)
    static func profiledWork(_ step: Step, round: Int, bytes: [UInt8], ledger: Ledger, state: inout DashboardState, memo: inout RenderMemo, now: () -> Stamp) {
        func key(_ action: Action) {
            _ = Dashboard.update(&state, action, now: now)
            keep(Renderer.render(state, memo: &memo))
        }
        switch step {
        // The file alone, as the store decodes it while another thread reads the journal.
        case .decode: keep(try? LedgerDecoding.decode(bytes, path: "profile"))
        case .index: keep(DashboardState(ledger: ledger, ledgerPath: "profile", width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today))
        case .encode: keep(LedgerEncoding.bytes(ledger))
        case .render: keep(Renderer.render(state))
        case .move: key(.move(round % 2 == 0 ? 1 : -1))
        case .tab: key(.focusNext)
        case .search: key(.searchInput(KeyBenchmarks.searchCharacter))
        case .filter: key(.activate)
        case .toggle: key(.toggleDone)
        case .save, .open: break
        }
    }
}
