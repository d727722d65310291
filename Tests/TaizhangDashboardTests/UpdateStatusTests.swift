import TaizhangScreen
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangDashboard

/// Status changes from the keyboard, and every count that must follow them.
@Suite struct UpdateStatusTests {
    func workloadRow(_ state: DashboardState, _ unit: String?) -> WorkloadRow {
        state.workload.rows.first { $0.unit == unit }!
    }

    @Test func spaceTogglesDoneAndAsksForASave() {
        var state = Fixtures.state()
        let effects = Fixtures.press([.char("j"), .char("j"), .char("j"), .char(" ")], on: &state)
        #expect(effects == [.save])
        let task = state.ledger.plan.tasks[3]
        #expect(task.number == 4 && task.status == .done)
        #expect(task.statusChanged == Fixtures.stamp)
        #expect(state.navigator[0].done == 1 && state.navigator[0].total == 57)
        #expect(state.navigator[1].done == 1 && state.navigator[1].total == 10)
        let section = state.navigator.first { $0.scope == .section(area: 1, section: 2) }!
        #expect(section.done == 1 && section.total == 3)
        #expect(workloadRow(state, "各区政府（管委会）").done == 1)
        #expect(workloadRow(state, "各区政府（管委会）").open == 50)
        #expect(workloadRow(state, "市直各有关单位").done == 0)

        #expect(Fixtures.press([.char(" ")], on: &state) == [.save])
        #expect(state.ledger.plan.tasks[3].status == .todo)
        #expect(state.navigator[0].done == 0)
        #expect(workloadRow(state, "各区政府（管委会）").done == 0)
    }

    @Test func sCyclesTodoDoingDone() {
        var state = Fixtures.state()
        var seen: [TaskStatus] = []
        for _ in 0..<3 {
            #expect(Fixtures.press([.char("s")], on: &state) == [.save])
            seen.append(state.selectedTask!.status)
        }
        #expect(seen == [.doing, .done, .todo])
        Fixtures.press([.char("s")], on: &state)
        #expect(workloadRow(state, "市政府办公室").doing == 1)
        #expect(workloadRow(state, "市政府办公室").open == 10)
    }

    @Test func theUnassignedTaskIsCountedInItsOwnRow() {
        var state = Fixtures.state()
        let row = state.workload.rows.count - 1
        #expect(state.workload.rows[row] == WorkloadRow(unit: nil, total: 1))
        Fixtures.press([.tab, .tab] + Array(repeating: .char("j"), count: row) + [.enter], on: &state)
        #expect(state.unitFilter == .unassigned)
        #expect(state.selectedTask?.number == 35)
        Fixtures.press([.char(" ")], on: &state)
        #expect(state.workload.rows[row].done == 1)
    }

    /// Keys that change a task change the one the Task pane shows, from every pane, and the
    /// status line names it: no pane makes Space mean something else.
    @Test(arguments: [Pane.areas, .tasks, .detail, .workload])
    func statusKeysWorkTheSameFromEveryPane(pane: Pane) {
        var state = Fixtures.state()
        Fixtures.press([.char("j")], on: &state)
        _ = Dashboard.update(&state, .focus(pane), now: { Fixtures.stamp })
        #expect(Fixtures.press([.char(" ")], on: &state) == [.save])
        #expect(state.ledger.plan.tasks[1].status == .done)
        #expect(state.message == "task 2 status: to do → done")
        #expect(state.focus == pane)
    }

    @Test func aFailedSaveShowsUntilASaveSucceeds() {
        var state = Fixtures.state()
        _ = Dashboard.update(&state, .saveFailed("disk full"), now: { Fixtures.stamp })
        Fixtures.press([.char("j")], on: &state)
        #expect(state.unsavedReason == "disk full")
        _ = Dashboard.update(&state, .saved(generation: 3), now: { Fixtures.stamp })
        #expect(state.unsavedReason == nil)
        #expect(state.ledger.generation == 3)
    }
}
