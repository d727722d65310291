import TaizhangModel
import TaizhangScreen
import Testing
@testable import TaizhangDashboard

/// The unit pane's mark of each unit's return (报送) this period, from `returnStandings`:
/// ✓ returned, · not yet, ! not and past the day (ASCII v . !), and the footer saying it in
/// words. A return of the last period does not count. Within the pane at 80×24 and 100×30;
/// where the footer is short, the unit's name gives way before the return's day does.
@Suite struct UnitPaneReturnsTests {
    /// Returns due on the 10th: on 2022-06-17 the period 2022-06 is past its day. The first
    /// unit returned on time, the second late, the third only for May.
    static func state(width: Int, height: Int, strings: UIStrings, glyphs: Glyphs = .unicode) -> DashboardState {
        var ledger = Ledger.bundled()
        let units = DashboardState(ledger: ledger, ledgerPath: Fixtures.ledgerPath, width: 80, height: 24, today: Fixtures.today).workloadLines.compactMap(\.row.unit)
        ledger.settings.cycle = .monthly(day: 10)
        ledger.returns = [
            ReturnRecord(unit: units[0], period: "2022-06", received: "2022-06-08T09:00:00Z", file: "a.xlsx"),
            ReturnRecord(unit: units[1], period: "2022-06", received: "2022-06-12T09:00:00Z", file: "b.xlsx"),
            ReturnRecord(unit: units[2], period: "2022-05", received: "2022-05-09T09:00:00Z", file: "c.xlsx"),
        ]
        var state = DashboardState(
            ledger: ledger, ledgerPath: Fixtures.ledgerPath, width: width, height: height, strings: strings, glyphs: glyphs, today: Fixtures.today)
        Fixtures.press([.tab, .tab], on: &state)
        return state
    }

    @Test func chineseAt80x24() {
        let pane = UnitPaneRenderTests.pane(Self.state(width: 80, height: 24, strings: .chinese))
        #expect(pane == [
            "┌─[ 单位工作量 ]─────────────────────┐",
            "│ 单位       总数 进行 逾期 欠进 完成│",
            "│>✓ 各…会）    51    0    0    0 ░░░░│",
            "│ ✓ 市直各…    36    0    0    0 ░░░░│",
            "│ ! 市政府…    10    0    0    0 ░░░░│",
            "│ ! 市政务…     7    0    0    0 ░░░░│",
            "│ ! 市卫生…     5    0    0    0 ░░░░│",
            "│ ! 市…单位     4    0    0    0 ░░░░│",
            "│ 各区政府（…：本期已报送 2022-06-08…│",
            "└────────────────────────────────────┘",
        ])
    }

    /// At 80 columns a unit whose return is missing still reads so in full in the footer.
    @Test func aMissingReturnIsSaidWholeAt80Columns() {
        var ledger = Ledger.bundled()
        ledger.settings.cycle = .monthly(day: 10)
        var state = DashboardState(ledger: ledger, ledgerPath: Fixtures.ledgerPath, width: 80, height: 24, strings: .chinese, today: Fixtures.today)
        Fixtures.press([.tab, .tab], on: &state)
        let pane = UnitPaneRenderTests.pane(state)
        #expect(pane[pane.count - 2].contains("：本期未报送，已逾期"), "\(pane[pane.count - 2])")
    }

    @Test func chineseAt100x30() {
        var state = Self.state(width: 100, height: 30, strings: .chinese)
        let returned = UnitPaneRenderTests.pane(state)
        Fixtures.press([.char("j")], on: &state)
        let late = UnitPaneRenderTests.pane(state)
        Fixtures.press([.char("j")], on: &state)
        let lastPeriod = UnitPaneRenderTests.pane(state)
        #expect(returned == [
            "┌─[ 单位工作量 ]───────────────────────┐",
            "│ 单位         总数 进行 逾期 欠进 完成│",
            "│>✓ 各区…会）    51    0    0    0 ░░░░│",
            "│ ✓ 市直各有…    36    0    0    0 ░░░░│",
            "│ ! 市政府办…    10    0    0    0 ░░░░│",
            "│ ! 市政务服…     7    0    0    0 ░░░░│",
            "│ ! 市卫生健…     5    0    0    0 ░░░░│",
            "│ ! 市直…单位     4    0    0    0 ░░░░│",
            "│ ! 市直…有关…    4    0    0    0 ░░░░│",
            "│ ! 市司法局      3    0    0    0 ░░░░│",
            "│ ! 各区政府      2    0    0    0 ░░░░│",
            "│ 各区政府（管…：本期已报送 2022-06-08…│",
            "└──────────────────────────────────────┘",
        ])
        #expect(late[late.count - 2] == "│ 市直各…：本期已报送 2022-06-12，逾期…│")
        #expect(lastPeriod[lastPeriod.count - 2] == "│ 市政府办公室：本期未报送，已逾期 完… │", "a return of May does not count for June")
    }

    @Test func asciiAndEnglish() {
        let pane = UnitPaneRenderTests.pane(Self.state(width: 100, height: 30, strings: .english, glyphs: .ascii))
        #expect(pane == [
            "+-[ Unit workload ]--------------------+",
            "| Unit          All Doing Late Lag Done|",
            "|>v 各区~委会）  51     0    0   0 ----|",
            "| v 市直各有关~  36     0    0   0 ----|",
            "| ! 市政府办公~  10     0    0   0 ----|",
            "| ! 市政务服务~   7     0    0   0 ----|",
            "| ! 市卫生健康~   5     0    0   0 ----|",
            "| ! 市直其他单~   4     0    0   0 ----|",
            "| ! 市直其他有~   4     0    0   0 ----|",
            "| ! 市司法局      3     0    0   0 ----|",
            "| ! 各区政府      2     0    0   0 ----|",
            "| 各区政府（管委~: returned 2022-06-08~|",
            "+--------------------------------------+",
        ])
    }

    /// Without returns or a cycle the pane is as it was: no marks.
    @Test func untrackedLeavesNoMarks() {
        let state = DashboardState(ledger: Ledger.bundled(), ledgerPath: Fixtures.ledgerPath, width: 80, height: 24, today: Fixtures.today)
        #expect(state.workloadReturns.isEmpty)
    }
}
