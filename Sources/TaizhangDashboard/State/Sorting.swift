import TaizhangScreen
import TaizhangModel

/// How the tasks pane orders its tasks (`o` cycles). Plan order keeps the area headings;
/// the others list the tasks flat, and what they are sorted by is on every row: the status
/// and light marks, or a column of deadlines or units.
public enum TaskSort: CaseIterable, Sendable {
    case number
    case status
    case light
    case deadline
    case unit

    public var next: TaskSort {
        let all = TaskSort.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

/// How the unit pane ranks its units (`o` in that pane cycles): by their load, by their
/// share done, by overdue work, by work behind schedule (序时进度): largest first, each a
/// column on screen (the share done is the bar), so the order always explains itself.
public enum WorkloadSort: CaseIterable, Sendable {
    case total
    case rate
    case overdue
    case behind

    public var next: WorkloadSort {
        let all = WorkloadSort.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    /// The number column the rows are sorted by; nil for the share done, which is the bar.
    public var column: WorkloadColumn? {
        switch self {
        case .total: .total
        case .rate: nil
        case .overdue: .overdue
        case .behind: .behind
        }
    }

    /// The value ranked, largest first.
    func value(_ line: WorkloadLine) -> Double {
        value(row: line.row, oversight: line.oversight)
    }

    /// The value ranked for a row and its lights, before a line is made of them.
    func value(row: WorkloadRow, oversight: OversightCounts) -> Double {
        if let column { return Double(column.value(row: row, oversight: oversight)) }
        return row.fractionDone
    }
}

/// A row of the workload pane: a unit (or the no-unit row), or a member of an expanded
/// group, counted over the group's tasks and its own.
public struct WorkloadLine: Equatable, Sendable {
    public var row: WorkloadRow
    /// Its tasks' lights and how many are behind (`Workload.oversight`).
    public var oversight: OversightCounts
    /// The group this row is a member of; nil for a top-level row.
    public var group: String?
    /// Whether this row is a group with members, and whether they are shown.
    public var isGroup: Bool
    public var isExpanded: Bool

    public init(row: WorkloadRow, oversight: OversightCounts = OversightCounts(), group: String? = nil, isGroup: Bool = false, isExpanded: Bool = false) {
        self.row = row
        self.oversight = oversight
        self.group = group
        self.isGroup = isGroup
        self.isExpanded = isExpanded
    }

    /// What goes before the name: a group's `+` (collapsed) or `-` (expanded), a member's
    /// indent.
    public var mark: String {
        if group != nil { return "  " }
        if isGroup { return isExpanded ? "-" : "+" }
        return ""
    }

    /// The unit filter Enter on this row applies.
    public var filter: UnitFilter {
        row.unit.map(UnitFilter.unit) ?? .unassigned
    }
}
