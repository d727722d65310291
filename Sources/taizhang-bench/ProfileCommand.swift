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
        case decode, index, encode, render, move, tab, search, filter, toggle
    }

    @Option(help: ArgumentHelp("The ledger.", valueName: "path")) var ledger: String
    @Option(help: "decode, index, encode, render, move, tab, search, filter or toggle.") var step: Step
    @Option(help: "How many times.") var count: Int = 10

    func run() throws {
        guard let bytes = try LedgerFile.readBytes(ledger) else { throw BenchError("no ledger at \(ledger)") }
        let opened = try LedgerDecoding.ledger(from: bytes, path: ledger)
        var state = DashboardState(ledger: opened, ledgerPath: ledger, width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today)
        let now = { Stamp(at: "2026-01-05T10:00:00+08:00", by: "bench") }
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
            Self.profiledWork(step, round: round, bytes: bytes, ledger: opened, state: &state, now: now)
        }
        print("profiled \(count) × \(step.rawValue) on \(opened.plan.tasks.count) tasks")
    }

    @inline(never)
    static func profiledWork(_ step: Step, round: Int, bytes: [UInt8], ledger: Ledger, state: inout DashboardState, now: () -> Stamp) {
        func key(_ action: Action) {
            _ = Dashboard.update(&state, action, now: now)
            keep(Renderer.render(state))
        }
        switch step {
        case .decode: keep(try? LedgerDecoding.ledger(from: bytes, path: "profile"))
        case .index: keep(DashboardState(ledger: ledger, ledgerPath: "profile", width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today))
        case .encode: keep(LedgerEncoding.bytes(ledger))
        case .render: keep(Renderer.render(state))
        case .move: key(.move(round % 2 == 0 ? 1 : -1))
        case .tab: key(.focusNext)
        case .search: key(.searchInput(KeyBenchmarks.searchCharacter))
        case .filter: key(.activate)
        case .toggle: key(.toggleDone)
        }
    }
}
