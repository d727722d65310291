import TaizhangImport
import TaizhangTestSupport
import Testing
@testable import TaizhangModel

/// Groups: a group's row counts its own name's tasks and its members', each once; a member's
/// row counts its own and its group's. Kept-up-to-date counts always equal a recount.
@Suite struct WorkloadGroupTests {
    static let today = DayDate("2023-01-05")!

    /// The tasks naming any of `names`, counted by hand.
    static func tasks(naming names: Set<String>, in plan: Plan) -> Int {
        plan.tasks.filter { task in task.units.contains { names.contains($0.name) } }.count
    }

    /// The issue's case: 各区政府（管委会） grouped with two units that also stand on their own.
    @Test func aGroupWithMembersOnTheirOwnCountsEachTaskOnce() throws {
        let plan = Ledger.bundled().plan
        let naming = UnitNaming(groups: [UnitGroup(name: "各区政府（管委会）", members: ["市政府办公室", "市卫生健康局"])])
        let workload = Workload(plan: plan, naming: naming, today: Self.today)
        let group = try #require(workload.row("各区政府（管委会）"))
        #expect(group.isGroup && group.members == ["市政府办公室", "市卫生健康局"])
        #expect(group.total == Self.tasks(naming: ["各区政府（管委会）", "市政府办公室", "市卫生健康局"], in: plan))
        #expect(group.total == 55)
        let office = try #require(workload.row("市政府办公室"))
        #expect(office.total == Self.tasks(naming: ["市政府办公室", "各区政府（管委会）"], in: plan))
        #expect(office.namedInPlan && !office.isGroup)
        #expect(workload.row("市卫生健康局")?.total == 51)
        #expect(workload.rows.filter { $0.unit == "市政府办公室" }.count == 1, "one row per unit")
        #expect(workload.rows.allSatisfy { $0.total <= plan.tasks.count })
    }

    /// Districts behind the collective name: each carries its 51 tasks, listed only by the group.
    @Test func membersOnlyTheGroupNamesCarryTheGroupsTasks() throws {
        let naming = UnitNaming(groups: [UnitGroup(name: "各区政府（管委会）", members: ["香洲区", "金湾区", "斗门区"])])
        let workload = Workload(plan: Ledger.bundled().plan, naming: naming, today: Self.today)
        for district in ["香洲区", "金湾区", "斗门区"] {
            let row = try #require(workload.row(district))
            #expect(row.total == 51 && !row.namedInPlan)
        }
        #expect(workload.row("各区政府（管委会）")?.total == 51)
        #expect(workload.rows.count == 17)
    }

    /// Aliases apply inside groups too, and a group no task names is still a row.
    @Test func aliasesApplyToGroupMembers() throws {
        let naming = UnitNaming(
            aliases: [UnitAlias(from: "市直其他单位", to: "市直各有关单位")],
            groups: [UnitGroup(name: "市直", members: ["市直其他单位", "市直各有关单位", "市直其他单位"]), UnitGroup(name: "空", members: ["无"])])
        #expect(naming.members(ofGroup: "市直") == ["市直各有关单位"])
        let workload = Workload(plan: Ledger.bundled().plan, naming: naming, today: Self.today)
        #expect(workload.row("市直")?.total == 40)
        #expect(workload.row("空")?.total == 0)
        #expect(Set(naming.writtenNames(countedBy: "市直")) == ["市直", "市直各有关单位", "市直其他单位"])
    }

    /// A group's part is done when every name it counts in the task has its part done.
    @Test func aGroupsPartIsDoneWhenAllItsNamesAre() throws {
        var plan = Ledger.bundled().plan
        let naming = UnitNaming(groups: [UnitGroup(name: "区和办", members: ["各区政府（管委会）", "市政府办公室"])])
        plan.tasks[6].unitsDone = ["市政府办公室"]  // task 7: 各区政府（管委会）, 市政府办公室, 市直各有关单位
        #expect(naming.part(of: "区和办", in: plan.tasks[6], today: Self.today)?.status == .todo)
        #expect(naming.part(of: "市政府办公室", in: plan.tasks[6], today: Self.today)?.status == .done)
        plan.tasks[6].unitsDone.append("各区政府（管委会）")
        #expect(naming.part(of: "区和办", in: plan.tasks[6], today: Self.today)?.status == .done)
    }

    /// A member the task names itself answers for itself; the group's name counts for it only
    /// where the task does not name it.
    @Test func aMemberNamedInTheTaskAnswersForItself() throws {
        var plan = Ledger.bundled().plan
        let naming = UnitNaming(groups: [UnitGroup(name: "各区政府（管委会）", members: ["市政府办公室", "香洲区"])])
        // Task 31: 各区政府（管委会）, 市政府办公室 (lead), 市政务服务数据管理局, 市直其他有关单位.
        plan.tasks[30].unitsDone = ["市政府办公室"]
        let task = plan.tasks[30]
        #expect(naming.part(of: "市政府办公室", in: task, today: Self.today) == UnitPart(role: .lead, status: .done, overdue: false))
        #expect(naming.part(of: "香洲区", in: task, today: Self.today)?.status == .todo)
        #expect(naming.part(of: "各区政府（管委会）", in: task, today: Self.today)?.status == .todo)
        let workload = Workload(plan: plan, naming: naming, today: Self.today)
        #expect(workload.row("市政府办公室")?.done == 1)
        #expect(workload.row("香洲区")?.done == 0)
        #expect(workload.row("各区政府（管委会）")?.done == 0)
    }

    /// Random status and part changes, applied one by one, leave the table as a recount.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func keptUpToDateEqualsRecounted(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var plan = Ledger.bundled().plan
        plan.tasks[4].deadline = Deadline(.date("2022-12-31"))
        plan.tasks[44].deadline = Deadline(.date("2023-02-01"))
        let naming = UnitNaming(
            aliases: [UnitAlias(from: "市直其他单位", to: "市直各有关单位")],
            groups: [UnitGroup(name: "各区政府（管委会）", members: ["市政府办公室", "香洲区"])])
        var workload = Workload(plan: plan, naming: naming, today: Self.today)
        for _ in 0..<200 {
            let index = random.below(plan.tasks.count)
            let before = plan.tasks[index]
            var after = before
            if random.below(2) == 0 || after.units.isEmpty {
                after.status = TaskStatus.allCases[random.below(3)]
            } else {
                let unit = after.units[random.below(after.units.count)].name
                if after.unitsDone.contains(unit) { after.unitsDone.removeAll { $0 == unit } } else { after.unitsDone.append(unit) }
            }
            plan.tasks[index] = after
            workload.taskChanged(from: before, to: after)
        }
        #expect(workload == Workload(plan: plan, naming: naming, today: Self.today))
    }

    /// The one pass that counts the table gives every row what the row's own rule gives when
    /// each task is asked on its own (`UnitNaming.part(of:in:today:)`): with an alias, a
    /// group, parts done, deadlines past and every status, heaviest first.
    @Test(arguments: [4, 5] as [UInt64])
    func everyRowIsWhatItsOwnRuleCounts(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        var plan = Ledger.bundled().plan
        for index in plan.tasks.indices {
            plan.tasks[index].status = TaskStatus.allCases[random.below(TaskStatus.allCases.count)]
            if random.below(4) == 0 { plan.tasks[index].deadline = Deadline(.date(random.below(2) == 0 ? "2022-12-31" : "2023-02-01")) }
            if let unit = plan.tasks[index].units.first, random.below(3) == 0 { plan.tasks[index].unitsDone = [unit.name] }
        }
        let naming = UnitNaming(
            aliases: [UnitAlias(from: "市直其他单位", to: "市直各有关单位")],
            groups: [UnitGroup(name: "各区政府（管委会）", members: ["市政府办公室", "香洲区"])])
        let workload = Workload(plan: plan, naming: naming, today: Self.today)
        for row in workload.rows {
            var expected = WorkloadRow(unit: row.unit, members: row.members, namedInPlan: row.namedInPlan)
            for task in plan.tasks {
                if let unit = row.unit {
                    if let part = naming.part(of: unit, in: task, today: Self.today) { expected.count(part, 1) }
                } else if task.units.isEmpty {
                    expected.countUnassigned(task, overdue: task.isOverdue(today: Self.today), 1)
                }
            }
            #expect(row == expected, "\(row.unit ?? "no unit")")
        }
        let named = workload.rows.filter { !$0.isUnassigned }
        #expect(zip(named, named.dropFirst()).allSatisfy { $0.total >= $1.total })
        #expect(Set(named.compactMap(\.unit)) == Set(plan.tasks.flatMap { $0.units.flatMap { naming.rows(counting: $0.name) } } + ["香洲区"]))
        #expect(workload.rows.last?.isUnassigned == true)
        #expect(named.first { $0.unit == "香洲区" }?.namedInPlan == false)
        #expect(named.first { $0.unit == "市司法局" }?.namedInPlan == true)
    }
}
