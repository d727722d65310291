import TaizhangImport
import TaizhangModel
import TaizhangScreen
import Testing
@testable import TaizhangDashboard

/// The unit pane drawn: headings over every column (total, in progress, overdue as !N, behind
/// schedule), a bar of the share done, names cut so they stay apart, a footer naming the unit
/// it describes with its lights; ranked by the share done, overdue or behind. In both
/// languages at 80×24 and 120×40.
@Suite struct UnitPaneRenderTests {
    /// The unit pane's rows of `screen`, borders included.
    static func pane(_ state: DashboardState, _ screen: Screen? = nil) -> [String] {
        let screen = screen ?? Renderer.render(state)
        let rect = state.layout!.workload
        return (rect.y..<(rect.y + rect.height)).map { y in
            String((rect.x..<(rect.x + rect.width)).map { screen[$0, y] }.filter { !$0.isContinuation }.map(\.character))
        }
    }

    /// Task 4 done, the cursor in the unit pane: the Chinese pane at 80×24.
    static func busyState(width: Int, height: Int, strings: UIStrings, glyphs: Glyphs = .unicode) -> DashboardState {
        var state = DashboardState(
            ledger: Ledger.bundled(), ledgerPath: Fixtures.ledgerPath, width: width, height: height, strings: strings,
            glyphs: glyphs, today: Fixtures.today)
        Fixtures.press([.char("j"), .char("j"), .char("j"), .char(" "), .tab, .tab], on: &state)
        return state
    }

    @Test func chineseAt80x24() {
        let pane = Self.pane(Self.busyState(width: 80, height: 24, strings: .chinese))
        #expect(pane == [
            "┌─[ 单位工作量 ]─────────────────────┐",
            "│ 单位       总数 进行 逾期 欠进 完成│",
            "│>各区…会）    51    0    0    0 ▏░░░│",
            "│ 市直各有…    36    0    0    0 ░░░░│",
            "│ 市政府办…    10    0    0    0 ░░░░│",
            "│ 市政务服…     7    0    0    0 ░░░░│",
            "│ 市卫生健…     5    0    0    0 ░░░░│",
            "│ 市直…单位     4    0    0    0 ░░░░│",
            "│ 各区政府（管委…：完成 1/51 牵头 51 │",
            "└────────────────────────────────────┘",
        ])
    }

    /// At 120 columns names have room: only the longest are cut, 各区政府（管委会） keeping
    /// what tells it from 各区政府.
    @Test func chineseAt120x40() {
        let pane = Self.pane(Self.busyState(width: 120, height: 40, strings: .chinese))
        #expect(Array(pane.prefix(4)) == [
            "┌─[ 单位工作量 ]──────────────────────────┐",
            "│ 单位            总数 进行 逾期 欠进 完成│",
            "│>各区…（管委会）   51    0    0    0 ▏░░░│",
            "│ 市直各有关单位    36    0    0    0 ░░░░│",
        ])
        #expect(pane.contains("│ 各区政府           2    0    0    0 ░░░░│"))
        #expect(pane.contains("│ 市直其他有关单…    4    0    0    0 ░░░░│"))
        #expect(pane.contains("│ （未明确单位）     1    0    0    0 ░░░░│"))
        #expect(pane[pane.count - 2] == "│ 各区政府（管委会）：完成 1/51 牵头 51   │")
    }

    @Test func englishAt120x40() {
        let pane = Self.pane(Self.busyState(width: 120, height: 40, strings: .english))
        #expect(pane[1] == "│ Unit             All Doing Late Lag Done│")
        #expect(pane.contains("│ (no unit)          1     0    0   0 ░░░░│"))
        #expect(pane[pane.count - 2] == "│ 各区政府（管委会）: done 1/51 lead 51   │")
    }

    /// The bar in ASCII under --ascii, and in eighths of a cell otherwise: 1 of 3 done.
    @Test func theBarDrawsTheShareDone() {
        var ledger = Ledger.bundled()
        ledger.plan.tasks[0].status = .done  // 市司法局: tasks 1, 2, 8
        for (glyphs, bar) in [(Glyphs.unicode, "█▍░░"), (Glyphs.ascii, "#---")] {
            let state = DashboardState(ledger: ledger, ledgerPath: "/l.json", width: 120, height: 40, glyphs: glyphs, today: Fixtures.today)
            let row = Self.pane(state).first { $0.contains("市司法局") }
            #expect(row?.hasSuffix(" 3     0    0   0 \(bar)\(glyphs.vertical)") == true, "\(row ?? "")")
        }
        #expect(UnitColumns.bar(done: 0, total: 5, width: 4, glyphs: .unicode) == ("", "░░░░"))
        #expect(UnitColumns.bar(done: 1, total: 500, width: 4, glyphs: .ascii) == ("#", "---"), "any work done shows")
        #expect(UnitColumns.bar(done: 499, total: 500, width: 4, glyphs: .unicode) == ("███▉", ""), "full only when all is done")
        #expect(UnitColumns.bar(done: 5, total: 5, width: 4, glyphs: .unicode) == ("████", ""))
    }

    /// Sorted by overdue, the 逾期 column shows the numbers the rows are in order of, and its
    /// heading stands out.
    @Test func sortingByOverdueOrdersByTheVisibleColumn() throws {
        var ledger = Ledger.bundled()
        ledger.plan.tasks[44].deadline = Deadline(.date("2022-06-01"))  // 各区政府, 市政府办公室
        ledger.plan.tasks[0].deadline = Deadline(.date("2022-06-01"))  // 市政府办公室, 市司法局
        var state = DashboardState(ledger: ledger, ledgerPath: "/l.json", width: 80, height: 24, strings: .chinese, today: Fixtures.today)
        Fixtures.press([.tab, .tab, .char("o"), .char("o")], on: &state)
        #expect(state.workloadSort == .overdue)
        let screen = Renderer.render(state)
        let pane = Self.pane(state, screen)
        #expect(pane[0].hasPrefix("┌─[ 单位工作量  排序=逾期 ]─"))
        // The cursor stays on the unit it was on. Past their deadline, the tasks are behind.
        #expect(Array(pane[2...5]) == [
            "│ 市政府办…    10    0   !2    2 ░░░░│",
            "│ 市司法局      3    0   !1    1 ░░░░│",
            "│ 各区政府      2    0   !1    1 ░░░░│",
            "│>各区…会）    51    0    0    0 ░░░░│",
        ])
        let heading = state.layout!.workload.y + 1
        let late = try #require((0..<screen.width).first { screen[$0, heading].character == "逾" })
        #expect(screen[late, heading].role == .heading)
        #expect(screen[late - 5, heading].role == .dim)
        #expect(screen[late + 2, heading + 1].role == .overdue, "!2 drawn as overdue")
        #expect(screen[late + 2, heading + 4].role == .selected)
    }

    /// A group shows + or - before its name; its members are indented under it; the footer
    /// names whichever row the cursor is on.
    @Test func groupsAndTheFooterFollowTheCursor() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.group(name: "各区政府（管委会）", members: ["香洲区", "金湾区"]), stamp: Fixtures.stamp)
        var state = DashboardState(ledger: ledger, ledgerPath: "/l.json", width: 120, height: 40, strings: .chinese, today: Fixtures.today)
        Fixtures.press([.tab, .tab], on: &state)
        #expect(Self.pane(state)[2].hasPrefix("│>+各区…管委会）    51"))
        Fixtures.press([.char("e"), .char("j")], on: &state)
        let pane = Self.pane(state)
        #expect(pane[2].hasPrefix("│ -各区…管委会）    51"))
        #expect(pane[3] == "│>  香洲区          51    0    0    0 ░░░░│")
        #expect(pane[4].hasPrefix("│   金湾区          51"))
        #expect(pane[pane.count - 2] == "│ 香洲区：完成 0/51 牵头 51               │")
    }

    /// In October of the plan's year the units rank by what lags: by the share done (the bar's
    /// heading stands out), by tasks behind schedule (序时进度), and the footer counts the
    /// selected unit's yellow and red lights.
    @Test func unitsRankByShareDoneAndByBehind() throws {
        var ledger = Ledger.bundled()
        for task in [1, 2, 8] { try ledger.apply(.status(task: task, to: .done), stamp: Fixtures.stamp) }  // 市司法局, all three
        try ledger.apply(.status(task: 26, to: .doing), stamp: Fixtures.stamp)  // 市政府办公室
        var state = DashboardState(
            ledger: ledger, ledgerPath: "/l.json", width: 120, height: 40, strings: .english, today: DayDate("2022-10-01")!)
        Fixtures.press([.tab, .tab, .char("o")], on: &state)
        #expect(state.workloadSort == .rate)
        var screen = Renderer.render(state)
        var pane = Self.pane(state, screen)
        #expect(pane[0].hasPrefix("┌─[ Unit workload  sort=share done ]─"))
        #expect(pane[2] == "│ 市司法局           3     0    0   0 ████│")
        // Half done (task 8, with 市司法局), then the rest by their order of load.
        #expect(pane[3] == "│ 各区政府           2     0    0   1 ██░░│")
        let heading = state.layout!.workload.y + 1
        let done = try #require((0..<screen.width).first { x in screen[x, heading].character == "D" && screen[x + 1, heading].character == "o" && x > 30 })
        #expect(screen[done, heading].role == .heading)

        Fixtures.press([.char("o"), .char("o")], on: &state)
        #expect(state.workloadSort == .behind)
        screen = Renderer.render(state)
        pane = Self.pane(state, screen)
        let behind = pane[2...].prefix { !$0.hasPrefix("│ (no unit)") && !$0.hasPrefix("└") }.compactMap { row -> Int? in
            let fields = row.split(separator: " ")
            return fields.count >= 6 ? Int(fields[fields.count - 2]) : nil
        }
        // 各区政府（管委会）: 51 tasks but its two yearly ones (46, 47), green in October.
        #expect(behind.first == 49, "\(pane)")
        #expect(behind == behind.sorted(by: >), "ranked by the Lag column: \(behind)")
        let lag = try #require((0..<screen.width).first { screen[$0, heading].character == "L" && screen[$0 + 2, heading].character == "g" })
        #expect(screen[lag, heading].role == .heading)
        #expect(pane[pane.count - 2] == "│ 各区政府（管委会…: done 0/51 lead 51 Y49│")
    }
}
