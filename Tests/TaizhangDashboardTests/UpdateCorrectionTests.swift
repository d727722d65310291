import TaizhangImport
import TaizhangModel
import TaizhangScreen
import Testing
@testable import TaizhangDashboard

/// Issue 12's corrections from the keyboard, each a recorded change that `u` takes back: a
/// note edited or deleted, a task's units and roles set (task 35 has none), the plan's title,
/// 文号, issuer and date; and dates typed as people write them.
@Suite struct UpdateCorrectionTests {
    /// Task 1 with two notes, written a minute apart.
    func withNotes() -> DashboardState {
        var state = Fixtures.state()
        for (minute, text) in [("04", "第一条"), ("05", "第二条 有错字")] {
            for key in [Key.char("a")] + Fixtures.type(text) + [.enter] {
                guard let action = KeyMap.action(for: key, in: state) else { continue }
                _ = Dashboard.update(&state, action, now: { Stamp(at: "2026-11-27T17:\(minute):09+08:00", by: "coordinator") })
            }
        }
        return state
    }

    @Test func aNoteEditedThenUndone() throws {
        var state = withNotes()
        Fixtures.press([.char("n")], on: &state)
        #expect(state.menu == Menu(.notes(task: 1)))
        let text = Renderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("Notes of task 1"))
        #expect(text.contains("#2 2026-11-27 17:05 coordinator  第二条 有错字"))
        // Newest first: Enter edits note 2, its text ready to correct.
        Fixtures.press([.enter], on: &state)
        #expect(state.menu == nil)
        #expect(state.prompt?.kind == .editNote(task: 1, index: 1))
        #expect(state.prompt?.editor.text == "第二条 有错字")
        #expect(Renderer.render(state).lines[29].hasPrefix(" 1 Note 2: 第二条 有错字"))
        Fixtures.press([.backspace, .backspace, .backspace, .backspace, .ctrl("u"), .enter], on: &state)
        #expect(state.prompt?.error == "a note needs some text", "an emptied note is refused, not deleted")
        Fixtures.press(Fixtures.type("第二条") + [.enter], on: &state)
        #expect(state.ledger.plan.tasks[0].notes.map(\.text) == ["第一条", "第二条"])
        #expect(state.message == "task 1 note edited: 第二条 有错字 → 第二条")
        Fixtures.press([.char("u")], on: &state)
        #expect(state.ledger.plan.tasks[0].notes.map(\.text) == ["第一条", "第二条 有错字"])
    }

    @Test func aNoteDeletedThenBroughtBack() {
        var state = withNotes()
        Fixtures.press([.char("n"), .char("j"), .char("x")], on: &state)
        #expect(state.ledger.plan.tasks[0].notes.map(\.text) == ["第二条 有错字"])
        #expect(state.menu == Menu(.notes(task: 1), cursor: 0), "the menu stays on what is left")
        Fixtures.press([.escape, .char("u")], on: &state)
        #expect(state.ledger.plan.tasks[0].notes.map(\.text) == ["第一条", "第二条 有错字"])
        // A task without notes says how to write one.
        Fixtures.press([.char("j"), .char("n")], on: &state)
        #expect(state.menu == nil)
        #expect(state.message == "task 2 has no notes: a writes one")
    }

    /// Task 35 has no unit: U gives it one, leading, and a supporting one; the no-unit row goes.
    @Test func unitsAndRolesSetThenUndone() throws {
        var state = Fixtures.state(strings: .chinese)
        Fixtures.press([.char(":")] + Fixtures.type("35") + [.enter, .char("A")], on: &state)
        #expect(state.prompt?.kind == .units(task: 35))
        #expect(state.prompt?.editor.text == "")
        #expect(state.workload.row(nil)?.total == 1)
        Fixtures.press(Fixtures.type("市政府办公室（牵头）、市政务服务数据管理局") + [.enter], on: &state)
        #expect(state.selectedTask?.units == [
            UnitAssignment(name: "市政府办公室", role: .lead), UnitAssignment(name: "市政务服务数据管理局", role: .responsible),
        ])
        #expect(state.workload.row(nil) == nil)
        #expect(state.workload.row("市政府办公室")?.total == 11)
        // The prompt starts from what is there; a group's bracket is part of its name.
        Fixtures.press([.char("A")], on: &state)
        #expect(state.prompt?.editor.text == "市政府办公室（牵头）、市政务服务数据管理局")
        Fixtures.press([.ctrl("u")] + Fixtures.type("各区政府（管委会）（配合）、各区政府（管委会）") + [.enter], on: &state)
        #expect(state.prompt?.error == "单位 各区政府（管委会） 写了两次")
        Fixtures.press([.ctrl("u")] + Fixtures.type("各区政府（管委会）（配合）") + [.enter], on: &state)
        #expect(state.selectedTask?.units == [UnitAssignment(name: "各区政府（管委会）", role: .supporting)])
        Fixtures.press([.char("u"), .char("u")], on: &state)
        #expect(state.selectedTask?.units == [])
        #expect(state.workload.row(nil)?.total == 1)
    }

    @Test func unitListTextReadsRolesInEitherLanguage() {
        #expect(UnitListText.parse("市司法局 (lead), 市财政局(supporting)；各区政府（管委会）、市教育局（参照落实）") == [
            UnitAssignment(name: "市司法局", role: .lead), UnitAssignment(name: "市财政局", role: .supporting),
            UnitAssignment(name: "各区政府（管委会）", role: .responsible), UnitAssignment(name: "市教育局", role: .reference),
        ])
        let units = [UnitAssignment(name: "甲", role: .lead), UnitAssignment(name: "乙", role: .responsible)]
        #expect(UnitListText.format(units, language: .english) == "甲 (lead), 乙")
        #expect(UnitListText.parse(UnitListText.format(units, language: .chinese)) == units)
    }

    /// P lists the plan's details; each is corrected on its own and undone on its own.
    @Test func thePlansDetailsCorrected() {
        var state = Fixtures.state()
        Fixtures.press([.char("T")], on: &state)
        let text = Renderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("Document number  珠府办〔2022〕6号"))
        #expect(text.contains("Date             2022-06-17"))
        Fixtures.press([.char("j"), .enter], on: &state)
        #expect(state.prompt?.kind == .planField(.documentNumber))
        Fixtures.press([.ctrl("u")] + Fixtures.type("珠府办函〔2022〕6号") + [.enter], on: &state)
        #expect(state.ledger.plan.documentNumber == "珠府办函〔2022〕6号")
        Fixtures.press([.char("T"), .char("G"), .enter, .ctrl("u")] + Fixtures.type("2022/6/20") + [.enter], on: &state)
        #expect(state.ledger.plan.date == "2022-06-20")
        Fixtures.press([.char("T"), .enter, .ctrl("u"), .enter], on: &state)
        #expect(state.prompt?.error == "the plan needs a title")
        Fixtures.press([.escape, .char("u")], on: &state)
        #expect(state.ledger.plan.date == "2022-06-17")
        #expect(state.ledger.plan.documentNumber == "珠府办函〔2022〕6号")
        Fixtures.press([.char("u")], on: &state)
        #expect(state.ledger.plan.info == Ledger.bundled().plan.info)
    }

    /// Dates as people type them in the deadline prompt, read in the plan's year (2022).
    @Test(arguments: [
        ("2026/12/31", Deadline(.date("2026-12-31"))), ("2026.12.31", Deadline(.date("2026-12-31"))),
        ("12月31日", Deadline(.date("2022-12-31"))), ("12-31", Deadline(.date("2022-12-31"))),
        ("年底前", Deadline(.date("2022-12-31"), phrase: "年底前")), ("6月底前", Deadline(.date("2022-06-30"), phrase: "6月底前")),
        ("下周五", Deadline(.date("2022-06-24"))), ("每季度", Deadline(.recurring(.quarterly), phrase: "每季度")),
    ])
    func datesAsPeopleTypeThem(typed: String, deadline: Deadline) {
        var state = Fixtures.state()
        Fixtures.press([.char("j"), .char("d")] + Fixtures.type(typed) + [.enter], on: &state)
        #expect(state.prompt == nil)
        #expect(state.ledger.plan.tasks[1].deadline == deadline)
    }

    /// A refusal fits beside the prompt at 80 columns, in both languages, whole.
    @Test(arguments: [UIStrings.english, UIStrings.chinese])
    func aRefusedDateSaysWhyWholeAt80Columns(strings: UIStrings) {
        var state = Fixtures.state(width: 80, height: 24, strings: strings)
        Fixtures.press([.char("d")] + Fixtures.type("2022/13/45") + [.enter], on: &state)
        let line = Renderer.render(state).lines[23]
        let reason = strings.language == .chinese ? "没有这一天：2022/13/45" : "no such day: 2022/13/45"
        #expect(line.hasSuffix(reason + " "), "\(line)")
        Fixtures.press([.ctrl("u")] + Fixtures.type("明年") + [.enter], on: &state)
        let refused = Renderer.render(state).lines[23]
        let words = strings.language == .chinese ? "无法识别：可写 2026-12-31、12月31日、6月底前" : "not a date: try 2026-12-31, 12月31日, 6月底前"
        #expect(refused.contains("明年") && refused.hasSuffix(words + " "), "\(refused)")
        // Before anything is refused, the same place says what may be typed.
        Fixtures.press([.escape, .char("d")], on: &state)
        #expect(Renderer.render(state).lines[23].contains(strings.deadlineHint))
    }
}
