import TaizhangImport
import TaizhangModel
import TaizhangScreen
import Testing
@testable import TaizhangDashboard

/// The unit pane follows the one workload rule as the coordinator works: a unit's own part
/// marked with m is done for it at once, undo takes it back, and a row lists exactly the
/// tasks it counts.
@Suite struct UnitPaneUpdateTests {
    static func row(_ state: DashboardState, _ unit: String) -> WorkloadRow? {
        state.workloadLines.first { $0.row.unit == unit && $0.group == nil }?.row
    }

    /// Moves the unit pane's cursor down to the row of `unit`.
    static func moveCursor(to unit: String, in state: inout DashboardState) throws {
        let target = try #require(state.workloadLines.firstIndex { $0.row.unit == unit }, "no row \(unit)")
        Fixtures.press([.char("g")] + Array(repeating: .char("j"), count: target), on: &state)
        try #require(state.workloadCursor == target)
    }

    @Test func mMarkingAPartCountsItDoneForThatUnitOnly() {
        var state = Fixtures.state()
        // Task 1 names 市政府办公室 and 市司法局: mark the second's part.
        Fixtures.press([.char("m"), .char("j"), .char(" ")], on: &state)
        #expect(state.ledger.plan.tasks[0].unitsDone == ["市司法局"])
        #expect(state.ledger.plan.tasks[0].status == .todo)
        #expect(Self.row(state, "市司法局").map { ($0.done, $0.open) } ?? (0, 0) == (1, 2))
        #expect(Self.row(state, "市政府办公室")?.done == 0)
        #expect(state.workload == Workload(ledger: state.ledger, today: state.today), "kept up to date = recounted")
        Fixtures.press([.escape, .char("u")], on: &state)
        #expect(state.ledger.plan.tasks[0].unitsDone.isEmpty)
        #expect(Self.row(state, "市司法局")?.done == 0)
    }

    /// Enter on a row lists the tasks its total counts, for a group, a member on its own row,
    /// a member only the group names, and an alias's target.
    @Test(arguments: ["各区政府（管委会）", "市政府办公室", "香洲区", "市直各有关单位"])
    func aRowFiltersToTheTasksItCounts(unit: String) throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.alias(from: "市直其他单位", to: "市直各有关单位"), stamp: Fixtures.stamp)
        try ledger.apply(.group(name: "各区政府（管委会）", members: ["市政府办公室", "香洲区"]), stamp: Fixtures.stamp)
        var state = DashboardState(ledger: ledger, ledgerPath: "/l.json", width: 100, height: 30, today: Fixtures.today)
        Fixtures.press([.tab, .tab], on: &state)
        if unit == "香洲区" {
            try Self.moveCursor(to: "各区政府（管委会）", in: &state)
            Fixtures.press([.char("e")], on: &state)
        }
        try Self.moveCursor(to: unit, in: &state)
        let total = state.workloadLines[state.workloadCursor].row.total
        Fixtures.press([.enter], on: &state)
        #expect(state.unitFilter == .unit(unit))
        #expect(state.visibleTaskCount == total)
        let expected = state.ledger.plan.tasks.filter { UnitNaming(ledger).part(of: unit, in: $0, today: Fixtures.today) != nil }.count
        #expect(total == expected)
    }
}
