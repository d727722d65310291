import TaizhangImport
import TaizhangModel
import TaizhangScreen
import Testing
@testable import TaizhangDashboard

/// Going to a task by number, as warnings and commands name them: digits then Enter, `:35`,
/// and `/35` in the search; the digits' filters taken back once they turn out to be a number.
@Suite struct UpdateJumpTests {
    func numbers(_ state: DashboardState) -> [Int] {
        state.taskRows.compactMap { $0.taskIndex.map { state.ledger.plan.tasks[$0].number } }
    }

    @Test func digitsThenEnterGoToTheTask() {
        var state = Fixtures.state()
        Fixtures.press([.char("3")], on: &state)
        // A digit alone filters at once, and the status line offers the number.
        #expect(state.statusFilter == .done)
        #expect(Renderer.render(state).lines[29].hasPrefix(" Go to task 3: Enter "))
        Fixtures.press([.char("5")], on: &state)
        #expect(state.pendingNumber == "35")
        Fixtures.press([.enter], on: &state)
        #expect(state.selectedTask?.number == 35)
        #expect(state.statusFilter == nil && state.visibleTaskCount == 57, "the digits' filters are taken back")
        #expect(state.pendingNumber.isEmpty && state.focus == .tasks)
    }

    @Test func aDigitFollowedByAnotherKeyIsAFilter() {
        var state = Fixtures.state()
        Fixtures.press([.char("1"), .char("j")], on: &state)
        #expect(state.statusFilter == .todo && state.pendingNumber.isEmpty)
        #expect(state.selectedTask?.number == 2)
        // Backspace takes the last digit back; with none left the filters are as before.
        Fixtures.press([.char("2"), .backspace], on: &state)
        #expect(state.statusFilter == .todo && state.pendingNumber.isEmpty)
        // 0 then Enter: every status, and Enter reads the task as it always does.
        Fixtures.press([.char("0"), .enter], on: &state)
        #expect(state.statusFilter == nil && state.focus == .detail)
    }

    /// A task hidden by a scope, a unit filter and a search is shown, and the status line says
    /// the filters went.
    @Test func goingToAHiddenTaskClearsWhatHidesIt() {
        var state = Fixtures.state()
        Fixtures.press([.tab, .tab, .char("j"), .char("j"), .enter, .char("/")] + Fixtures.type("规章") + [.enter], on: &state)
        #expect(state.isFiltered && !numbers(state).contains(40))
        Fixtures.press([.char("4"), .char("0"), .enter], on: &state)
        #expect(state.selectedTask?.number == 40)
        #expect(!state.isFiltered && state.scope == .all)
        #expect(state.message == "Filters cleared to show task 40")
    }

    @Test func colonAsksForANumber() {
        var state = Fixtures.state(strings: .chinese)
        Fixtures.press([.char(":")] + Fixtures.type("99") + [.enter], on: &state)
        #expect(state.prompt?.error == "没有任务 99（任务编号 1–57）")
        #expect(Renderer.render(state).lines[29].hasPrefix(" 转到任务：99"))
        Fixtures.press([.ctrl("u")] + Fixtures.type("12") + [.enter], on: &state)
        #expect(state.prompt == nil && state.selectedTask?.number == 12)
        Fixtures.press(Array(repeating: .char("9"), count: 3) + [.enter], on: &state)
        #expect(state.message == "没有任务 999（任务编号 1–57）")
    }

    /// `/35` finds task 35 by its number (its text has no 35), as well as texts that say 35.
    @Test func searchFindsTaskNumbers() {
        var state = Fixtures.state()
        Fixtures.press([.char("/"), .char("3")], on: &state)
        #expect(numbers(state).contains(3))
        Fixtures.press([.char("5")], on: &state)
        #expect(numbers(state) == [35])
        Fixtures.press([.enter], on: &state)
        #expect(state.selectedTask?.number == 35)
    }

    /// Another task's text starts at its top, however the selection moved.
    @Test func theDetailScrollIsPerTask() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press([.char("l"), .char("j"), .char("j"), .char("j")], on: &state)
        #expect(state.focus == .detail && state.detailScroll == 3)
        Fixtures.press([.char(":")] + Fixtures.type("4") + [.enter], on: &state)
        #expect(state.detailScroll == 0)
        Fixtures.press([.char("l"), .char("j"), .char("h"), .char("j")], on: &state)
        #expect(state.selectedTask?.number == 5 && state.detailScroll == 0)
    }
}
