import TaizhangModel

/// The import report a coordinator reads after an import: what was found, and every place
/// to check by hand with its line or row in the source.
public enum ImportReport {
    public static func lines(_ result: ImportResult) -> [String] {
        let plan = result.plan
        var lines = [
            "  read as: \(result.layout.summary)",
            "  \(plan.areas.count) work areas, \(plan.sectionCount) sections, \(plan.tasks.count) tasks, \(result.unitCount) units",
        ]
        let deadlines = plan.tasks.filter { $0.deadline != nil }.count
        let inherited = plan.tasks.filter(\.unitsInherited).count
        let unassigned = plan.tasks.filter(\.isUnassigned).count
        lines.append("  \(deadlines) with a deadline, \(inherited) with inherited units, \(unassigned) with no unit"
            + (result.year.map { "; plan year \($0)" } ?? "; plan year unknown"))
        if result.warnings.isEmpty {
            lines.append("  no warnings")
        } else {
            let count = result.warnings.count
            lines.append("  \(count) warning\(count == 1 ? "" : "s") to check by hand:")
            let word = result.layout.positionWord
            for warning in result.warnings {
                lines.append("    \(word) \(warning.line): \(warning.message)")
            }
        }
        return lines
    }
}
