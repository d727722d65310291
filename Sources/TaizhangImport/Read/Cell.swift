/// One cell of the grid every reader produces, whatever the form: a line of an outline, a
/// cell of a pipe row, a line of a one-cell-per-line copy, a spreadsheet or Word table cell.
struct Cell: Equatable, Sendable {
    enum Boundary: Equatable, Sendable {
        /// The first cell of a row.
        case rowStart
        /// Inside the row begun before it.
        case sameRow
        /// One cell per line, with nothing to say where rows end.
        case unknown
    }

    /// The text as printed, pinyin inserted by mirror sites removed.
    var text: String
    /// The line of a text document, or the row of a spreadsheet or Word table.
    var line: Int
    var boundary: Boundary
    /// The column, when the form knows it (spreadsheets, Word and HTML tables, CSV).
    var column: Int?
    /// Carried down from a merged cell above (rowspan, vMerge, mergeCells).
    var inherited = false
    /// A cell that is present and empty (a tab-only line, `| |`, an empty table cell, `/`).
    var isEmpty: Bool {
        let content = Fold.trimmed(text)
        return content.isEmpty || ["/", "／", "-", "—", "——", "无", "\\"].contains(content)
    }

    init(_ text: String, line: Int, boundary: Boundary, column: Int? = nil, inherited: Bool = false) {
        self.text = text
        self.line = line
        self.boundary = boundary
        self.column = column
        self.inherited = inherited
    }
}

/// What a tokenizer hands the readers: the cells of one document in order.
struct Grid: Sendable {
    var form: SourceForm
    var cells: [Cell]
    /// Pinyin readings removed from the text (mirror-site noise), for a warning.
    var pinyinRemoved = 0
    /// Long lines cut where their lines began (a page that lost its line breaks): each line's
    /// number and the parts it became, for a warning.
    var linesCutApart: [(line: Int, parts: Int)] = []
    /// The cells are the lines of a text, not the cells of a table: a line naming units
    /// closes the paragraph before it, and a bare title heads the paragraph after it. In a
    /// table the cell before a unit cell may be its row's area, and only the table reader
    /// knows.
    var linesOfText = false
}

/// The forms a plan arrives in, as the tokenizers read them. Replaces the old per-layout
/// readers: each form is only a way into the grid.
public enum SourceForm: String, CaseIterable, Sendable {
    /// Lines of text: outlines, notices, tables copied with tab-led cells.
    case text
    /// `|`-separated rows copied from web tables.
    case pipe
    /// One cell per line, rows divided by `|` lines, `----` or nothing at all.
    case cells
    /// Cells separated by runs of blanks on one line.
    case spaced
    case csv
    case xlsx
    case ods
    case docx
    case html

    /// What a position in this form is called in warnings.
    public var isRowBased: Bool { [.csv, .xlsx, .ods, .docx].contains(self) }
}
