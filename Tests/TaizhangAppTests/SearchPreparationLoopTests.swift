import Glibc
import TaizhangApp
import TaizhangDashboard
import TaizhangImport
import TaizhangModel
import TaizhangStore
import TaizhangTestSupport
import Testing
@testable import TaizhangDashboard

/// The loop makes a large plan's search index on a second thread after the first frame, and
/// takes it between keys: the first search then finds it made.
@Suite struct SearchPreparationLoopTests {
    @Test func aLargePlansSearchIndexIsMadeWhileNoKeyIsPressed() throws {
        let disk = FakeFileSystem()
        disk.makeFolder(AppFixture.folder)
        var store = LedgerStore(path: AppFixture.path, fileSystem: disk)
        // The bundled plan's tasks over and over: 57 × 53 = 3,021 tasks.
        var plan = Ledger.bundled().plan
        let base = plan.tasks
        plan.tasks = (0..<53).flatMap { round in
            base.map { task in
                var copy = task
                copy.number = round * base.count + task.number
                return copy
            }
        }
        let ledger = try store.load(creatingWith: Ledger(source: "test", plan: plan)).ledger
        let state = DashboardState(ledger: ledger, ledgerPath: "~/ledger.json", width: 0, height: 0, today: AppFixture.today)
        #expect(!state.index.searchIndexMade)
        // Quiet moments of 0.2 s each, 2.4 s in all: the index takes a tenth of that.
        let quiet = Array(repeating: FakeTerminal.Step.world { usleep(200_000) }, count: 12)
        let terminal = FakeTerminal(quiet + [.key(.char("q"))])
        var app = DashboardApp(state: state, store: store, terminal: terminal, reports: FakeReportDesk(), now: { AppFixture.stamp })
        #expect(app.run() == .quit)
        #expect(app.state.index.searchIndexMade)
    }

    @Test func aSmallPlanMakesNoIndexUntilTheFirstSearch() throws {
        let fixture = try AppFixture()
        let (exit, app) = fixture.run(FakeTerminal([.idle, .idle, .key(.char("q"))]))
        #expect(exit == .quit)
        #expect(!app.state.index.searchIndexMade)
    }
}
