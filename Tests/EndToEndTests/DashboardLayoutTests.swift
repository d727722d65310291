import Foundation
import Testing

extension DashboardInTmux {
    /// What the first frame looks like, and that the frame survives Chinese text: every row
    /// fits the terminal and the borders line up, which is what breaks first when a wide
    /// character is measured wrongly.
    @Suite("Layout")
    struct Layout {
        /// At 100×30: the title bar with the document number, the first area's heading in the
        /// tasks pane, task 1 selected, a new ledger announced, and a clean frame. Quitting
        /// gives the terminal back.
        @Test func firstScreenAt100x30() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch, width: 100, height: 30)
            defer { session.kill() }
            let screen = try await session.waitForDashboard()

            #expect(screen[0].hasPrefix(" taizhang  珠海市贯彻落实国家和省2022年政务公开工作要点分工方案"))
            #expect(screen[0].contains("珠府办〔2022〕6号"))
            #expect(screen[0].hasSuffix("0/57 done"))
            #expect(DashboardScreen.tasksTitle(screen) == "Tasks 57/57")
            let pane = DashboardScreen.rightPane(screen)
            #expect(pane.dropFirst().first?.hasPrefix("│ 一、优化政务公开工作基础 ") == true)
            #expect(pane.dropFirst(2).first?.hasPrefix("│>  1 [ ] Y 依托政府信息公开平台") == true)
            let rows = DashboardScreen.taskRows(screen)
            #expect(rows.selected == 1)
            #expect(rows.numbers == Array(1...11), "area headings take rows, so 11 tasks fit")
            #expect(screen.last == " Created a new ledger from the bundled Zhuhai 2022 plan")
            DashboardScreen.checkFrame(screen, width: 100, height: 30)
            #expect(try await session.alternateScreenOn())

            // The ledger was created from the bundled plan when the dashboard opened.
            #expect(try LedgerJSON.statuses(inLedgerAt: session.ledger) == LedgerJSON.allTodo())

            try await session.press("q")
            let exit = try await session.waitForExit()
            #expect(exit.status == 0)
            #expect(DashboardScreen.hasNoBorders(exit.screen))
            #expect(try await session.alternateScreenOn() == false)
        }

        /// At the smallest supported size, 80×24, the frame is still whole and task 1 is
        /// selected; the status bar shows the ledger path with HOME as ~.
        @Test func smallestSupportedSize() async throws {
            let scratch = ScratchFolder()
            let ledger = scratch.home + "/plan/ledger.json"
            // A named ledger may be new, but its folder must exist: a missing one is a typo.
            try FileManager.default.createDirectory(atPath: scratch.home + "/plan", withIntermediateDirectories: false)
            let session = try await TmuxSession(scratch: scratch, width: 80, height: 24, ledger: ledger)
            defer { session.kill() }
            // Wait past the "created" message: any key clears it and shows the key help.
            try await session.waitForDashboard()
            try await session.press("j", "k")
            let screen = try await session.waitFor("the status bar with the ledger path") { screen in
                screen.last?.hasPrefix(" ~/plan/ledger.json ") == true
            }
            #expect(screen[0].hasPrefix(" taizhang "))
            #expect(DashboardScreen.taskRows(screen).selected == 1)
            #expect(DashboardScreen.tasksTitle(screen) == "Tasks 57/57")
            #expect(screen.last?.hasSuffix(" q quit") == true)
            DashboardScreen.checkFrame(screen, width: 80, height: 24)
        }
    }
}
