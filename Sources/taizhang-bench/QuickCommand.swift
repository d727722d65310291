import TaizhangScreen
import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangDashboard
import TaizhangModel

#if canImport(Glibc)
import Glibc
#endif

/// `taizhang-bench quick`: the harness's CI mode. Small sizes and few samples; checks that
/// generation is deterministic and opens, that the synthetic text imports, that every
/// benchmarked key does what it claims, and that `run`'s child measurement works. It prints
/// the figures but judges none of them: CI machines are shared, timings are not verdicts.
struct QuickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quick", abstract: "Check the harness at small sizes (for CI); exits non-zero on failure.")

    @Option(help: ArgumentHelp("Scratch folder.", valueName: "path")) var dir: String = "/tmp/taizhang-bench-quick-\(getpid())"

    func run() throws {
        var checks = Checks()
        mkdir(dir, 0o700)
        defer { Self.removeFolder(dir) }
        for tasks in [57, 1_000] {
            checkGenerated(tasks: tasks, into: &checks)
        }
        checkKeys(into: &checks)
        do {
            let reports = try RunCommand.measure(sizes: [57, 300], seed: 7, dir: dir, repeat: 5, heavyRepeat: 2) { print($0.markdown) }
            checks.expect(reports.allSatisfy { $0.rows.count >= 15 }, "run measures every row at each size")
            checks.expect(reports.allSatisfy { $0.facts.contains { $0.name.hasPrefix("peak RSS") && $0.value > 0 } }, "run reports peak memory")
            print(Targets.markdown(reports))
        } catch {
            checks.expect(false, "run's child measurement: \(error)")
        }
        print("taizhang-bench quick: \(checks.passed) passed, \(checks.failed) failed")
        if checks.failed > 0 { throw ExitCode.failure }
    }

    private func checkGenerated(tasks: Int, into checks: inout Checks) {
        let units = Sizes.defaultUnits(forTasks: tasks)
        let ledger = LedgerGenerator(tasks: tasks, units: units, seed: 11).make()
        let again = LedgerGenerator(tasks: tasks, units: units, seed: 11).make()
        checks.expect(LedgerEncoding.bytes(ledger) == LedgerEncoding.bytes(again), "\(tasks) tasks: the same seed gives the same bytes")
        checks.expect(ledger.plan.tasks.count == tasks, "\(tasks) tasks: generated \(ledger.plan.tasks.count)")
        var named: Set<String> = []
        for task in ledger.plan.tasks { for unit in task.units { named.insert(unit.name) } }
        checks.expect(named.count > units / 2 && named.count <= units, "\(tasks) tasks: \(named.count) of \(units) units named")
        let statuses = Set(ledger.plan.tasks.map(\.status))
        checks.expect(statuses.count == 3, "\(tasks) tasks: all three statuses occur")
        checks.expect(ledger.history.count > tasks / 2, "\(tasks) tasks: \(ledger.history.count) history entries")
        let path = "\(dir)/generated-\(tasks).json"
        do {
            try LedgerFile.create(ledger, at: path)
            let read = try LedgerFile.read(path)
            checks.expect(read == ledger, "\(tasks) tasks: the file reads back as the same ledger")
        } catch {
            checks.expect(false, "\(tasks) tasks: save and read: \(error)")
        }
        let text = PlanTextWriter.text(of: ledger.plan, frontMatter: PlanTextWriter.seedFrontMatter())
        do {
            let imported = try PlanImporter.importText(text)
            checks.expect(imported.plan.tasks.count == tasks, "\(tasks) tasks: the synthetic plan text imports \(imported.plan.tasks.count) tasks")
        } catch {
            checks.expect(false, "\(tasks) tasks: the synthetic plan text does not import: \(error)")
        }
    }

    /// The benchmarked keys change what they should, so a figure is never for a no-op.
    private func checkKeys(into checks: inout Checks) {
        let ledger = LedgerGenerator(tasks: 1_000, units: 200, seed: 11).make()
        var state = DashboardState(ledger: ledger, ledgerPath: "bench", width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today)
        let now = { Stamp(at: "2026-01-05T10:00:00+08:00", by: "bench") }
        let start = state.selectedTaskIndex
        _ = Dashboard.update(&state, .move(1), now: now)
        checks.expect(state.selectedTaskIndex != start, "move changes the selection")
        _ = Dashboard.update(&state, .page(1), now: now)
        checks.expect(state.taskCursor > 1, "page moves by a page")
        let before = state.selectedTask?.status
        _ = Dashboard.update(&state, .toggleDone, now: now)
        checks.expect(state.selectedTask?.status != before, "Space toggles the status")
        _ = Dashboard.update(&state, .focus(.workload), now: now)
        _ = Dashboard.update(&state, .activate, now: now)
        checks.expect(state.unitFilter != nil && state.visibleTaskCount < 1_000, "Enter in the workload filters by a unit")
        _ = Dashboard.update(&state, .clearFilters, now: now)
        _ = Dashboard.update(&state, .beginSearch, now: now)
        _ = Dashboard.update(&state, .searchInput(KeyBenchmarks.searchCharacter), now: now)
        let afterOne = state.visibleTaskCount
        checks.expect(afterOne > 0 && afterOne <= 1_000, "search for \(KeyBenchmarks.searchCharacter) lists \(afterOne) tasks")
        _ = Dashboard.update(&state, .searchInput("开"), now: now)
        checks.expect(state.visibleTaskCount <= afterOne, "a second character narrows the search")
        let screen = Renderer.render(state)
        checks.expect(screen.width == KeyBenchmarks.width && screen.height == KeyBenchmarks.height, "render fills the screen")
    }

    private static func removeFolder(_ path: String) {
        // Only the files this command wrote: the ledgers and the save target.
        for name in ["generated-57.json", "generated-1000.json", "ledger-57.json", "ledger-300.json", "save-target.json"] {
            unlink(path + "/" + name)
        }
        rmdir(path)
    }
}

/// Counts checks and prints each failure as it happens.
struct Checks {
    var passed = 0
    var failed = 0

    mutating func expect(_ condition: Bool, _ what: String) {
        if condition {
            passed += 1
        } else {
            failed += 1
            print("FAILED: \(what)")
        }
    }
}
