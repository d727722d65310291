import TaizhangModel

/// The number columns of the unit pane, left to right. Every sort of the pane is by one of
/// them (`WorkloadSort.column`), so the order on screen is always a number on screen.
public enum WorkloadColumn: CaseIterable, Sendable {
    case total
    case open
    case doing
    case overdue

    public func value(_ row: WorkloadRow) -> Int {
        switch self {
        case .total: row.total
        case .open: row.open
        case .doing: row.doing
        case .overdue: row.overdue
        }
    }

    /// The value as the pane shows it: overdue work as `!N`, as in the work areas pane.
    public func text(_ row: WorkloadRow) -> String {
        let value = value(row)
        return self == .overdue && value > 0 ? "!\(value)" : String(value)
    }
}

/// The unit pane's headings, each number column with a shorter form for narrow panes.
public struct WorkloadColumnWords: Sendable, Equatable {
    public var unit: String
    /// Headings of `WorkloadColumn.allCases`, in that order.
    public var numbers: [String]
    public var numbersShort: [String]
    /// Heading of the bar, which draws the share done.
    public var bar: String
    /// "done" in the footer's `done 1/3`.
    public var done: String
    /// Shorter role words for the footer, where the unit's name needs the room; a role not
    /// here is said as everywhere else (`UnitRole.words`).
    public var roleAbbreviations: [UnitRole: String]

    public static let english = WorkloadColumnWords(
        unit: "Unit", numbers: ["Total", "Open", "Doing", "Late"], numbersShort: ["All", "Open", "Doing", "Late"],
        bar: "Done", done: "done", roleAbbreviations: [.responsible: "resp.", .supporting: "supp.", .reference: "ref."])

    public static let chinese = WorkloadColumnWords(
        unit: "单位", numbers: ["总数", "未完", "进行中", "逾期"], numbersShort: ["总数", "未完", "进行", "逾期"],
        bar: "完成", done: "完成", roleAbbreviations: [:])
}
