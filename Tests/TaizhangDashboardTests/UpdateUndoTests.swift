import TaizhangWords
import TaizhangScreen
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangDashboard

/// Undo, redo, another process's save and a read-only ledger, as the dashboard sees them.
@Suite struct UpdateUndoTests {
    @Test func uUndoesAndCtrlRRedoesWithCountsInStep() {
        var state = Fixtures.state()
        Fixtures.press([.char("j"), .char("j"), .char("j"), .char(" ")], on: &state)
        #expect(state.navigator[0].done == 1)
        #expect(Fixtures.press([.char("u")], on: &state) == [.save])
        #expect(state.ledger.plan.tasks[3].status == .todo)
        #expect(state.navigator[0].done == 0)
        #expect(state.selectedTask?.number == 4)
        #expect(state.message == "Undone: task 4 status: done → to do")
        #expect(Fixtures.press([.ctrl("r")], on: &state) == [.save])
        #expect(state.ledger.plan.tasks[3].status == .done)
        #expect(state.workloadLines[0].row.done == 1)
        #expect(Fixtures.press([.ctrl("r")], on: &state).isEmpty)
        #expect(state.message == "Nothing to redo.")
    }

    @Test func detailShowsTheTasksHistoryNewestFirst() {
        var state = Fixtures.state()
        Fixtures.press([.char("s"), .char("s")], on: &state)
        let lines = DetailContent.lines(for: state, width: 90).map(\.text)
        let start = lines.firstIndex(of: "History:")!
        #expect(Array(lines[(start + 1)...(start + 2)]) == [
            "  2026-11-27 17:05 coordinator  status: in progress → done",
            "  2026-11-27 17:05 coordinator  status: to do → in progress",
        ])
        var chinese = Fixtures.state(strings: .chinese)
        Fixtures.press([.char("s"), .char("a")] + Fixtures.type("已报送") + [.enter], on: &chinese)
        let zh = DetailContent.lines(for: chinese, width: 90).map(\.text)
        let zhStart = zh.firstIndex(of: "变更记录：")!
        #expect(Array(zh[(zhStart + 1)...(zhStart + 2)]) == [
            "  2026-11-27 17:05 coordinator  进展：已报送",
            "  2026-11-27 17:05 coordinator  状态：未开始 → 进行中",
        ])
    }

    @Test func anotherProcessesSaveKeepsSelectionAndFocus() throws {
        var state = Fixtures.state()
        Fixtures.press([.char("G"), .tab], on: &state)
        var theirs = state.ledger
        try theirs.apply(.status(task: 2, to: .done), stamp: Fixtures.stamp)
        _ = Dashboard.update(&state, .ledgerChanged(theirs), now: { Fixtures.stamp })
        #expect(state.selectedTask?.number == 57)
        #expect(state.focus == .detail)
        #expect(state.ledger.plan.tasks[1].status == .done)
        #expect(state.navigator[0].done == 1)
    }

    @Test func aReadOnlyLedgerRefusesChanges() {
        var state = Fixtures.state()
        state.makeReadOnly("READ-ONLY: schema 3")
        #expect(Fixtures.press([.char(" "), .char("u")], on: &state).isEmpty)
        #expect(state.ledger == Ledger.bundled())
        #expect(state.message == "READ-ONLY: schema 3")
        #expect(Renderer.render(state).lines[0].contains("READ-ONLY"))
    }
}

/// Quitting with changes that could not be saved: the first q saves again and warns, the
/// second quits.
@Suite struct QuitWithUnsavedChangesTests {
    @Test func firstQRetriesTheSaveSecondQuits() {
        var state = Fixtures.state()
        Fixtures.press([.char(" ")], on: &state)
        _ = Dashboard.update(&state, .saveFailed("No space left on device"), now: { Fixtures.stamp })
        #expect(Fixtures.press([.char("q")], on: &state) == [.save])
        #expect(state.quitPending)
        #expect(Renderer.render(state).lines[29].hasPrefix(" Changes are NOT SAVED and would be lost"))
        // The runtime's second try fails too; q now quits.
        _ = Dashboard.update(&state, .saveFailed("No space left on device"), now: { Fixtures.stamp })
        #expect(state.quitPending)
        #expect(Fixtures.press([.char("q")], on: &state) == [.quit])
    }

    @Test func anotherKeyInBetweenAsksAgain() {
        var state = Fixtures.state()
        _ = Dashboard.update(&state, .saveFailed("EIO"), now: { Fixtures.stamp })
        #expect(Fixtures.press([.char("q"), .char("j")], on: &state) == [.save])
        #expect(!state.quitPending)
        #expect(Fixtures.press([.char("q")], on: &state) == [.save])
        _ = Dashboard.update(&state, .saved(generation: 2), now: { Fixtures.stamp })
        #expect(Fixtures.press([.char("q")], on: &state) == [.quit])
    }
}
