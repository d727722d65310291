import Foundation
import Testing

/// The ledger promises, seen from the dashboard: another process's save appears on its own,
/// a killed dashboard loses nothing it showed as saved, and a failing save says so without
/// touching the file.
@Suite("ledger safety in tmux")
struct LedgerSafetyInTmuxTests {
    /// A second process marks task 2 done while the dashboard shows task 4 selected: the
    /// dashboard shows it with no key pressed, and keeps its selection. How soon is a
    /// benchmark figure (it polls once a quarter second), not a timed assertion here: the
    /// wait only bounds the test so it fails rather than hangs.
    @Test func anotherProcessesSaveAppearsWithoutAKey() async throws {
        let scratch = ScratchFolder()
        let session = try await TmuxSession(scratch: scratch)
        defer { session.kill() }
        try await session.waitForDashboard()
        try await session.press("j", "j", "j")
        _ = try await session.waitFor("task 4 selected") { DashboardScreen.taskRows($0).selected == 4 }
        let other = try await CommandLineRun.taizhang(["done", "2", "--ledger", scratch.ledger], scratch: scratch)
        #expect(other.status == 0, "\(other.stderr)")
        let screen = try await session.waitFor("task 2 done on screen") { screen in
            screen.contains { $0.hasPrefix("│   2 [x]") || $0.contains("││   2 [x]") }
        }
        #expect(DashboardScreen.taskRows(screen).selected == 4)
        #expect(screen[0].hasSuffix("1/57 done"))
        try await session.press("q")
        #expect(try await session.waitForExit().status == 0)
    }

    /// kill -9 right after marking a task: started again, the mark is there.
    @Test func aKilledDashboardKeepsTheMark() async throws {
        let scratch = ScratchFolder()
        let session = try await TmuxSession(scratch: scratch)
        defer { session.kill() }
        try await session.waitForDashboard()
        try await session.press("j", "Space")
        _ = try await session.waitFor("task 2 marked") { $0.contains { $0.contains("│>  2 [x]") } }
        let pid = try await session.programPID()
        kill(pid, SIGKILL)
        // A killed program cannot give the terminal back, so watch the process, not the pane.
        for _ in 0..<200 where FileManager.default.fileExists(atPath: "/proc/\(pid)/status") {
            try await Task.sleep(for: .milliseconds(10))
        }
        session.kill()
        #expect(try LedgerJSON.statuses(inLedgerAt: scratch.ledger) == LedgerJSON.allTodo(except: [2: "done"]))

        let again = try await TmuxSession(scratch: scratch)
        defer { again.kill() }
        let screen = try await again.waitForDashboard()
        #expect(screen.contains { $0.contains("   2 [x]") })
    }

    /// When the save cannot be written (here: a file stands where the backups folder must
    /// go, which stops root too), the status line says NOT SAVED and the ledger on disk is
    /// unchanged; once the obstacle is gone the next change saves both.
    @Test func aFailedSaveIsShownAndLosesNothing() async throws {
        let scratch = ScratchFolder()
        let session = try await TmuxSession(scratch: scratch)
        defer { session.kill() }
        try await session.waitForDashboard()
        let before = try #require(scratch.bytes(scratch.ledger))
        let blocker = scratch.path + "/.ledger.json.backups"
        try? FileManager.default.removeItem(atPath: blocker)
        scratch.write(blocker, "in the way")

        try await session.press("Space")
        var screen = try await session.waitFor("NOT SAVED") { $0.last?.hasPrefix(" NOT SAVED: ") == true }
        #expect(screen.contains { $0.contains("│>  1 [x]") })
        #expect(scratch.bytes(scratch.ledger) == before)
        #expect(!scratch.allNames.contains { $0.contains(".tmp") })

        try FileManager.default.removeItem(atPath: blocker)
        try await session.press("j", "Space")
        screen = try await session.waitFor("the save to succeed") { $0.last?.hasPrefix(" NOT SAVED") == false }
        #expect(try LedgerJSON.statuses(inLedgerAt: scratch.ledger) == LedgerJSON.allTodo(except: [1: "done", 2: "done"]))
        try await session.press("q")
        #expect(try await session.waitForExit().status == 0)
    }
}
