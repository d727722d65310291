import TaizhangScreen
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangDashboard

/// The byte search under the search box: ASCII case folded, Chinese matched as written.
@Suite struct PlanIndexSearchTests {
    func contains(_ text: String, _ pattern: String) -> Bool {
        PlanIndex.folded(text).withUnsafeBytes { t in PlanIndex.folded(pattern).withUnsafeBytes { p in PlanIndex.contains(t, p) } }
    }

    @Test func findsSubstringsByBytes() {
        #expect(contains("市司法局牵头", "司法局"))
        #expect(contains("优化12366纳税服务平台", "12366"))
        #expect(contains("Open Data 平台", "open data"))
        #expect(contains("abc", ""))
        #expect(!contains("司法", "司法局"))
        #expect(!contains("司法部", "司法局"))
        #expect(contains("aab", "ab"))
        #expect(contains("ab", "ab"))
        #expect(!contains("", "a"))
    }

    @Test func narrowingGivesTheSameAnswerAsSearchingAfresh() {
        var typed = Fixtures.state()
        Fixtures.press([.char("/")] + Fixtures.type("政务公开"), on: &typed)
        var fresh = Fixtures.state()
        Fixtures.press([.char("/"), .ctrl("u")] + Fixtures.type("政务公开"), on: &fresh)
        #expect(typed.taskRows == fresh.taskRows)
        // Counted independently from `taizhang list --json`.
        #expect(typed.visibleTaskCount == 13)
    }

    /// Clearing a search goes back to the whole plan's rows, kept from the last time, but
    /// never to those of a ledger since replaced (an undo, another writer's save): there
    /// the rows are the new plan's, as a fresh state makes them.
    @Test func theWholePlansRowsAreKeptOnlyForTheirOwnPlan() {
        var state = Fixtures.state()
        let whole = state.taskRows
        Fixtures.press([.char("/")] + Fixtures.type("司法") + [.backspace, .backspace], on: &state)
        #expect(state.taskRows == whole)
        var smaller = state.ledger
        smaller.plan.tasks.removeLast(20)
        state.ledgerReplaced(by: smaller)
        Fixtures.press(Fixtures.type("司") + [.backspace], on: &state)
        var fresh = Fixtures.state()
        fresh.ledgerReplaced(by: smaller)
        #expect(state.taskRows == fresh.taskRows)
        #expect(state.taskRows.compactMap(\.taskIndex).count == 37)
    }

    /// The unit lookup groups tasks by the name as `String` compares it: two spellings of one
    /// name (composed and decomposed) are one unit, keyed by the spelling met first, its tasks
    /// in plan order; tasks with no unit are listed apart.
    @Test func spellingsOfOneNameAreOneUnitInPlanOrder() {
        var plan = Ledger.bundled().plan
        let decomposed = "Cafe\u{301}局", composed = "Caf\u{E9}局"
        plan.tasks[0].units = [UnitAssignment(name: decomposed, role: .lead)]
        plan.tasks[1].units = [UnitAssignment(name: composed, role: .lead), UnitAssignment(name: "市司法局", role: .supporting)]
        plan.tasks[2].units = [UnitAssignment(name: decomposed, role: .lead)]
        plan.tasks[3].units = []
        let index = PlanIndex(plan: plan)
        let cafe = index.tasksOfUnit.filter { $0.key == composed }
        #expect(cafe.count == 1)
        #expect(cafe.first.map { Array($0.key.utf8) } == Array(decomposed.utf8))
        #expect(cafe.first?.value == [0, 1, 2])
        #expect(index.tasksOfUnit["市司法局"]?.prefix(1) == [1])
        #expect(index.unassignedTasks.contains(3) && !index.unassignedTasks.contains(0))
        let all = plan.tasks.indices.filter { plan.tasks[$0].units.contains { $0.name == "市司法局" } }
        #expect(index.tasksOfUnit["市司法局"] == all)
    }
}

