import Foundation
import Testing

extension DashboardInTmux {
    /// The unit pane in a real terminal: its columns and headings, the part a unit marked
    /// done with m, the overdue sort by the column on screen, the footer naming its unit; in
    /// English and Chinese, at 80×24 and 120×40.
    @Suite("Unit pane")
    struct UnitPaneInTmux {
        /// 120×40 in English: mark 市司法局's part of task 1 with m; its row counts it done at
        /// once (3 tasks, no longer overdue, one fewer behind, the bar started), 市政府办公室's
        /// does not. Sorted by overdue (o in the pane, twice), the rows follow the Late column,
        /// whose numbers read !N.
        @Test func columnsPartsAndTheOverdueSort() async throws {
            let scratch = ScratchFolder()
            // Tasks 5 and 45 are due 2022-12-31 by the plan (年底前); task 1 is made so.
            let due = try await CommandLineRun.taizhang(["due", "1", "2022-12-31", "--ledger", scratch.ledger], scratch: scratch)
            #expect(due.status == 0, "\(due.stderr)")
            let session = try await TmuxSession(scratch: scratch, width: 120, height: 40, arguments: ["--today", "2023-01-05"])
            defer { session.kill() }
            var screen = try await session.waitForDashboard()
            var pane = try #require(UnitPane(screen))
            #expect(pane.headings == ["Unit", "All", "Doing", "Late", "Lag", "Done"])
            #expect(pane.rows.first { $0.name == "市司法局" }?.numbers == ["3", "0", "!1", "3"])

            // Task 1 is selected: m, down to 市司法局, Space marks its part, Esc closes.
            try await session.press("m")
            try await session.waitFor("the unit picker") { $0.joined().contains("Units of task 1") }
            try await session.press("j", "Space", "Escape")
            // The picker closed before the next keys, so Escape cannot swallow them.
            screen = try await session.waitFor("市司法局's part counted") { screen in
                !screen.joined().contains("Units of task 1")
                    && UnitPane(screen)?.rows.first { $0.name == "市司法局" }?.numbers == ["3", "0", "0", "2"]
            }
            pane = try #require(UnitPane(screen))
            #expect(pane.rows.first { $0.name == "市司法局" }?.bar == "█▍░░")
            #expect(pane.rows.first { $0.name == "市政府办公室" }?.numbers == ["10", "0", "!2", "10"])
            #expect(screen.contains { $0.contains("[x] 市司法局") })

            try await session.press("Tab", "Tab", "o", "o")
            screen = try await session.waitFor("the overdue sort") { DashboardScreen.paneLines($0, titled: "Unit workload  sort=overdue").count > 2 }
            pane = try #require(UnitPane(screen, title: "Unit workload  sort=overdue"))
            let late = pane.rows.map { Int($0.numbers[2].drop { $0 == "!" }) ?? -1 }
            #expect(late == late.sorted(by: >), "rows in the order of the Late column: \(late)")
            #expect(Array(pane.rows.prefix(3).map(\.name)) == ["市政府办公室", "各区…（管委会）", "各区政府"])
            #expect(pane.rows.prefix(3).map { $0.numbers[2] } == ["!2", "!1", "!1"])
            // The cursor stayed on the districts' row; the footer names them (cut for the
            // numbers), with their red and yellow lights.
            #expect(pane.rows.first { $0.selected }?.name == "各区…（管委会）")
            #expect(pane.footer == "各区政府（管…: done 0/51 lead 51 R1 Y48", "\(pane.footer)")
            DashboardScreen.checkFrame(screen, width: 120, height: 40)
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }

        /// 80×24 in Chinese with ASCII borders: the short headings, a bar of # and -, and
        /// names cut so 各区政府（管委会） and 各区政府 stay apart (the pane scrolled to show both).
        @Test func chineseAt80x24InASCII() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(
                scratch: scratch, width: 80, height: 24, arguments: ["--lang", "zh", "--ascii", "--today", "2022-07-01"])
            defer { session.kill() }
            var screen = try await session.waitFor("the dashboard in Chinese") { $0.joined().contains("单位工作量") }
            DashboardScreen.checkFrame(screen, width: 80, height: 24, ascii: true)
            let heading = try #require(screen.first { $0.contains("| 单位 ") })
            #expect(heading.hasPrefix("| 单位       总数 进行 逾期 欠进 完成|"), "\(heading)")
            // Task 4 done: the districts' bar starts with one #.
            try await session.press("j", "j", "j", "Space", "Tab", "Tab")
            for _ in 0..<8 { try await session.press("j") }
            screen = try await session.waitFor("各区政府 in the pane") { $0.contains { $0.hasPrefix("|>各区政府 ") } }
            let rows = screen.filter { $0.hasPrefix("|") && $0.contains("    ") && ($0.contains("#") || $0.contains("----")) }
            #expect(rows.contains { $0.hasPrefix("|>各区政府      2    0    0    2 ----|") }, "\(rows)")
            try await session.press("g")
            screen = try await session.waitFor("the top of the pane") { $0.contains { $0.hasPrefix("|>各区~会）    51    0    0   48 #---|") } }
            let footer = try #require(screen.first { $0.contains("：完成 1/51") })
            #expect(footer.hasPrefix("| 各区政府（管委~：完成 1/51 牵头 51 |"), "\(footer)")
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }
    }
}
