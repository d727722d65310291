/// A workbook to write as .xlsx: sheets of styled cells with what a printed 台账 and a form
/// sent to units need (column widths, merged title rows, a frozen and repeated header, A4
/// print setup, drop-down lists, protection, hidden sheets and columns). It knows nothing of
/// ledgers: reports and forms fill it in, `bytes()` writes it.
public struct Workbook: Sendable {
    public var sheets: [Worksheet]
    /// The document's title (its properties) and the day it is dated, also the zip entries' date.
    public var title: String
    public var day: (year: Int, month: Int, day: Int)

    public init(title: String, day: (year: Int, month: Int, day: Int), sheets: [Worksheet]) {
        self.title = title
        self.day = day
        self.sheets = sheets
    }

    /// The .xlsx file.
    public func bytes() throws(OfficeError) -> [UInt8] {
        var writer = WorkbookPackage(self)
        return try OfficePackage.zip(writer.parts(), day: day)
    }
}

/// One sheet. Rows are written from row 1 in order; a nil cell is left empty.
public struct Worksheet: Sendable {
    public var name: String
    /// Hidden sheets hold what a program needs and a person need not see.
    public var hidden: Bool
    public var columns: [Column]
    public var rows: [Row]
    /// Merged ranges, zero-based and inclusive: `(row: 0, column: 0)…(row: 0, column: 7)`.
    public var merges: [CellRange]
    /// Rows kept on screen while scrolling (the title and header rows).
    public var frozenRows: Int
    /// Print setup; nil prints as the program's defaults.
    public var page: PageSetup?
    /// Drop-down lists in some cells.
    public var validations: [ListValidation]
    /// Locked cells cannot be changed while the sheet is protected; no password (a guard
    /// against slips, not security). Sorting, filtering and resizing stay allowed.
    public var protected: Bool
    /// A filter on the header row (zero-based row) over the columns given.
    public var autoFilter: CellRange?

    public init(
        name: String, hidden: Bool = false, columns: [Column] = [], rows: [Row] = [], merges: [CellRange] = [],
        frozenRows: Int = 0, page: PageSetup? = nil, validations: [ListValidation] = [], protected: Bool = false,
        autoFilter: CellRange? = nil
    ) {
        self.name = name
        self.hidden = hidden
        self.columns = columns
        self.rows = rows
        self.merges = merges
        self.frozenRows = frozenRows
        self.page = page
        self.validations = validations
        self.protected = protected
        self.autoFilter = autoFilter
    }
}

public struct Column: Hashable, Sendable {
    /// In Excel's unit, the width of a digit; a Han character takes about two.
    public var width: Double
    public var hidden: Bool

    public init(width: Double, hidden: Bool = false) {
        self.width = width
        self.hidden = hidden
    }
}

public struct Row: Sendable {
    public var cells: [WorkbookCell?]
    /// In points; nil lets the program choose.
    public var height: Double?

    public init(_ cells: [WorkbookCell?], height: Double? = nil) {
        self.cells = cells
        self.height = height
    }
}

public struct WorkbookCell: Hashable, Sendable {
    public enum Value: Hashable, Sendable {
        case text(String)
        case int(Int)
        /// A fraction shown as a percent when the style says so.
        case number(Double)
    }

    public var value: Value
    public var style: CellStyle

    public init(_ value: Value, style: CellStyle = CellStyle()) {
        self.value = value
        self.style = style
    }

    public static func text(_ text: String, _ style: CellStyle = CellStyle()) -> WorkbookCell { WorkbookCell(.text(text), style: style) }
    public static func int(_ value: Int, _ style: CellStyle = CellStyle()) -> WorkbookCell { WorkbookCell(.int(value), style: style) }
}

/// A rectangle of cells, zero-based and inclusive.
public struct CellRange: Hashable, Sendable {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        firstRow = rows.lowerBound
        lastRow = rows.upperBound
        firstColumn = columns.lowerBound
        lastColumn = columns.upperBound
    }

    /// `A1:H1`.
    public var reference: String {
        WorkbookPackage.cellName(row: firstRow, column: firstColumn) + ":" + WorkbookPackage.cellName(row: lastRow, column: lastColumn)
    }
}

/// How a sheet prints: A4, its orientation, as many pages wide as given (1: every column on
/// the page, shrunk to fit), the header rows repeated on every page, page numbers below.
public struct PageSetup: Hashable, Sendable {
    public var landscape: Bool
    public var fitToWidth: Bool
    /// Rows (zero-based) printed at the top of every page.
    public var repeatRows: ClosedRange<Int>?
    /// The centre of the footer; `&P` is the page and `&N` the page count.
    public var footer: String?

    public init(landscape: Bool = true, fitToWidth: Bool = true, repeatRows: ClosedRange<Int>? = nil, footer: String? = "第 &P 页，共 &N 页") {
        self.landscape = landscape
        self.fitToWidth = fitToWidth
        self.repeatRows = repeatRows
        self.footer = footer
    }
}

/// A drop-down list on a column's cells. A value typed in instead of picked is warned about
/// but allowed (`strict` false): the program reading the sheet back judges it.
public struct ListValidation: Hashable, Sendable {
    public var range: CellRange
    public var options: [String]
    public var prompt: String?
    public var strict: Bool

    public init(range: CellRange, options: [String], prompt: String? = nil, strict: Bool = false) {
        self.range = range
        self.options = options
        self.prompt = prompt
        self.strict = strict
    }
}
