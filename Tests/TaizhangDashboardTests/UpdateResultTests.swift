import TaizhangDashboard
import TaizhangModel
import TaizhangScreen
import Testing

/// The results of the runtime's effects, as update sees them: what they change on screen
/// and which effects they ask for in turn.
@Suite struct UpdateResultTests {
    /// A result is not a key: it keeps the status-line message and a pending quit.
    @Test func aResultKeepsTheMessage() {
        var state = Fixtures.state()
        Fixtures.press([.char("q")], on: &state)
        _ = Dashboard.update(&state, .saveFailed("EIO"), now: { Fixtures.stamp })
        Fixtures.press([.char("q")], on: &state)
        #expect(state.quitPending)
        let message = state.message
        #expect(Dashboard.update(&state, .saveFailed("EIO"), now: { Fixtures.stamp }).isEmpty)
        #expect(state.message == message)
        #expect(state.quitPending)
    }

    /// The save a pending quit asked for succeeded: quit.
    @Test func aSuccessfulSaveWhileAQuitWaitsQuits() {
        var state = Fixtures.state()
        Fixtures.press([.char(" ")], on: &state)
        _ = Dashboard.update(&state, .saveFailed("EIO"), now: { Fixtures.stamp })
        #expect(Fixtures.press([.char("q")], on: &state) == [.save])
        #expect(Dashboard.update(&state, .saved(generation: 2), now: { Fixtures.stamp }) == [.quit])
        #expect(state.unsavedReason == nil)
    }

    /// A save with no quit waiting asks for nothing more.
    @Test func anOrdinarySaveAsksForNothing() {
        var state = Fixtures.state()
        Fixtures.press([.char(" ")], on: &state)
        #expect(Dashboard.update(&state, .saved(generation: 2), now: { Fixtures.stamp }).isEmpty)
        #expect(state.ledger.generation == 2)
    }

    /// A save that merged another writer's change shows the merged ledger.
    @Test func aMergedSaveShowsTheMergedLedger() throws {
        var state = Fixtures.state()
        var merged = state.ledger
        _ = try merged.apply(.status(task: 5, to: .done), stamp: Fixtures.stamp)
        _ = Dashboard.update(&state, .saved(generation: 7, merged: merged), now: { Fixtures.stamp })
        #expect(state.ledger.plan.tasks[4].status == .done)
        #expect(state.ledger.generation == 7)
        #expect(Renderer.render(state).lines[0].contains(" 1/57 done"))
    }

    /// Another writer's save while a change is NOT SAVED: save again (their lock may have
    /// been what failed it). Without an unsaved change: just show theirs.
    @Test func anotherWritersSaveRetriesOnlyAnUnsavedChange() throws {
        var state = Fixtures.state()
        var theirs = state.ledger
        _ = try theirs.apply(.status(task: 5, to: .done), stamp: Fixtures.stamp)
        #expect(Dashboard.update(&state, .ledgerChanged(theirs), now: { Fixtures.stamp }).isEmpty)
        _ = Dashboard.update(&state, .saveFailed("EAGAIN"), now: { Fixtures.stamp })
        #expect(Dashboard.update(&state, .ledgerChanged(theirs), now: { Fixtures.stamp }) == [.save])
    }

    /// Where the report went, or why it did not.
    @Test func reportResultsSayWhereOrWhy() {
        var state = Fixtures.state()
        _ = Dashboard.update(&state, .reportWritten(["/a/r.md"]), now: { Fixtures.stamp })
        #expect(state.message == "Report written to /a/r.md")
        _ = Dashboard.update(&state, .reportFailed("no room"), now: { Fixtures.stamp })
        #expect(state.message == "no room")
    }
}
