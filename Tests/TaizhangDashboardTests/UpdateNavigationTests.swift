import TaizhangScreen
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangDashboard

/// Key sequences through KeyMap and update, as the runtime applies them, on the real plan.
@Suite struct UpdateNavigationTests {
    @Test func startsOnAllTasksWithTaskOneSelectedInTheTasksPane() {
        let state = Fixtures.state()
        #expect(state.focus == .tasks)
        #expect(state.scope == .all)
        #expect(state.navigatorCursor == 0)
        #expect(state.selectedTask?.number == 1)
        #expect(state.visibleTaskCount == 57)
        #expect(state.taskRows.count == 62)
        #expect(state.taskRows.first == .heading(.area(1)))
        #expect(state.navigator.count == 1 + 5 + 17)
    }

    @Test func movesOverTasksAndSkipsHeadings() {
        var state = Fixtures.state()
        Fixtures.press([.char("j"), .down, .char("j")], on: &state)
        #expect(state.selectedTask?.number == 4)
        Fixtures.press(Array(repeating: .char("j"), count: 7), on: &state)
        #expect(state.selectedTask?.number == 11)
        #expect(state.taskRows[state.taskCursor - 1] == .heading(.area(2)))
        Fixtures.press([.char("k")], on: &state)
        #expect(state.selectedTask?.number == 10)
        Fixtures.press([.char("G")], on: &state)
        #expect(state.selectedTask?.number == 57)
        Fixtures.press([.char("j")], on: &state)
        #expect(state.selectedTask?.number == 57)
        Fixtures.press([.home], on: &state)
        #expect(state.selectedTask?.number == 1)
        Fixtures.press([.char("k"), .up], on: &state)
        #expect(state.selectedTask?.number == 1)
        Fixtures.press([.end, .char("g")], on: &state)
        #expect(state.selectedTask?.number == 1)
    }

    @Test func pagesByTheVisibleRowsAndKeepsTheCursorOnScreen() {
        var state = Fixtures.state(width: 100, height: 30)
        let visible = state.layout!.visibleRows(.tasks)
        #expect(visible == 13)
        Fixtures.press([.pageDown], on: &state)
        #expect(state.taskCursor == 13)
        #expect(state.selectedTask?.number == 12)
        #expect(state.taskScroll == 1)
        Fixtures.press([.pageDown, .pageDown, .pageDown], on: &state)
        #expect(state.taskScroll <= state.taskCursor && state.taskCursor < state.taskScroll + visible)
        Fixtures.press([.pageUp], on: &state)
        #expect(state.taskScroll <= state.taskCursor && state.taskCursor < state.taskScroll + visible)
    }

    @Test func tabAndShiftTabCycleTheFocus() {
        var state = Fixtures.state()
        var seen: [Pane] = []
        for _ in 0..<4 {
            Fixtures.press([.tab], on: &state)
            seen.append(state.focus)
        }
        #expect(seen == [.detail, .workload, .areas, .tasks])
        Fixtures.press([.backTab], on: &state)
        #expect(state.focus == .areas)
        Fixtures.press([.char("l")], on: &state)
        #expect(state.focus == .tasks)
        Fixtures.press([.char("h"), .char("h")], on: &state)
        #expect(state.focus == .workload)
    }

    @Test func enterOnAnAreaOrSectionShowsItsTasks() {
        var state = Fixtures.state()
        Fixtures.press([.backTab, .char("j"), .enter], on: &state)
        #expect(state.scope == .area(1))
        #expect(state.focus == .tasks)
        #expect(state.visibleTaskCount == 10)
        #expect(state.taskRows.filter { if case .heading = $0 { true } else { false } }.count == 4)
        #expect(state.selectedTask?.number == 1)
        Fixtures.press([.backTab, .char("j"), .char("j"), .enter], on: &state)
        #expect(state.scope == .section(area: 1, section: 2))
        #expect(state.taskRows == [.task(2), .task(3), .task(4)])
        #expect(state.selectedTask?.number == 3)
        Fixtures.press([.backTab, .char("g"), .enter], on: &state)
        #expect(state.scope == .all)
        #expect(state.visibleTaskCount == 57)
    }

    @Test func areaFiveHasNoSectionsAndListsItsTwelveTasks() {
        var state = Fixtures.state()
        let row = state.navigator.firstIndex { $0.scope == .area(5) }!
        Fixtures.press([.backTab] + Array(repeating: .char("j"), count: row) + [.enter], on: &state)
        #expect(state.scope == .area(5))
        #expect(state.taskRows == (45...56).map { TaskRow.task($0) })
    }

    @Test func enterOnATaskFocusesTheDetailWhichScrolls() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press([.char("j"), .char("j"), .char("j"), .enter], on: &state)
        #expect(state.focus == .detail)
        Fixtures.press([.char("j"), .char("j")], on: &state)
        #expect(state.detailScroll == 2)
        #expect(state.selectedTask?.number == 4)
        Fixtures.press([.char("G")], on: &state)
        let lines = DetailContent.lines(for: state, width: state.layout!.detail.inner.width - 2).count
        #expect(state.detailScroll == lines - state.layout!.visibleRows(.detail))
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        var state = Fixtures.state()
        Fixtures.press([.char("?")], on: &state)
        #expect(state.showingHelp)
        let effects = Fixtures.press([.char("q")], on: &state)
        #expect(!state.showingHelp)
        #expect(effects.isEmpty)
        #expect(Fixtures.press([.char("q")], on: &state) == [.quit])
    }

    @Test func resizeRelaysOutAndKeepsTheSelection() {
        var state = Fixtures.state(width: 160, height: 50)
        Fixtures.press([.char("G")], on: &state)
        Fixtures.press([.resize(width: 80, height: 24)], on: &state)
        #expect(state.selectedTask?.number == 57)
        let visible = state.layout!.visibleRows(.tasks)
        #expect(state.taskScroll == state.taskCursor - visible + 1)
        Fixtures.press([.resize(width: 20, height: 5)], on: &state)
        #expect(state.layout == nil)
        Fixtures.press([.char("k")], on: &state)
        #expect(state.selectedTask?.number == 56)
    }
}

/// The mouse: a click focuses a pane and selects the row under it; the wheel scrolls.
@Suite struct UpdateMouseTests {
    @Test func clickSelectsPaneAndRow() {
        var state = Fixtures.state(width: 100, height: 30)
        let tasks = state.layout!.tasks.inner
        Fixtures.press([.mouse(MouseEvent(kind: .press, column: tasks.x + 5, row: tasks.y + 4))], on: &state)
        #expect(state.focus == .tasks)
        #expect(state.selectedTask?.number == 4)
        let areas = state.layout!.areas.inner
        Fixtures.press([.mouse(MouseEvent(kind: .press, column: areas.x + 3, row: areas.y + 1))], on: &state)
        #expect(state.focus == .areas)
        #expect(state.navigatorCursor == 1)
    }

    @Test func clickingAUnitFiltersByIt() {
        var state = Fixtures.state(width: 100, height: 30)
        let workload = state.layout!.workload.inner
        Fixtures.press([.mouse(MouseEvent(kind: .press, column: workload.x + 4, row: workload.y + 3))], on: &state)
        #expect(state.unitFilter == .unit("市政府办公室"))
        #expect(state.focus == .tasks)
        #expect(state.visibleTaskCount == 10)
    }

    @Test func wheelMovesInThePaneUnderThePointer() {
        var state = Fixtures.state(width: 100, height: 30)
        let tasks = state.layout!.tasks.inner
        Fixtures.press([.mouse(MouseEvent(kind: .wheelDown, column: tasks.x + 1, row: tasks.y + 1))], on: &state)
        #expect(state.selectedTask?.number == 4)
        Fixtures.press([.mouse(MouseEvent(kind: .wheelUp, column: tasks.x + 1, row: tasks.y + 1))], on: &state)
        #expect(state.selectedTask?.number == 1)
    }
}
