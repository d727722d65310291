import TaizhangImport
import TaizhangStore
import Testing
@testable import TaizhangModel

@Suite struct WorkloadTests {
    @Test func rowsAreSortedByLoadWithUnassignedLast() {
        let rows = Workload(plan: Ledger.bundled().plan).rows
        #expect(rows.map(\.unit).prefix(3) == ["各区政府（管委会）", "市直各有关单位", "市政府办公室"])
        #expect(rows.last == WorkloadRow(unit: nil, total: 1))
        #expect(rows.count == 14)
        #expect(rows.first { $0.unit == "市政务服务数据管理局" }.map { ($0.leads, $0.supporting) } ?? (0, 0) == (7, 0))
        #expect(rows.first { $0.unit == "市直其他有关单位" }?.supporting == 4)
    }

    @Test func aliasesMergeUnitsAndCountATaskOnce() {
        let plan = Ledger.bundled().plan
        let merged = Workload(plan: plan, aliases: [UnitAlias(from: "市直其他单位", to: "市直各有关单位")]).rows
        #expect(merged.first { $0.unit == "市直各有关单位" }?.total == 40)
        #expect(!merged.contains { $0.unit == "市直其他单位" })
    }

    @Test func overdueCountsFollowDeadlinesAndStatus() {
        var plan = Ledger.bundled().plan
        plan.tasks[4].deadline = Deadline(.date("2022-12-31"), phrase: "年底前")
        let today = DayDate("2023-01-05")!
        var workload = Workload(plan: plan, today: today)
        #expect(workload.rows.first { $0.unit == "市财政局" }?.overdue == 1)
        #expect(workload.rows.first { $0.unit == "各区政府（管委会）" }?.overdue == 1)
        workload.statusChanged(of: plan.tasks[4], from: .todo, to: .done)
        #expect(workload.rows.first { $0.unit == "市财政局" }?.overdue == 0)
        #expect(Workload(plan: plan, today: DayDate("2022-12-31")!).rows.first { $0.unit == "市财政局" }?.overdue == 0)
    }
}
