import TaizhangWords
import TaizhangScreen
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangDashboard

/// The coordinator's daily work from the keyboard: notes, deadlines, overdue, status filters,
/// sorting, pinyin search, unit parts, warnings.
@Suite struct UpdateDailyWorkTests {
    var numbers: (DashboardState) -> [Int] = { state in
        state.taskRows.compactMap { $0.taskIndex.map { state.ledger.plan.tasks[$0].number } }
    }

    @Test func aAddsANoteAndEscCancels() {
        var state = Fixtures.state()
        Fixtures.press([.char("a")] + Fixtures.type("市司法局已报送") + [.escape], on: &state)
        #expect(state.prompt == nil)
        #expect(state.ledger.plan.tasks[0].notes.isEmpty)
        let effects = Fixtures.press([.char("a")] + Fixtures.type("已报送 x") + [.backspace, .backspace, .enter], on: &state)
        #expect(effects == [.save])
        #expect(state.ledger.plan.tasks[0].notes == [Note(at: Fixtures.stamp.at, by: "coordinator", text: "已报送")])
        #expect(state.ledger.history.last?.edit == .note(task: 1, from: nil, to: Note(at: Fixtures.stamp.at, by: "coordinator", text: "已报送")))
        let detail = DetailContent.lines(for: state, width: 60).map(\.text)
        #expect(detail.contains("Notes:"))
        #expect(detail.contains("  #1 2026-11-27 17:05 coordinator"))
        #expect(detail.contains("    已报送"))
        #expect(detail[1] == "note: 已报送  2026-11-27 17:05 coordinator", "the latest change heads the pane")
    }

    @Test func dSetsADeadlineThatMakesTheTaskOverdue() {
        var state = Fixtures.state()  // today is 2022-06-17
        // Task 5's 年底前 was read from the plan as 2022-12-31; task 6 has no deadline.
        #expect(state.ledger.plan.tasks[4].deadline == Deadline(.date("2022-12-31"), phrase: "年底前"))
        Fixtures.press(Array(repeating: .char("j"), count: 5) + [.char("d")] + Fixtures.type("2022-13-01") + [.enter], on: &state)
        #expect(state.prompt?.error == "no such day: 2022-13-01")
        #expect(state.ledger.plan.tasks[5].deadline == nil)
        Fixtures.press([.ctrl("u")] + Fixtures.type("2022-05-31") + [.enter], on: &state)
        #expect(state.prompt == nil)
        #expect(state.ledger.plan.tasks[5].deadline == Deadline(.date("2022-05-31")))
        #expect(state.navigator[0].overdue == 1)
        #expect(state.navigator[1].overdue == 1)
        #expect(state.workloadLines.first { $0.row.unit == "市直各有关单位" }?.row.overdue == 1)
        Fixtures.press([.char("!")], on: &state)
        #expect(numbers(state) == [6])
        Fixtures.press([.char(" ")], on: &state)
        #expect(state.navigator[0].overdue == 0)
        #expect(numbers(state) == [])
        Fixtures.press([.escape], on: &state)
        #expect(state.visibleTaskCount == 57)
        Fixtures.press([.char("G"), .char("d")], on: &state)
        #expect(state.prompt?.editor.text == "")
        Fixtures.press([.escape, .char("g")] + Array(repeating: .char("j"), count: 5) + [.char("d")], on: &state)
        #expect(state.selectedTask?.number == 6)
        #expect(state.prompt?.editor.text == "2022-05-31")
        // Clearing a deadline asks why, as moving one does.
        Fixtures.press([.ctrl("u"), .enter], on: &state)
        #expect(state.prompt?.kind == .extensionReason(task: 6, to: nil))
        Fixtures.press([.enter], on: &state)
        #expect(state.prompt?.error == "a reason is needed")
        Fixtures.press(Fixtures.type("不再单列时限") + [.enter], on: &state)
        #expect(state.ledger.plan.tasks[5].deadline == nil)
        #expect(state.ledger.history.last?.reason == "不再单列时限")
    }

    @Test func statusFiltersCombineWithSearchAndEscClearsAll() {
        var state = Fixtures.state()
        Fixtures.press([.char("s"), .char("j"), .char(" ")], on: &state)
        Fixtures.press([.char("2")], on: &state)
        #expect(numbers(state) == [1])
        Fixtures.press([.char("3")], on: &state)
        #expect(numbers(state) == [2])
        Fixtures.press([.char("1")], on: &state)
        #expect(state.visibleTaskCount == 55)
        Fixtures.press([.char("/")] + Fixtures.type("司法局") + [.enter], on: &state)
        #expect(numbers(state) == [8])
        Fixtures.press([.char("0")], on: &state)
        #expect(numbers(state) == [1, 2, 8])
        Fixtures.press([.char("1"), .escape], on: &state)
        #expect(state.statusFilter == nil && state.query.isEmpty)
        #expect(state.visibleTaskCount == 57)
    }

    @Test func oCyclesTheSortOrders() {
        var state = Fixtures.state()
        Fixtures.press([.char("G"), .char("s")], on: &state)
        Fixtures.press([.char("o")], on: &state)
        #expect(state.taskSort == .status)
        #expect(numbers(state).first == 57)
        #expect(!state.taskRows.contains { if case .heading = $0 { true } else { false } })
        Fixtures.press([.char("o")], on: &state)
        #expect(state.taskSort == .light)
        Fixtures.press([.char("o")], on: &state)
        #expect(state.taskSort == .deadline)
        Fixtures.press([.char("o")], on: &state)
        #expect(state.taskSort == .unit)
        // 各区政府 sorts before 各区政府（管委会）: tasks 8 and 45 name it first.
        #expect(numbers(state).prefix(3) == [8, 45, 3])
        Fixtures.press([.char("o")], on: &state)
        #expect(state.taskSort == .number)
        #expect(state.taskRows.count == 62)
        Fixtures.press([.tab, .tab, .char("o")], on: &state)
        #expect(state.workloadSort == .rate)
        #expect(state.taskSort == .number)
    }

    @Test(arguments: [("sfj", [1, 2, 8]), ("sifa", [1, 2, 8]), ("wsjk", [11, 12, 13, 14, 24]), ("zwfw", [11, 12, 13, 14, 31, 32, 33])])
    func pinyinFindsUnits(query: String, expected: [Int]) {
        var state = Fixtures.state()
        Fixtures.press([.char("/")] + Fixtures.type(query), on: &state)
        #expect(numbers(state) == expected)
    }

    /// The last part marked makes the task reported, waiting for the coordinator's sign-off;
    /// a part taken back puts it back under way.
    @Test func mMarksEachUnitsPartAndTheLastMakesTheTaskReported() {
        var state = Fixtures.state()
        Fixtures.press(Array(repeating: .char("j"), count: 10) + [.char("m")], on: &state)
        #expect(state.selectedTask?.number == 11)
        #expect(state.unitPicker == UnitPicker(task: 11))
        for _ in 0..<3 {
            #expect(Fixtures.press([.char(" "), .char("j")], on: &state) == [.save])
        }
        #expect(state.ledger.plan.tasks[10].unitsDone.count == 3)
        #expect(state.ledger.plan.tasks[10].status == .todo)
        Fixtures.press([.char(" ")], on: &state)
        #expect(state.ledger.plan.tasks[10].status == .reported)
        Fixtures.press([.char(" ")], on: &state)
        #expect(state.ledger.plan.tasks[10].status == .doing)
        Fixtures.press([.escape], on: &state)
        #expect(state.unitPicker == nil)
        let detail = DetailContent.lines(for: state, width: 60).map(\.text)
        #expect(detail.contains("Units:  3/4 units done"))
        #expect(detail.contains("  [x] 各区政府（管委会）（lead）"))
        #expect(detail.contains("  [ ] 市直其他单位（supporting）"))
    }

    @Test func wShowsTheImportWarnings() {
        var state = Fixtures.state()
        Fixtures.press([.char("w")], on: &state)
        let text = Renderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("Import warnings (1)"))
        #expect(text.contains("line 201: task 35 has no responsible unit"))
        Fixtures.press([.char("x")], on: &state)
        #expect(!state.showingWarnings)
    }
}

/// Aliases and groups as the ledger declares them.
@Suite struct UnitAliasGroupTests {
    func state(with ledger: Ledger) -> DashboardState {
        DashboardState(ledger: ledger, ledgerPath: Fixtures.ledgerPath, width: 100, height: 30, today: Fixtures.today)
    }

    @Test func aliasesMergeRowsAndFilters() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.alias(from: "市直其他单位", to: "市直各有关单位"), stamp: Fixtures.stamp)
        var state = state(with: ledger)
        #expect(state.workloadLines[1].row.unit == "市直各有关单位")
        #expect(state.workloadLines[1].row.total == 40)
        Fixtures.press([.tab, .tab, .char("j"), .enter], on: &state)
        #expect(state.visibleTaskCount == 40)
    }

    @Test func aGroupExpandsIntoItsMembers() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.group(name: "各区政府（管委会）", members: ["香洲区", "金湾区", "斗门区"]), stamp: Fixtures.stamp)
        var state = state(with: ledger)
        Fixtures.press([.tab, .tab], on: &state)
        #expect(state.workloadLines[0].isGroup && !state.workloadLines[0].isExpanded)
        Fixtures.press([.char("e")], on: &state)
        #expect(state.workloadLines.prefix(4).map(\.row.unit) == ["各区政府（管委会）", "香洲区", "金湾区", "斗门区"])
        #expect(state.workloadLines[2].group == "各区政府（管委会）")
        #expect(state.workloadLines[2].row.total == 51)
        Fixtures.press([.char("j"), .char("j"), .enter], on: &state)
        #expect(state.unitFilter == .unit("金湾区"))
        #expect(state.visibleTaskCount == 51)
        Fixtures.press([.tab, .tab, .char("e")], on: &state)
        #expect(state.workloadCursor == 0)
        #expect(state.workloadLines.count == 14)
    }
}

/// Search hits are marked in the visible task text, and the warnings of a spreadsheet
/// import are numbered by row.
@Suite struct RenderSearchAndWarningsTests {
    @Test func searchHitsAreHighlighted() throws {
        var state = Fixtures.state(width: 100, height: 30)
        // Focus on the areas pane, so the task row is not drawn as the selected row.
        Fixtures.press([.char("/")] + Fixtures.type("司法部") + [.enter, .backTab], on: &state)
        let screen = Renderer.render(state)
        let row = try #require(screen.lines.firstIndex { $0.contains(" 8 [ ] G 认真") })
        let roles = (0..<screen.width).map { screen[$0, row].role }
        let start = try #require((0..<screen.width).first { screen[$0, row].character == "司" })
        #expect(Array(roles[start..<(start + 6)]) == Array(repeating: .match, count: 6))
        #expect(roles[start - 1] != .match && roles[start + 6] != .match)
    }

    /// Marked as the search matches: every occurrence, Latin letters in either case, wide
    /// characters over both their columns, nothing where the query is not.
    @Test func everyOccurrenceIsMarkedAsTheSearchMatchesIt() {
        let text = "Open Data平台：OPEN数据开放"
        var screen = Screen(width: 40, height: 1)
        _ = screen.put(text, x: 2, y: 0)
        Renderer.highlight("open", in: text, x: 2, y: 0, into: &screen)
        let marked = (0..<40).filter { screen[$0, 0].role == .match }
        #expect(marked == [2, 3, 4, 5] + [17, 18, 19, 20])
        Renderer.highlight("数据", in: text, x: 2, y: 0, into: &screen)
        #expect((0..<40).filter { screen[$0, 0].role == .match } == marked + [21, 22, 23, 24])
        var plain = Screen(width: 40, height: 1)
        _ = plain.put(text, x: 2, y: 0)
        Renderer.highlight("司法", in: text, x: 2, y: 0, into: &plain)
        #expect((0..<40).allSatisfy { plain[$0, 0].role != .match })
    }

    @Test func spreadsheetWarningsAreNumberedByRow() {
        var ledger = Ledger.bundled()
        ledger.source = "plan.xlsx"
        var state = DashboardState(ledger: ledger, ledgerPath: "/l.json", width: 100, height: 30, today: Fixtures.today)
        Fixtures.press([.char("w")], on: &state)
        #expect(Renderer.render(state).lines.contains { $0.contains("row 201: task 35 has no responsible unit") })
    }
}
