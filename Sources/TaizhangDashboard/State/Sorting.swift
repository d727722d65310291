import TaizhangScreen
import TaizhangModel

/// How the tasks pane orders its tasks (`o` cycles). Plan order keeps the area headings;
/// the others list the tasks flat.
public enum TaskSort: CaseIterable, Sendable {
    case number
    case status
    case deadline
    case unit

    public var next: TaskSort {
        let all = TaskSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// How the unit pane orders its units (`o` in that pane cycles): by one of the columns it
/// shows, largest first, so the order always explains itself.
public enum WorkloadSort: CaseIterable, Sendable {
    case total
    case open
    case overdue

    public var next: WorkloadSort {
        let all = WorkloadSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The column the rows are sorted by.
    public var column: WorkloadColumn {
        switch self {
        case .total: .total
        case .open: .open
        case .overdue: .overdue
        }
    }
}

/// A row of the workload pane: a unit (or the no-unit row), or a member of an expanded
/// group, counted over the group's tasks and its own.
public struct WorkloadLine: Equatable, Sendable {
    public var row: WorkloadRow
    /// The group this row is a member of; nil for a top-level row.
    public var group: String?
    /// Whether this row is a group with members, and whether they are shown.
    public var isGroup: Bool
    public var isExpanded: Bool

    public init(row: WorkloadRow, group: String? = nil, isGroup: Bool = false, isExpanded: Bool = false) {
        self.row = row
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
