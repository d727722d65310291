import Foundation
import Testing

extension DashboardInTmux {
    /// Narrowing the task list by a search and by a unit, and clearing it again.
    @Suite("Filters")
    struct Filters {
        /// `/` and 司法局 leave the three tasks that name the justice bureau (1, 2 and 8);
        /// Enter keeps the search and leaves search mode, Esc clears it back to all 57.
        @Test func searchNarrowsAndEscapeClears() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch)
            defer { session.kill() }
            try await session.waitForDashboard()

            try await session.press("/")
            try await session.waitFor("the search prompt") { $0.last?.hasPrefix(" Search:") == true }
            try await session.type("司法局")
            var screen = try await session.waitFor("three matching tasks") { DashboardScreen.tasksTitle($0) == "Tasks 3/57  search=司法局" }
            #expect(DashboardScreen.taskRows(screen).numbers == [1, 2, 8])
            #expect(screen.last == " Search: 司法局")

            try await session.press("Enter")
            screen = try await session.waitFor("search mode to end") { $0.last?.hasPrefix(" Search:") == false }
            #expect(DashboardScreen.tasksTitle(screen) == "Tasks 3/57  search=司法局")
            #expect(DashboardScreen.taskRows(screen).numbers == [1, 2, 8])

            try await session.press("Escape")
            screen = try await session.waitFor("the search to clear") { DashboardScreen.tasksTitle($0) == "Tasks 57/57" }
            #expect(DashboardScreen.taskRows(screen).numbers == Array(1...11))
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }

        /// Tab twice (tasks → detail → workload), j to the second unit, Enter shows only its
        /// tasks; Esc shows all again.
        @Test func workloadRowFiltersByUnit() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch)
            defer { session.kill() }
            try await session.waitForDashboard()

            try await session.press("Tab", "Tab", "j", "Enter")
            var screen = try await session.waitFor("the unit filter") { DashboardScreen.tasksTitle($0)?.contains("unit=") == true }
            #expect(DashboardScreen.tasksTitle(screen) == "Tasks 36/57  unit=市直各有关单位")
            // Tasks 1 and 2 belong to 市政府办公室 and 市司法局 only, so the list starts at 3.
            #expect(DashboardScreen.taskRows(screen).numbers.first == 3)

            try await session.press("Escape")
            screen = try await session.waitFor("the filter to clear") { DashboardScreen.tasksTitle($0) == "Tasks 57/57" }
            #expect(DashboardScreen.taskRows(screen).numbers == Array(1...11))
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }
    }
}
