/// One view of a report as rows of typed cells: every tabular format (Markdown, CSV, xlsx,
/// HTML) writes these same tables, so the formats differ only in how they draw a cell. A
/// cell always holds its whole text: only the terminal cuts, and only on screen.
public struct ReportTable: Hashable, Sendable {
    public enum Cell: Hashable, Sendable {
        case text(String)
        case int(Int)
        /// A fraction (0.25 = 25%): a number in xlsx with a percent format, `25.0%` in text.
        case percent(Double)

        /// The cell as text: `12.5%` for percents (one decimal, as the xlsx format shows it).
        public var text: String {
            switch self {
            case .text(let text): text
            case .int(let number): String(number)
            case .percent(let fraction): Self.percentText(fraction)
            }
        }

        /// Numbers align right in every format.
        public var isNumber: Bool { if case .text = self { false } else { true } }

        static func percentText(_ fraction: Double) -> String {
            let tenths = Int((fraction * 1000).rounded())
            return "\(tenths / 10).\(tenths % 10)%"
        }
    }

    public struct Row: Hashable, Sendable {
        public var cells: [Cell]
        /// A total or an area (over its sections), a group (over its members): drawn bold.
        public var emphasis: Bool

        public init(_ cells: [Cell], emphasis: Bool = false) {
            self.cells = cells
            self.emphasis = emphasis
        }
    }

    /// A column: its header and how wide it prints, in the width of a digit (a Han character
    /// is about two). The widths of a table are chosen together for A4 landscape: the
    /// columns of long text take the room, short ones (a status, a date) just fit theirs.
    public struct Column: Hashable, Sendable {
        public var header: String
        public var width: Double

        public init(_ header: String, _ width: Double) {
            self.header = header
            self.width = width
        }
    }

    public var view: ReportView
    public var columns: [Column]
    public var rows: [Row]

    public var title: String { view.title }
    public var headers: [String] { columns.map(\.header) }
}
