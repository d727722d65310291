import TaizhangModel
import TaizhangText
import TaizhangWords

/// The widest value of each number column of the unit pane's rows, measured when they are
/// rebuilt rather than at every frame.
public struct WorkloadMeasure: Equatable, Sendable {
    public var valueWidths = Array(repeating: 1, count: WorkloadColumn.allCases.count)

    init(_ lines: [WorkloadLine]) {
        for (index, column) in WorkloadColumn.allCases.enumerated() {
            let largest = lines.lazy.map { column.value($0) }.max() ?? 0
            valueWidths[index] = String(largest).count + (column == .overdue && largest > 0 ? 1 : 0)
        }
    }

    init() {}
}

/// The unit pane's names made terminal-safe and indexed, once per count of the workload (not
/// per status change or frame): what keeps their cuts apart, and the widest with its mark.
public struct WorkloadNames: Equatable, Sendable {
    public let distinct: DistinctNames
    /// The widest name with the mark before it (a group's `+`, a member's indent).
    public let widest: Int

    init(_ workload: Workload, language: Language) {
        var names: [String] = []
        var widest = 0
        for row in workload.rows {
            let name = TerminalSafe.sanitize(row.name(language))
            names.append(name)
            let mark = row.isGroup ? 1 : row.unit.map { workload.naming.groups(containing: $0).isEmpty ? 0 : 2 } ?? 0
            widest = max(widest, mark + DisplayWidth.of(name))
        }
        self.distinct = DistinctNames(names)
        self.widest = widest
    }
}
