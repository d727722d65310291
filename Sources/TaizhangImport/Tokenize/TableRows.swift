/// One cell of a table as a reader resolved it: merged cells are already spread over the
/// grid positions they cover.
struct GridCell: Equatable {
    var text: String
    var line: Int
    /// Copied down from a vertically merged cell that starts in a row above.
    var inherited = false
    /// Covered by a cell to its left (colspan, gridSpan): not a cell of its own.
    var spanned = false
}

/// Table rows (spreadsheets, Word and HTML tables, CSV) into the grid: every cell keeps its
/// column; cells a span covers to the right are left out.
enum TableRows {
    static func grid(_ rows: [[GridCell]], form: SourceForm, front: [(text: String, line: Int)] = []) -> Grid {
        var cells = front.map { Cell($0.text, line: $0.line, boundary: .rowStart) }
        for row in rows {
            var first = true
            for (column, cell) in row.enumerated() where !cell.spanned {
                cells.append(Cell(cell.text, line: cell.line, boundary: first ? .rowStart : .sameRow, column: column, inherited: cell.inherited))
                first = false
            }
        }
        return Grid(form: form, cells: cells)
    }
}

extension String {
    /// Trims blanks at both ends and drops empty lines, keeping the line breaks between text.
    func trimmingBlankLines() -> String {
        split(separator: "\n").map { Fold.trimmed($0) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
