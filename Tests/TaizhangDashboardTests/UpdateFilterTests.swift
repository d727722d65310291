import TaizhangScreen
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangDashboard

/// Unit filter and search narrow the tasks pane; Esc brings everything back.
@Suite struct UpdateFilterTests {
    var numbers: (DashboardState) -> [Int] = { state in
        state.taskRows.compactMap { $0.taskIndex.map { state.ledger.plan.tasks[$0].number } }
    }

    @Test func enterOnAUnitFiltersTheTasksAndEscClears() {
        var state = Fixtures.state()
        Fixtures.press([.tab, .tab, .char("j"), .char("j"), .enter], on: &state)
        #expect(state.unitFilter == .unit("市政府办公室"))
        #expect(state.focus == .tasks)
        #expect(numbers(state) == [1, 2, 7, 10, 26, 31, 32, 33, 39, 45])
        #expect(state.visibleTaskCount == 10)
        Fixtures.press([.escape], on: &state)
        #expect(state.unitFilter == nil)
        #expect(state.visibleTaskCount == 57)
    }

    @Test func searchNarrowsLiveKeepsOnEnterAndClearsOnEsc() {
        var state = Fixtures.state()
        Fixtures.press([.char("/")] + Fixtures.type("司法"), on: &state)
        #expect(state.isSearching)
        #expect(numbers(state) == [1, 2, 8])
        Fixtures.press(Fixtures.type("局"), on: &state)
        #expect(numbers(state) == [1, 2, 8])
        Fixtures.press([.backspace, .backspace], on: &state)
        #expect(state.query == "司")
        Fixtures.press(Fixtures.type("法部"), on: &state)
        #expect(numbers(state) == [8])
        Fixtures.press([.enter], on: &state)
        #expect(!state.isSearching)
        #expect(numbers(state) == [8])
        #expect(state.selectedTask?.number == 8)
        Fixtures.press([.char("j")], on: &state)
        #expect(state.selectedTask?.number == 8)
        Fixtures.press([.escape], on: &state)
        #expect(state.query.isEmpty)
        #expect(state.visibleTaskCount == 57)
        #expect(state.selectedTask?.number == 8)
    }

    @Test func escWhileTypingCancelsTheSearch() {
        var state = Fixtures.state()
        Fixtures.press([.char("/")] + Fixtures.type("疫情") + [.escape], on: &state)
        #expect(!state.isSearching)
        #expect(state.visibleTaskCount == 57)
    }

    @Test func searchIsCaseInsensitiveAndMatchesUnitsToo() {
        var state = Fixtures.state()
        Fixtures.press([.char("/")] + Fixtures.type("市教育局"), on: &state)
        #expect(numbers(state) == [23])
        Fixtures.press([.ctrl("u")] + Fixtures.type("12366"), on: &state)
        #expect(numbers(state) == [18])
        Fixtures.press([.ctrl("u")] + Fixtures.type("zzz"), on: &state)
        #expect(state.taskRows.isEmpty)
        #expect(state.selectedTask == nil)
        #expect(Fixtures.press([.enter, .char(" ")], on: &state).isEmpty)
    }

    @Test func filtersCombineWithTheScope() {
        var state = Fixtures.state()
        Fixtures.press([.backTab, .char("j"), .enter], on: &state)
        Fixtures.press([.tab, .tab, .enter], on: &state)
        #expect(state.unitFilter == .unit("各区政府（管委会）"))
        #expect(numbers(state) == [3, 4, 5, 6, 7, 9, 10])
        // Enter on the unit that is already the filter takes the filter off.
        Fixtures.press([.tab, .tab, .enter], on: &state)
        #expect(state.unitFilter == nil)
        #expect(state.visibleTaskCount == 10)
    }
}
