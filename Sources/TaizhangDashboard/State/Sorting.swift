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

/// How the workload pane orders its units (`o` in that pane cycles).
public enum WorkloadSort: CaseIterable, Sendable {
    case total
    case open
    case overdue

    public var next: WorkloadSort {
        let all = WorkloadSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
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

    /// The unit filter Enter on this row applies.
    public var filter: UnitFilter {
        row.unit.map(UnitFilter.unit) ?? .unassigned
    }
}
