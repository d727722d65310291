import Foundation
import Testing

extension DashboardInTmux {
    /// Resizing the terminal while the dashboard runs.
    @Suite("Resize")
    struct Resize {
        /// Below 80×24 the dashboard says how big it needs to be instead of drawing a broken
        /// frame; back at 100×30 the full dashboard returns, frame intact, selection kept.
        @Test func tooSmallThenBack() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch)
            defer { session.kill() }
            try await session.waitForDashboard()
            try await session.press("j")
            try await session.waitFor("task 2 selected") { DashboardScreen.taskRows($0).selected == 2 }

            try await session.resize(width: 60, height: 20)
            var screen = try await session.waitFor("the too-small message") { screen in
                screen.contains { $0.contains("Terminal too small (need 80x24, have 60x20)") }
            }
            #expect(screen.count == 20)
            #expect(screen.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count == 1)
            #expect(DashboardScreen.hasNoBorders(screen))

            try await session.resize(width: 100, height: 30)
            screen = try await session.waitFor("the dashboard at 100x30 again") { screen in
                screen.count == 30 && DashboardScreen.tasksTitle(screen) == "Tasks 57/57"
                    && !screen.contains { $0.contains("too small") }
            }
            #expect(DashboardScreen.taskRows(screen).selected == 2)
            DashboardScreen.checkFrame(screen, width: 100, height: 30)
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }
    }
}
