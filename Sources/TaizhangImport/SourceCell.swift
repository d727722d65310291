import TaizhangModel

/// A piece of a plan document as a layout reader found it, before anything is known of what
/// it means. Readers say where cells and rows start and end, and what column a cell sits in
/// when a header row names it; the builder recognises areas, sections, tasks and units by
/// content wherever the column is unknown, because merged cells and page breaks make a cell's
/// position unreliable.
struct SourceCell: Equatable {
    enum Content: Equatable {
        /// A new cell with text.
        case text(String)
        /// More text of the cell before it (a wrapped paragraph).
        case continuation(String)
        /// A cell that is present but empty: for a unit column this means "no unit", never
        /// "same as above".
        case empty
    }

    var content: Content
    /// The line (or spreadsheet row) it starts on, for warnings and `PlanTask.sourceLine`.
    var line: Int
    /// Cells with the same row id form one table row. Nil in the seed's flattened text, where
    /// row boundaries are lost and a unit cell closes every task read since the last one.
    var row: Int?
    /// The column's meaning, when a header row named it and the row is complete.
    var column: ColumnRole?
    /// The text was carried down from a vertically merged cell above, not written in this row.
    var inherited: Bool

    init(_ content: Content, line: Int, row: Int? = nil, column: ColumnRole? = nil, inherited: Bool = false) {
        self.content = content
        self.line = line
        self.row = row
        self.column = column
        self.inherited = inherited
    }

    static func cell(_ text: String, line: Int) -> SourceCell { SourceCell(.text(text), line: line) }
    static func continuation(_ text: String, line: Int) -> SourceCell { SourceCell(.continuation(text), line: line) }
    static func empty(line: Int) -> SourceCell { SourceCell(.empty, line: line) }

    var text: String? {
        switch content {
        case .text(let text), .continuation(let text): text
        case .empty: nil
        }
    }
}

/// What a reader hands the builder: the cells in document order and how to read their gaps.
struct SourceDocument {
    var layout: PlanLayout
    var cells: [SourceCell]
    /// In a table whose merged cells were flattened away (pipe rows, one cell per line), a
    /// task row with no unit cell lost it to a merge with the row above; in an outline a task
    /// without units simply names none.
    var missingUnitCellMeansMerged: Bool
    /// What the reader itself found worth a look (a column it does not know).
    var notes: [ImportWarning] = []
}
