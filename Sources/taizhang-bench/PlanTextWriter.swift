import TaizhangImport
import TaizhangStore
import TaizhangModel

/// Writes a plan back out in the seed's flattened-table text layout (one cell a line, tab
/// before each cell, blank line between rows), so the importer can be timed on a document of
/// any size. Only for benchmarks: it keeps what the importer reads, not every nuance.
enum PlanTextWriter {
    static func text(of plan: Plan, frontMatter: String) -> String {
        var out = frontMatter
        var position = 0
        let tasks = plan.tasks
        while position < tasks.count {
            let first = tasks[position]
            var end = position
            while end < tasks.count, tasks[end].area == first.area, tasks[end].section == first.section { end += 1 }
            out += "\t工作要求\n\t具体任务\n\t具体要求\n\t牵头落实单位\n\n"
            let area = plan.area(first.area)
            out += "\t\(ChineseNumeral.string(first.area))、\(area?.title ?? "")\n"
            if let section = area?.section(first.section) {
                out += "\t（\(ChineseNumeral.string(section.number))）\(section.title)\n"
            } else {
                out += "\t\n"
            }
            for index in position..<end {
                let task = tasks[index]
                out += (index == position ? "\t" : "\n") + "\(task.number).\(task.text)\n"
            }
            out += "\t" + unitCell(tasks[position].units) + "\n\n"
            position = end
        }
        return out
    }

    /// The units as a plan's cell writes them: leads first with 牵头, the rest after a comma.
    static func unitCell(_ units: [UnitAssignment]) -> String {
        let leads = units.filter { $0.role == .lead }.map(\.name)
        let others = units.filter { $0.role != .lead }.map(\.name)
        if leads.isEmpty { return others.joined(separator: "、") }
        let lead = leads.joined(separator: "、") + "牵头"
        return others.isEmpty ? lead : lead + "，" + others.joined(separator: "、")
    }

    /// The seed's text before its first table row: title, document number, preamble.
    static func seedFrontMatter() -> String {
        let seed = BundledPlan.text
        guard let range = seed.firstRange(of: "\t工作要求\n") else { return "" }
        return String(seed[..<range.lowerBound])
    }
}
