import TaizhangImport
import TaizhangStore
import TaizhangModel

/// Builds a synthetic ledger: the real plan's texts recombined into `tasks` tasks over
/// `units` units, then a year of a coordinator's work applied through `Ledger.apply`, so the
/// history, notes and stamps are the ones the product itself would have written.
struct LedgerGenerator {
    var tasks: Int
    var units: Int
    var seed: UInt64

    /// What a coordinator writes in a progress note, before a sentence of the task itself.
    private static let notePhrases = [
        "已召开专题会议部署，", "已印发实施方案，", "已报送阶段进展，", "正在组织自查，", "已完成初稿，征求意见中，",
        "督办中，牵头单位反馈：", "已纳入年度考核，", "已对接省级平台，", "已上线运行，", "待市政府审定，",
    ]

    func make(material: PlanMaterial = PlanMaterial()) -> Ledger {
        var random = SplitMix64(seed: seed)
        let unitNames = UnitNames.make(count: max(1, units), material: material, random: &random)
        let shape = PlanShape(tasks: tasks, material: material, random: &random)
        var planTasks: [PlanTask] = []
        planTasks.reserveCapacity(tasks)
        for slot in shape.slots {
            for _ in 0..<slot.tasks {
                let number = planTasks.count + 1
                planTasks.append(PlanTask(
                    number: number, area: slot.area, section: slot.section,
                    text: text(material: material, random: &random),
                    units: assignments(unitNames: unitNames, material: material, random: &random),
                    deadline: random.pick(material.deadlines),
                    unitsInherited: random.chance(0.03),
                    sourceLine: 30 + number * 3))
            }
        }
        let base = material.plan
        let plan = Plan(
            title: base.title + "（合成\(tasks)项）", documentNumber: base.documentNumber, issuer: base.issuer,
            date: base.date, preamble: base.preamble, areas: shape.areas, tasks: planTasks)
        var ledger = Ledger(source: "synthetic:tasks=\(tasks),units=\(units),seed=\(seed)", plan: plan)
        work(on: &ledger, unitNames: unitNames, material: material, random: &random)
        return ledger
    }

    /// A task text of a real task's length, made of the real plan's sentences.
    private func text(material: PlanMaterial, random: inout SplitMix64) -> String {
        let target = random.pick(material.textLengths)
        var text = ""
        var count = 0
        repeat {
            let clause = random.pick(material.clauses)
            text += clause
            count += clause.count
        } while count < target * 85 / 100
        if text.hasSuffix("；") { text = String(text.dropLast()) + "。" }
        return text
    }

    private func assignments(unitNames: [String], material: PlanMaterial, random: inout SplitMix64) -> [UnitAssignment] {
        // About one task in 200 names no unit, so the unassigned row is exercised.
        if random.chance(0.005) { return [] }
        let wanted = min(unitNames.count, max(1, random.pick(material.unitCounts)))
        var chosen: Set<Int> = []
        var result: [UnitAssignment] = []
        var tries = 0
        while result.count < wanted, tries < wanted * 20 {
            tries += 1
            let index = random.skewed(unitNames.count)
            guard chosen.insert(index).inserted else { continue }
            result.append(UnitAssignment(name: unitNames[index], role: random.pick(material.roles)))
        }
        return result
    }

    /// A year of progress: about half the tasks started, a fifth finished, a third with
    /// notes, some shared tasks with one unit's part done, a few deadlines moved, and one
    /// alias and one group, each change stamped and recorded.
    private func work(on ledger: inout Ledger, unitNames: [String], material: PlanMaterial, random: inout SplitMix64) {
        var stamps = Stamps(total: tasks * 2)
        func apply(_ change: LedgerChange, _ random: inout SplitMix64) {
            // Every change here names an existing task or unit, so none can fail.
            _ = try? ledger.apply(change, stamp: stamps.next(&random))
        }
        for position in 0..<ledger.plan.tasks.count {
            let task = ledger.plan.tasks[position]
            let roll = random.unit()
            if roll < 0.5 { apply(.status(task: task.number, to: .doing), &random) }
            if roll < 0.2 { apply(.status(task: task.number, to: .done), &random) }
            if random.chance(0.35) {
                for _ in 0...random.below(3) {
                    let sentence = String(random.pick(material.clauses).prefix(30 + random.below(40)))
                    apply(.addNote(task: task.number, text: random.pick(Self.notePhrases) + sentence), &random)
                }
            }
            if roll < 0.5, task.units.count >= 2, random.chance(0.5) {
                apply(.unitDone(task: task.number, unit: random.pick(task.units).name, done: true), &random)
            }
            if random.chance(0.03) {
                let day = Stamps.date(daysAfterStart: 60 + random.below(500))
                apply(.deadline(task: task.number, to: Deadline(.date(day))), &random)
            }
        }
        if unitNames.count >= 3 {
            apply(.alias(from: unitNames[unitNames.count - 1], to: unitNames[0]), &random)
            apply(.group(name: unitNames[1], members: Array(unitNames.suffix(min(5, unitNames.count - 2)))), &random)
        }
    }
}
