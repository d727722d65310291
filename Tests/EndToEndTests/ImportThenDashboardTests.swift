import Foundation
import Testing

/// A coordinator's other plan, end to end: `taizhang import` of a CSV fixture, then the
/// dashboard opens the new ledger in tmux with that plan's areas, tasks and warnings.
@Suite("import then dashboard")
struct ImportThenDashboardTests {
    @Test func importedCSVOpensInTheDashboard() async throws {
        let scratch = ScratchFolder()
        let fixture = BuiltBinary.packageRoot + "/Tests/Fixtures/import/split-columns.csv"
        let imported = try await CommandLineRun.taizhang(["import", fixture, "--out", scratch.ledger], scratch: scratch)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("2 work areas, 0 sections, 5 tasks, 7 units"))

        let session = try await TmuxSession(scratch: scratch, arguments: ["--today", "2023-07-01"])
        defer { session.kill() }
        var screen = try await session.waitFor("the imported plan") { screen in
            screen.first?.contains("青禾市2023年营商环境优化任务清单") == true && screen.contains { $0.contains("Tasks 5/5") }
        }
        #expect(screen.contains { $0.contains("一、优化政务服务") })
        #expect(DashboardScreen.taskRows(screen).numbers == [1, 2, 3, 4, 5])
        DashboardScreen.checkFrame(screen, width: 100, height: 30)

        try await session.press("w")
        screen = try await session.waitFor("the import warnings") { $0.contains { $0.contains("Import warnings (2)") } }
        #expect(screen.contains { $0.contains("line 8: task 5 has no responsible unit") })
        // Esc and q apart: sent in one burst they are Alt-q, which does nothing.
        try await session.press("Escape")
        try await session.waitFor("the warnings closed") { !$0.contains { $0.contains("Import warnings (2)") } }
        try await session.press("q")
        #expect(try await session.waitForExit().status == 0)
    }
}
