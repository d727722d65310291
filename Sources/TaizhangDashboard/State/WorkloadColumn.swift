import TaizhangModel

/// The number columns of the unit pane, left to right. Every ranking of the pane is by one
/// of them or by the bar (`WorkloadSort`), so the order on screen is always a number on
/// screen.
public enum WorkloadColumn: CaseIterable, Sendable {
    case total
    case doing
    case overdue
    /// Tasks behind schedule (欠进度): more of their time gone than of their work done.
    case behind

    public func value(_ line: WorkloadLine) -> Int {
        value(row: line.row, oversight: line.oversight)
    }

    func value(row: WorkloadRow, oversight: OversightCounts) -> Int {
        switch self {
        case .total: row.total
        case .doing: row.doing
        case .overdue: row.overdue
        case .behind: oversight.behind
        }
    }

    /// The value as the pane shows it: overdue work as `!N`, as in the work areas pane.
    public func text(_ line: WorkloadLine) -> String {
        let value = value(line)
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
        unit: "Unit", numbers: ["Total", "Doing", "Late", "Behind"], numbersShort: ["All", "Doing", "Late", "Lag"],
        bar: "Done", done: "done", roleAbbreviations: [.responsible: "resp.", .supporting: "supp.", .reference: "ref."])

    public static let chinese = WorkloadColumnWords(
        unit: "单位", numbers: ["总数", "进行中", "逾期", "欠进度"], numbersShort: ["总数", "进行", "逾期", "欠进"],
        bar: "完成", done: "完成", roleAbbreviations: [:])
}
