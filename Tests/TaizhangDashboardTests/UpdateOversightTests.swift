import TaizhangImport
import TaizhangModel
import TaizhangScreen
import Testing
@testable import TaizhangDashboard

/// Issue 14 from the keyboard: reported → signed off, or returned with a reason, each step
/// undone in turn; Space signing the coordinator's own task off at once; lights filtered and
/// sorted; a deadline moved only with a reason, and the detail pane's record of it.
@Suite struct UpdateOversightTests {
    static let october = DayDate("2022-10-01")!

    func state(today: DayDate = Fixtures.today, strings: UIStrings = .english) -> DashboardState {
        DashboardState(ledger: Ledger.bundled(), ledgerPath: Fixtures.ledgerPath, width: 100, height: 30, strings: strings, today: today)
    }

    func numbers(_ state: DashboardState) -> [Int] {
        state.taskRows.compactMap { $0.taskIndex.map { state.ledger.plan.tasks[$0].number } }
    }

    @Test func reportedThenReturnedWithAReasonThenSignedOffEachUndone() {
        var state = state()
        Fixtures.press([.char("j")], on: &state)  // task 2
        #expect(Fixtures.press([.char("r")], on: &state) == [.save])
        #expect(state.selectedTask?.status == .reported)
        #expect(state.message == "task 2 status: to do → reported done")
        #expect(state.workload.row("市司法局")?.reported == 1)

        // < asks why; Enter with nothing typed is refused and keeps the prompt.
        Fixtures.press([.char("<")], on: &state)
        #expect(state.prompt?.kind == .returnReason(task: 2))
        Fixtures.press([.enter], on: &state)
        #expect(state.prompt?.error == "a reason is needed")
        #expect(state.selectedTask?.status == .reported)
        #expect(Fixtures.press(Fixtures.type("缺少佐证材料") + [.enter], on: &state) == [.save])
        #expect(state.selectedTask?.status == .returned)
        #expect(state.ledger.history.last?.reason == "缺少佐证材料")
        let detail = DetailContent.lines(for: state, width: 60).map(\.text)
        #expect(detail[0] == "2  [<] returned  G green")
        #expect(detail.contains("Returned: 缺少佐证材料"))

        // Reported again, then signed off.
        Fixtures.press([.char("r"), .char("x")], on: &state)
        #expect(state.selectedTask?.status == .done)
        #expect(state.navigator[0].done == 1)
        #expect(state.message == "task 2 status: reported done → done")
        Fixtures.press([.char("x")], on: &state)
        #expect(state.message == "task 2 is already done")

        // Each step undone, newest first, each naming the task.
        let expected: [TaskStatus] = [.reported, .returned, .reported, .todo]
        for status in expected {
            #expect(Fixtures.press([.char("u")], on: &state) == [.save])
            #expect(state.selectedTask?.status == status)
            #expect(state.message?.hasPrefix("Undone: task 2 status: ") == true, "\(state.message ?? "")")
        }
        #expect(state.navigator[0].done == 0)
        #expect(state.workload.row("市司法局")?.reported == 0)
    }

    /// Space means done for the coordinator's own task: signed off at once, whatever it
    /// stood at; again it is to do.
    @Test func spaceSignsOffAtOnce() {
        var state = state()
        Fixtures.press([.char("r"), .char(" ")], on: &state)
        #expect(state.selectedTask?.status == .done)
        Fixtures.press([.char(" ")], on: &state)
        #expect(state.selectedTask?.status == .todo)
    }

    /// A unit's part reported in the picker; the last makes the task reported, not done.
    @Test func aUnitsPartReportedInThePicker() {
        var state = state()
        Fixtures.press([.char("m"), .char(" ")], on: &state)
        #expect(state.ledger.plan.tasks[0].unitsDone == ["市政府办公室"])
        #expect(state.ledger.plan.tasks[0].status == .todo)
        Fixtures.press([.char("j"), .char(" "), .escape], on: &state)
        #expect(state.ledger.plan.tasks[0].status == .reported)
        #expect(Renderer.render(state).lines.contains { $0.contains(" 1 [?] G 依托") })
    }

    @Test func fourAndFiveFilterReportedAndReturnedAndZeroClearsEveryStatusFilter() {
        var state = state(today: Self.october)
        Fixtures.press([.char("r"), .char("j"), .char("<")] + Fixtures.type("再核实") + [.enter], on: &state)
        Fixtures.press([.char("4")], on: &state)
        #expect(numbers(state) == [1])
        Fixtures.press([.char("5")], on: &state)
        #expect(numbers(state) == [2])
        Fixtures.press([.char("j"), .char("!"), .char("L")], on: &state)
        #expect(state.statusFilter == .returned && state.overdueOnly && state.lightFilter == .red)
        Fixtures.press([.char("0"), .char("j")], on: &state)
        #expect(state.statusFilter == nil && !state.overdueOnly && state.lightFilter == nil)
        #expect(state.visibleTaskCount == 57)
    }

    /// L cycles red, yellow, green, all; the title names it; o sorts by light, red first.
    @Test func lightsFilterAndSort() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.deadline(task: 9, to: Deadline(.date("2022-09-01"))), stamp: Fixtures.stamp)
        try ledger.apply(.status(task: 2, to: .doing), stamp: Fixtures.stamp)
        try ledger.apply(.status(task: 3, to: .done), stamp: Fixtures.stamp)
        var state = DashboardState(ledger: ledger, ledgerPath: "/l.json", width: 100, height: 30, today: Self.october)
        Fixtures.press([.char("L")], on: &state)
        #expect(numbers(state) == [9])
        #expect(Renderer.tasksTitle(state) == "Tasks 1/57  light=red")
        Fixtures.press([.char("L")], on: &state)
        #expect(state.lightFilter == .yellow && !numbers(state).contains(2) && !numbers(state).contains(3))
        Fixtures.press([.char("L")], on: &state)
        #expect(numbers(state).contains(2) && numbers(state).contains(46))
        Fixtures.press([.char("L")], on: &state)
        #expect(state.lightFilter == nil && state.visibleTaskCount == 57)
        Fixtures.press([.char("o"), .char("o")], on: &state)
        #expect(state.taskSort == .light)
        #expect(numbers(state).first == 9 && numbers(state).last == 3)
        // The area and section counts say it without colour: R1 in 一 and its （四）.
        let area = try #require(Renderer.render(state).lines.first { $0.hasPrefix("│ 一、优化政务公开工作基础") })
        #expect(area.contains(" R1 Y7 1/10 │"), "\(area)")
        #expect(state.navigator[1].oversight.red == 1)
        #expect(state.navigator.first { $0.scope == .section(area: 1, section: 4) }?.oversight.red == 1)
    }

    /// A deadline set where there was none is recorded at once; moving one asks why, and the
    /// Task pane lists it under Extensions with its reason.
    @Test func movingADeadlineAsksWhyAndIsListed() throws {
        var state = state()
        Fixtures.press(Array(repeating: .char("j"), count: 4) + [.char("d")], on: &state)
        #expect(state.selectedTask?.number == 5)
        #expect(state.prompt?.editor.text == "2022-12-31")
        // The same day again changes nothing and keeps the plan's words.
        Fixtures.press([.enter], on: &state)
        #expect(state.prompt == nil && state.ledger.history.isEmpty)
        Fixtures.press([.char("d"), .ctrl("u")] + Fixtures.type("2023年3月底前") + [.enter], on: &state)
        #expect(state.prompt?.kind == .extensionReason(task: 5, to: Deadline(.date("2023-03-31"), phrase: "2023年3月底前")))
        let line = Renderer.render(state).lines[29]
        #expect(line.hasPrefix(" 5 Why does it move? "))
        #expect(line.hasSuffix(" 2022-12-31 (年底前) → 2023-03-31 (2023年3月底前) "), "\(line)")
        #expect(Fixtures.press(Fixtures.type("补贴资金下达较晚") + [.enter], on: &state) == [.save])
        #expect(state.selectedTask?.deadline?.date == "2023-03-31")
        let detail = DetailContent.lines(for: state, width: 120).map(\.text)
        let heading = try #require(detail.firstIndex(of: "Extensions:"))
        #expect(detail[heading + 2] == "    deadline: 2022-12-31 (年底前) → 2023-03-31 (2023年3月底前) (reason: 补贴资金下达较晚)")
        // A deadline where there was none: no question.
        Fixtures.press([.char("j"), .char("d")] + Fixtures.type("6月底前") + [.enter], on: &state)
        #expect(state.prompt == nil)
        #expect(state.selectedTask?.deadline == Deadline(.date("2022-06-30"), phrase: "6月底前"))
    }

    /// A unit's note with a problem, a next step and an extension asked; evidence on file.
    @Test func theDetailPaneListsProblemsNextStepsAndEvidence() throws {
        var ledger = Ledger.bundled()
        ledger.plan.tasks[0].notes = [
            Note(at: "2022-07-01T10:00:00+08:00", by: "市司法局", text: "规章库已更新", problem: "系统未上线", nextStep: "下月完成", extensionAsked: "2022-12-31"),
            Note(at: "2022-08-01T10:00:00+08:00", by: "市政府办公室", text: "已上线"),
        ]
        try ledger.apply(.addEvidence(task: 1, link: "https://www.zhuhai.gov.cn/gz", label: "规章库", unit: "市司法局"), stamp: Fixtures.stamp)
        for strings in [UIStrings.english, .chinese] {
            let state = DashboardState(ledger: ledger, ledgerPath: "/l.json", width: 100, height: 30, strings: strings, today: Self.october)
            let detail = DetailContent.lines(for: state, width: 70).map(\.text)
            let notes = try #require(detail.firstIndex(of: strings.notes + strings.labelSeparator.filter { $0 != " " }))
            let zh = strings.language == .chinese
            #expect(Array(detail[(notes + 1)...].prefix(7)) == [
                "  #2 2022-08-01 10:00 市政府办公室", "    已上线",
                "  #1 2022-07-01 10:00 市司法局", "    规章库已更新",
                zh ? "    存在问题：系统未上线" : "    Problem: 系统未上线",
                zh ? "    下步计划：下月完成" : "    Next step: 下月完成",
                zh ? "    申请延期至：2022-12-31" : "    Asks until: 2022-12-31",
            ])
            let evidence = try #require(detail.firstIndex(of: zh ? "佐证材料：" : "Evidence:"))
            #expect(detail[evidence + 1] == "  2026-11-27 市司法局")
            #expect(detail[evidence + 2] == "    规章库  https://www.zhuhai.gov.cn/gz")
        }
    }
}
