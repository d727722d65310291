import Foundation
import Testing

/// Ctrl-Z from a job-control shell stops the dashboard with the terminal given back, and
/// `fg` brings it back whole, keys working.
@Suite("suspend and resume")
struct SuspendResumeTests {
    @Test func ctrlZThenFgRedraws() async throws {
        let scratch = ScratchFolder()
        let session = try await TmuxSession(
            scratch: scratch, width: 100, height: 30, command: ["bash", "--norc", "--noprofile", "-i"],
            environment: ["PS1": "$ "], ledger: nil, sourceLocation: #_sourceLocation)
        defer { session.kill() }
        // A bound for a loaded machine (an interactive bash beside the whole suite).
        _ = try await session.waitFor("the shell prompt", timeout: .seconds(60)) { $0.contains { $0.hasPrefix("$") } }
        try await session.type(BuiltBinary.packageRoot + "/.build/debug/taizhang --ledger " + scratch.ledger)
        try await session.press("Enter")
        try await session.waitForDashboard()
        try await session.press("j")
        _ = try await session.waitFor("task 2 selected") { DashboardScreen.taskRows($0).selected == 2 }

        try await session.press("C-z")
        let stopped = try await session.waitFor("the job stopped") { $0.contains { $0.contains("Stopped") } }
        #expect(DashboardScreen.hasNoBorders(stopped))
        #expect(try await session.alternateScreenOn() == false)

        try await session.type("fg")
        try await session.press("Enter")
        let back = try await session.waitFor("the dashboard again") { DashboardScreen.taskRows($0).selected == 2 }
        DashboardScreen.checkFrame(back, width: 100, height: 30)
        try await session.press("j")
        _ = try await session.waitFor("keys work after fg") { DashboardScreen.taskRows($0).selected == 3 }
        try await session.press("q")
        _ = try await session.waitFor("the prompt after quitting") { $0.last { !$0.isEmpty }?.hasPrefix("$") == true }
    }
}
