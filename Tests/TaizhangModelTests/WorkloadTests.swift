import TaizhangImport
import Testing
@testable import TaizhangModel

/// The workload on the bundled Zhuhai plan: rows, aliases, overdue work and each unit's part.
@Suite struct WorkloadTests {
    static let today = DayDate("2022-06-17")!

    static func row(_ workload: Workload, _ unit: String?) throws -> WorkloadRow {
        try #require(workload.row(unit), "no row \(unit ?? "nil")")
    }

    @Test func rowsAreSortedByLoadWithUnassignedLast() throws {
        let rows = Workload(plan: Ledger.bundled().plan, today: Self.today).rows
        #expect(rows.map(\.unit).prefix(3) == ["各区政府（管委会）", "市直各有关单位", "市政府办公室"])
        #expect(rows.last == WorkloadRow(unit: nil, total: 1))
        #expect(rows.count == 14)
        #expect(rows.allSatisfy { $0.namedInPlan && !$0.isGroup })
        let data = try #require(rows.first { $0.unit == "市政务服务数据管理局" })
        #expect((data.leads, data.supporting) == (7, 0))
        #expect(rows.first { $0.unit == "市直其他有关单位" }?.supporting == 4)
        // Every task counts once per unit in exactly one role.
        for row in rows where !row.isUnassigned {
            #expect(UnitRole.allCases.map(row.count).reduce(0, +) == row.total, "\(row.unit ?? "")")
        }
    }

    @Test func aliasesMergeUnitsAndCountATaskOnce() throws {
        let plan = Ledger.bundled().plan
        let naming = UnitNaming(aliases: [UnitAlias(from: "市直其他单位", to: "市直各有关单位")])
        let merged = Workload(plan: plan, naming: naming, today: Self.today)
        #expect(try Self.row(merged, "市直各有关单位").total == 40)
        #expect(merged.row("市直其他单位") == nil)
        // A task naming both the alias and its target counts once, in the stronger role.
        var ledger = Ledger.bundled()
        ledger.plan.tasks[2].units = [
            UnitAssignment(name: "市直其他单位", role: .reference), UnitAssignment(name: "市直各有关单位", role: .supporting),
        ]
        let both = Workload(plan: ledger.plan, naming: naming, today: Self.today)
        #expect(try Self.row(both, "市直各有关单位").total == 40)
        #expect(naming.part(of: "市直各有关单位", in: ledger.plan.tasks[2], today: Self.today)?.role == .supporting)
    }

    @Test func overdueCountsFollowDeadlinesAndStatus() throws {
        var plan = Ledger.bundled().plan
        plan.tasks[4].deadline = Deadline(.date("2022-12-31"), phrase: "年底前")
        let today = DayDate("2023-01-05")!
        var workload = Workload(plan: plan, today: today)
        #expect(try Self.row(workload, "市财政局").overdue == 1)
        #expect(try Self.row(workload, "各区政府（管委会）").overdue == 1)
        var done = plan.tasks[4]
        done.status = .done
        workload.taskChanged(from: plan.tasks[4], to: done)
        #expect(try Self.row(workload, "市财政局").overdue == 0)
        #expect(try Self.row(Workload(plan: plan, today: DayDate("2022-12-31")!), "市财政局").overdue == 0)
    }

    /// Task 1 names 市政府办公室 and 市司法局: 市司法局's part done is done for it, not for the
    /// other, nor for the task; it stops being overdue for 市司法局 alone.
    @Test func aUnitsOwnPartIsDoneForThatUnitOnly() throws {
        var plan = Ledger.bundled().plan
        plan.tasks[0].deadline = Deadline(.date("2022-06-30"))
        let today = DayDate("2022-07-01")!
        var workload = Workload(plan: plan, today: today)
        var parted = plan.tasks[0]
        parted.unitsDone = ["市司法局"]
        workload.taskChanged(from: plan.tasks[0], to: parted)
        let justice = try Self.row(workload, "市司法局")
        #expect((justice.total, justice.done, justice.open, justice.overdue) == (3, 1, 2, 0))
        let office = try Self.row(workload, "市政府办公室")
        #expect((office.done, office.overdue) == (0, 1))
        plan.tasks[0] = parted
        #expect(Workload(plan: plan, today: today) == workload, "kept up to date = recounted")
        #expect(UnitNaming().part(of: "市司法局", in: parted, today: today) == UnitPart(role: .lead, status: .done, overdue: false))
        #expect(UnitNaming().part(of: "市政府办公室", in: parted, today: today) == UnitPart(role: .lead, status: .todo, overdue: true))
        #expect(UnitNaming().part(of: "市财政局", in: parted, today: today) == nil)
    }

    /// Every role a plan gives is counted, 参照落实 included.
    @Test func everyRoleIsCounted() throws {
        let plan = Plan(title: "t", areas: [Area(number: 1, title: "a")], tasks: [
            PlanTask(number: 1, area: 1, section: nil, text: "x", units: [UnitAssignment(name: "甲", role: .lead), UnitAssignment(name: "乙", role: .reference)]),
            PlanTask(number: 2, area: 1, section: nil, text: "y", units: [UnitAssignment(name: "甲", role: .supporting), UnitAssignment(name: "乙", role: .responsible)]),
        ])
        let workload = Workload(plan: plan, today: Self.today)
        #expect(try Self.row(workload, "甲") == WorkloadRow(unit: "甲", total: 2, leads: 1, supporting: 1))
        #expect(try Self.row(workload, "乙") == WorkloadRow(unit: "乙", total: 2, responsible: 1, reference: 1))
    }
}
