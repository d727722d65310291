import Foundation
import Testing

extension DashboardInTmux {
    /// Issue 4 end to end: mouse clicks, sent as the bytes a terminal sends once the program
    /// has asked for mouse reports (tmux 3.3a's `send-keys -M` needs a real client's mouse
    /// event, so the reports go in through `send-keys -H`).
    @Suite("Mouse")
    struct Mouse {
        struct Case: CustomTestStringConvertible, Sendable {
            var term: String
            var encoding: MouseReport
            var testDescription: String { "\(term) (\(encoding.rawValue))" }
        }

        /// xterm-256color reads SGR reports (kmous=\E[<), tmux-256color X10 ones (kmous=\E[M).
        static let cases = [Case(term: "xterm-256color", encoding: .sgr), Case(term: "tmux-256color", encoding: .x10)]

        /// A click on task 3 selects it (the `>` marker moves, the detail pane follows); a
        /// click on the 市直各有关单位 row of the workload pane filters by that unit; a click
        /// on a section row focuses the work-areas pane and selects it, so Enter lists its
        /// tasks.
        @Test(arguments: cases)
        func clicksSelectAndFilter(_ mouse: Case) async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(
                scratch: scratch, arguments: ["--today", "2022-07-01"], environment: ["TERM": mouse.term])
            defer { session.kill() }
            var screen = try await session.waitForDashboard()
            // The program asked tmux for button reports, in the encoding its terminfo names.
            #expect(try await session.paneFormat("#{mouse_standard_flag}") == "1")
            #expect(try await session.paneFormat("#{mouse_sgr_flag}") == (mouse.encoding == .sgr ? "1" : "0"))

            let task3 = try #require(Self.rightRow(in: screen) { $0.hasPrefix("│   3 [ ]") })
            let split = try #require(DashboardScreen.splitColumn(screen))
            try await session.sendBytes(mouse.encoding.click(column: split + 20, row: task3))
            screen = try await session.waitFor("task 3 selected by the click") { DashboardScreen.taskRows($0).selected == 3 }
            #expect(DashboardScreen.paneLines(screen, titled: "Task 3").first == "3  [ ] to do  G green  behind schedule")
            #expect(DashboardScreen.tasksTitle(screen) == "Tasks 57/57")

            let unitRow = try #require(Self.row(in: screen) { $0.hasPrefix("│ 市直各有关") })
            try await session.sendBytes(mouse.encoding.click(column: 5, row: unitRow))
            screen = try await session.waitFor("the unit filter from the click") { DashboardScreen.tasksTitle($0)?.contains("unit=") == true }
            #expect(DashboardScreen.tasksTitle(screen) == "Tasks 36/57  unit=市直各有关单位")
            #expect(DashboardScreen.taskRows(screen).numbers.first == 3)
            DashboardScreen.checkFrame(screen, width: 100, height: 30)

            try await session.press("Escape")
            screen = try await session.waitFor("the filter to clear") { DashboardScreen.tasksTitle($0) == "Tasks 57/57" }
            let sectionRow = try #require(Self.row(in: screen) { $0.hasPrefix("│   （二）持续推进") })
            try await session.sendBytes(mouse.encoding.click(column: 8, row: sectionRow))
            // Enter only once the click has selected the row, so the two cannot race.
            _ = try await session.waitFor("the section row selected by the click") { screen in
                screen.indices.contains(sectionRow) && screen[sectionRow].hasPrefix("│>  （二）持续推进")
            }
            try await session.press("Enter")
            screen = try await session.waitFor("the section's tasks") { DashboardScreen.tasksTitle($0)?.hasPrefix("Tasks 3/57  （二）") == true }
            #expect(DashboardScreen.tasksTitle(screen) == "Tasks 3/57  （二）持续推进基层政务公开标准化规范化。")
            #expect(DashboardScreen.taskRows(screen).numbers == [3, 4, 5])

            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
            #expect(try await session.paneFormat("#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}") == "000",
                    "mouse reporting is off again after quitting")
        }

        /// With --no-mouse the program never asks for mouse reports, so a terminal sends none;
        /// a press report arriving anyway is not taken as a click.
        @Test func noMouseIgnoresClicks() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch, arguments: ["--no-mouse", "--today", "2022-07-01"])
            defer { session.kill() }
            let screen = try await session.waitForDashboard()
            #expect(try await session.paneFormat("#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}#{mouse_sgr_flag}") == "0000")

            let task3 = try #require(Self.rightRow(in: screen) { $0.hasPrefix("│   3 [ ]") })
            let split = try #require(DashboardScreen.splitColumn(screen))
            try await session.sendBytes(MouseReport.sgr.press(column: split + 20, row: task3))
            // A key after it, so the screen shows the press has been read.
            try await session.press("j")
            let after = try await session.waitFor("the key after the press") { DashboardScreen.taskRows($0).selected != 1 }
            #expect(DashboardScreen.taskRows(after).selected == 2, "j moved from task 1; the press did not select task 3")
            #expect(DashboardScreen.tasksTitle(after) == "Tasks 57/57")
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }

        /// The first screen row (0-based, as in the capture) whose right-hand pane part matches.
        static func rightRow(in screen: [String], where matches: (Substring) -> Bool) -> Int? {
            DashboardScreen.rightPane(screen).firstIndex(where: matches).map { $0 + 1 }
        }

        /// The first screen row (0-based, as in the capture) that `matches`.
        static func row(in screen: [String], where matches: (String) -> Bool) -> Int? {
            screen.indices.first { matches(screen[$0]) }
        }
    }
}
