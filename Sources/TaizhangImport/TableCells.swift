import TaizhangModel

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

/// Turns table rows from any reader into the builder's cells. Once a header row names the
/// columns, complete rows are read by column; rows that merges left shorter, and tables with
/// no recognisable header, are read by content.
enum TableCells {
    static func document(
        rows: [[GridCell]], layout: PlanLayout, firstRow: Int = 1, extra: [SourceCell] = []
    ) -> SourceDocument {
        var cells = extra
        var header: HeaderMap?
        var notes: [ImportWarning] = []
        var rowID = firstRow
        for row in rows {
            rowID += 1
            let present = row.filter { !$0.spanned }
            guard present.contains(where: { !isBlankCell($0.text) }) else { continue }
            let line = present.first?.line ?? 0
            if let map = HeaderMap(row.map { $0.spanned ? "" : $0.text }) {
                if header == nil {
                    for (index, name) in map.unknown {
                        notes.append(ImportWarning(line: line, message: "column \(index + 1) (\(PlanText.joined([name]))) is not one the importer knows; its text is left out"))
                    }
                }
                header = map
                for cell in present where !isBlankCell(cell.text) {
                    cells.append(SourceCell(.text(HeaderMap.normalized(cell.text)), line: cell.line, row: rowID))
                }
                continue
            }
            if let header, row.count == header.roles.count {
                for (index, cell) in row.enumerated() where !cell.spanned {
                    let text = isBlankCell(cell.text) ? "" : cell.text.trimmingBlankLines()
                    cells.append(SourceCell(
                        text.isEmpty ? .empty : .text(text), line: cell.line, row: rowID,
                        column: header.roles[index], inherited: cell.inherited))
                }
                continue
            }
            // By content: a carried-down copy is left out, as a text copy of the table would.
            for cell in present where !cell.inherited {
                let pieces = isBlankCell(cell.text) ? [] : pieces(of: cell.text)
                if pieces.isEmpty { cells.append(SourceCell(.empty, line: cell.line, row: rowID)) }
                for piece in pieces { cells.append(SourceCell(.text(piece), line: cell.line, row: rowID)) }
            }
        }
        return SourceDocument(layout: layout, cells: cells, missingUnitCellMeansMerged: true, notes: notes)
    }

    /// Cells that say "nothing here" in so many characters.
    static func isBlankCell(_ text: String) -> Bool {
        let content = PlanText.trimmed(text.replacingNewlines())
        return content.isEmpty || ["/", "／", "-", "—", "——", "无", "\\"].contains(content)
    }

    /// A multi-line cell split where a line opens a task, section or area of its own; other
    /// lines are wrapped text of the piece before them.
    static func pieces(of text: String) -> [String] {
        var pieces: [[String]] = []
        for line in text.split(separator: "\n") {
            let content = PlanText.trimmed(line)
            guard !content.isEmpty else { continue }
            let opens = TaskLine.parse(content) != nil || AreaLine.parse(content) != nil || SectionLine.parse(content) != nil
            if opens || pieces.isEmpty { pieces.append([content]) } else { pieces[pieces.count - 1].append(content) }
        }
        return pieces.map(PlanText.joined)
    }
}

extension String {
    /// Trims blanks at both ends and drops empty lines, keeping the line breaks between text.
    func trimmingBlankLines() -> String {
        split(separator: "\n").map(PlanText.trimmed).filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
