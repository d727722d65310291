import TaizhangImport
import TaizhangStore
import TaizhangModel

/// Everything the generator borrows from the real plan (the bundled Zhuhai 2022 plan): its
/// sentences, titles, unit names and the shape of its tasks, so synthetic ledgers read,
/// wrap and search like real ones.
struct PlanMaterial {
    /// Sentences of the real task texts, each ending in its own 。 or ；.
    let clauses: [String]
    /// The lengths, in characters, of the real task texts.
    let textLengths: [Int]
    let areaTitles: [String]
    let sectionTitles: [String]
    /// Real unit names in the order they first appear.
    let unitNames: [String]
    /// How many units each real task names (0 for the unassigned ones).
    let unitCounts: [Int]
    /// Every role given in the real plan, for drawing roles in their real proportion.
    let roles: [UnitRole]
    /// The real tasks' deadlines (nil where a task has none).
    let deadlines: [Deadline?]
    /// How many sections each real area has.
    let sectionsPerArea: [Int]
    let plan: Plan

    init(ledger: Ledger = .bundled()) {
        plan = ledger.plan
        var clauses: [String] = []
        for task in plan.tasks {
            var current = ""
            for character in task.text {
                current.append(character)
                if character == "。" || character == "；" {
                    clauses.append(current)
                    current = ""
                }
            }
            if current.count > 4 { clauses.append(current + "。") }
        }
        self.clauses = clauses
        textLengths = plan.tasks.map(\.text.count)
        areaTitles = plan.areas.map(\.title)
        sectionTitles = plan.areas.flatMap { $0.sections.map(\.title) }
        var seen: Set<String> = []
        unitNames = plan.tasks.flatMap { $0.units.map(\.name) }.filter { seen.insert($0).inserted }
        unitCounts = plan.tasks.map(\.units.count)
        roles = plan.tasks.flatMap { $0.units.map(\.role) }
        deadlines = plan.tasks.map(\.deadline)
        sectionsPerArea = plan.areas.map(\.sections.count)
    }

    /// The bodies behind the real names without their 市/区 prefix (司法局, 政府办公室), for
    /// building names of other places' units.
    var bodies: [String] {
        var seen: Set<String> = []
        return unitNames.compactMap { name -> String? in
            guard name.hasPrefix("市"), name.count >= 4, !name.contains("各"), !name.contains("其他") else { return nil }
            let body = String(name.dropFirst())
            return seen.insert(body).inserted ? body : nil
        }
    }
}
