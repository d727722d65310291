import TaizhangScreen
import TaizhangTestSupport
import Testing
@testable import TaizhangDashboard

/// A frame that reuses the last frame's unchanged panes (`RenderMemo`) must be exactly the
/// frame drawn afresh, whatever was pressed before it.
@Suite("Reusing unchanged panes")
struct RenderMemoTests {
    static let keys: [Key] = "jkhlJKgG /局公x0123456789sSoOufFLrRnNdDeEcCpPvVwWU?!.,-=q".map { Key.char($0) }
        + [.up, .down, .left, .right, .tab, .backTab, .enter, .enter, .escape, .escape, .backspace, .pageUp, .pageDown, .home, .end, .ctrl("r"), .ctrl("l")]
    static let sizes: [(Int, Int)] = [(100, 30), (80, 24), (120, 40), (79, 30), (161, 50)]

    @Test(arguments: [(UIStrings.english, UInt64(1)), (UIStrings.chinese, UInt64(2))])
    func randomKeysGiveTheFramesDrawnAfresh(strings: UIStrings, seed: UInt64) {
        var state = Fixtures.state(width: 100, height: 30, strings: strings)
        var random = SeededRandom(seed: seed)
        var memo = RenderMemo()
        var reused = 0
        var differences: [String] = []
        for step in 0..<1200 {
            if random.next(below: 40) == 0 {
                let (width, height) = Self.sizes[Int(random.next(below: UInt64(Self.sizes.count)))]
                _ = Dashboard.update(&state, .resize(width: width, height: height), now: { Fixtures.stamp })
            } else {
                Fixtures.press([Self.keys[Int(random.next(below: UInt64(Self.keys.count)))]], on: &state)
            }
            if let areas = memo.areas, areas.inputs == AreasPaneInputs(state, rows: state.layout?.visibleRows(.areas) ?? 0) { reused += 1 }
            let memoized = Renderer.render(state, memo: &memo)
            let fresh = Renderer.render(state)
            if memoized != fresh, differences.count < 3 {
                let rows = (0..<fresh.height).filter { memoized.line($0) != fresh.line($0) || memoized.row($0) != fresh.row($0) }
                differences.append("step \(step): rows \(rows): \(rows.first.map { memoized.line($0) + " | " + fresh.line($0) } ?? "roles")")
            }
        }
        #expect(differences.isEmpty, "\(differences)")
        // The memo is used: most keys leave the work areas as they were.
        #expect(reused > 600, "the areas pane was reused \(reused) times")
    }

    /// Moving through the tasks leaves the work areas and the unit pane to be copied.
    @Test func movingReusesTheAreasAndUnitPanes() {
        var state = Fixtures.state()
        var memo = RenderMemo()
        _ = Renderer.render(state, memo: &memo)
        Fixtures.press([.char("j")], on: &state)
        #expect(memo.areas?.inputs == AreasPaneInputs(state, rows: state.layout?.visibleRows(.areas) ?? 0))
        #expect(memo.workload?.inputs == WorkloadPaneInputs(state, rows: state.layout?.visibleRows(.workload) ?? 0))
        // Marking a task done changes both panes' counts: both are drawn again.
        Fixtures.press([.char(" ")], on: &state)
        #expect(memo.areas?.inputs != AreasPaneInputs(state, rows: state.layout?.visibleRows(.areas) ?? 0))
        #expect(memo.workload?.inputs != WorkloadPaneInputs(state, rows: state.layout?.visibleRows(.workload) ?? 0))
        #expect(Renderer.render(state, memo: &memo) == Renderer.render(state))
    }

    /// The detail pane's lines are kept while its task and what is said of it stay the same:
    /// a search that keeps the task selected wraps nothing again.
    @Test func aSearchKeepingTheTaskReusesTheDetail() throws {
        var state = Fixtures.state()
        var memo = RenderMemo()
        _ = Renderer.render(state, memo: &memo)
        let width = try #require(state.layout).detail.inner.width - 2
        #expect(memo.detailLines?.source.task.number == 1)
        Fixtures.press("/司".map { Key.char($0) }, on: &state)
        #expect(state.selectedTask?.number == 1)
        #expect(memo.detailLines?.source == DetailSource(state, width: width))
        #expect(Renderer.render(state, memo: &memo) == Renderer.render(state))
    }

    /// The task's history is part of what its detail is made from: a ledger whose task is the
    /// same but whose history names it (as one read again after another writer's change may
    /// be) has its detail made again, the latest change in place of "never changed".
    @Test func theTasksHistoryIsPartOfTheDetail() throws {
        var changed = Fixtures.state()
        Fixtures.press([.char(" ")], on: &changed)
        var ledger = Fixtures.state().ledger
        ledger.history = changed.ledger.history
        let state = DashboardState(ledger: ledger, ledgerPath: Fixtures.ledgerPath, width: 100, height: 30, strings: .english, today: Fixtures.today)
        var memo = RenderMemo()
        _ = Renderer.render(Fixtures.state(), memo: &memo)
        #expect(memo.detailLines?.source.task == state.selectedTask)
        let frame = Renderer.render(state, memo: &memo)
        let fresh = Renderer.render(state)
        #expect(frame.lines == fresh.lines)
        #expect(memo.detailLines?.source.entries.count == 1)
    }
}
