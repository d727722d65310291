/// How a cell looks and whether a protected sheet lets it be changed. Every distinct style a
/// workbook uses becomes one entry of its style sheet.
public struct CellStyle: Hashable, Sendable {
    public enum Fill: Hashable, Sendable {
        case none
        /// Light grey: header rows.
        case header
        /// Light yellow: the cells a unit fills in.
        case input
    }

    public enum Alignment: Hashable, Sendable {
        case left, center, right
    }

    public var bold: Bool
    /// Points; 11 unless given.
    public var fontSize: Double
    public var fill: Fill
    public var border: Bool
    public var wrap: Bool
    public var alignment: Alignment
    /// Top-aligned text reads down a tall row; centred suits title rows.
    public var verticalCenter: Bool
    public var percent: Bool
    /// Changeable while the sheet is protected.
    public var unlocked: Bool

    public init(
        bold: Bool = false, fontSize: Double = 11, fill: Fill = .none, border: Bool = false, wrap: Bool = false,
        alignment: Alignment = .left, verticalCenter: Bool = false, percent: Bool = false, unlocked: Bool = false
    ) {
        self.bold = bold
        self.fontSize = fontSize
        self.fill = fill
        self.border = border
        self.wrap = wrap
        self.alignment = alignment
        self.verticalCenter = verticalCenter
        self.percent = percent
        self.unlocked = unlocked
    }

    /// A table's body cell: bordered, wrapped, top-aligned.
    public static let body = CellStyle(border: true, wrap: true)
    /// A table's header cell: bold, grey, centred, bordered, wrapped.
    public static let header = CellStyle(bold: true, fill: .header, border: true, wrap: true, alignment: .center, verticalCenter: true)
    /// A number in a table.
    public static let number = CellStyle(border: true, alignment: .right)
}
