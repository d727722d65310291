@testable import TaizhangImport
import TaizhangModel

/// One corpus plan imported and compared with its facts, task by task.
struct CorpusComparison {
    var plan: String
    var tasks: Int
    var tasksRight: Int
    /// What differs, one line each, for the failure message.
    var differences: [String]
    var reading: String

    var fullyRight: Bool { tasksRight == tasks && differences.isEmpty }

    /// Text compared without blanks and with full-width punctuation folded: a copy's wrap
    /// spaces and `(`/`（` say nothing about whether the importer read the plan right.
    static func key(_ text: String?) -> String {
        Fold.folded(text ?? "").filter { !Fold.isBlank($0) && $0 != "\n" }
    }

    /// Headings as compared: a heading sentence's closing 。 is kept by the importer as printed,
    /// and left out by the facts.
    static func titleKey(_ text: String?) -> String {
        var key = Self.key(text)
        while key.hasSuffix("。") { key.removeLast() }
        return key
    }

    init(plan: String, facts: CorpusFacts, result: ImportResult?) {
        self.plan = plan
        tasks = facts.tasks.count
        tasksRight = 0
        differences = []
        reading = result?.reading ?? "none"
        guard let result else {
            differences.append("not imported")
            return
        }
        let mine = result.plan.tasks
        if mine.count != facts.tasks.count { differences.append("\(mine.count) tasks, facts have \(facts.tasks.count)") }
        for (index, expected) in facts.tasks.enumerated() {
            guard index < mine.count else { break }
            let task = mine[index]
            var wrong: [String] = []
            if Self.key(task.label) != Self.key(expected.label) { wrong.append("label \(task.label ?? "nil") ≠ \(expected.label ?? "nil")") }
            let area = result.plan.area(task.area)
            if expected.area == 0 {
                if !result.implicitArea { wrong.append("area \(area?.title ?? "?") ≠ none") }
            } else if Self.titleKey(area?.title) != Self.titleKey(facts.areas[expected.area - 1].title) {
                wrong.append("area \(area?.title ?? "none") ≠ \(facts.areas[expected.area - 1].title)")
            }
            let section = area?.section(task.section)?.title
            let expectedSection = expected.section.map { facts.areas[expected.area - 1].sections[$0 - 1] }
            if Self.titleKey(section) != Self.titleKey(expectedSection) { wrong.append("section \(section ?? "nil") ≠ \(expectedSection ?? "nil")") }
            if !Self.key(task.text).hasPrefix(Self.key(expected.text)) {
                wrong.append("text \(String(task.text.prefix(14))) ≠ \(expected.text)")
            }
            let units = task.units.map { "\(Self.key($0.name)):\($0.role.rawValue)" }
            let expectedUnits = expected.units.map { "\(Self.key($0.name)):\($0.role)" }
            if units != expectedUnits { wrong.append("units \(units.joined(separator: " ")) ≠ \(expectedUnits.joined(separator: " "))") }
            if task.people.map(Self.key) != expected.people.map(Self.key) { wrong.append("people \(task.people) ≠ \(expected.people)") }
            if Self.key(task.deadline?.phrase) != Self.key(expected.deadline) {
                wrong.append("deadline \(task.deadline?.phrase ?? "nil") ≠ \(expected.deadline ?? "nil")")
            }
            // The facts' `inherited` is about the task's units alone: they came from a merged
            // cell above, not from its own row or clause (an area carried down does not count).
            if task.unitsInherited != expected.inherited { wrong.append("inherited \(task.unitsInherited) ≠ \(expected.inherited)") }
            if wrong.isEmpty {
                tasksRight += 1
            } else {
                differences.append("task \(index + 1) [\(expected.label ?? "-")]: " + wrong.joined(separator: "; "))
            }
        }
    }
}
