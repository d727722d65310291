import Foundation

/// Reads a Word document: its tables, or, when it has none, its paragraphs as text for the
/// text layouts (an outline typed in Word). Cells spanning columns (`gridSpan`) cover the
/// positions to their right; vertically merged cells (`vMerge`) carry the text of the cell
/// where the merge starts down to the rows it covers, marked inherited. Positions are table
/// rows counted through the document.
enum DOCXTokenizer {
    struct Content {
        /// The tables with the paragraphs before them, when the document has tables.
        var tables: Grid?
        /// Every paragraph outside tables, as lines of text.
        var text: String
    }

    private struct RawCell {
        var text = ""
        var span = 1
        /// nil: not merged; true: a merge starts here; false: continues the one above.
        var mergeStart: Bool?
    }

    static func content(of bytes: [UInt8], limits: ImportLimits) throws(ImportError) -> Content {
        let package = try ZipPackage(bytes, limits: limits)
        guard let data = try package.part("word/document.xml") else { throw .missingPart(part: "word/document.xml", format: "Word (.docx)") }
        let events = try XMLEvents.parse(data, part: "word/document.xml", limits: limits)

        var paragraphs: [String] = []
        var paragraph = ""
        var tables: [[[RawCell]]] = []
        var depth = 0
        var inText = false
        var cell: RawCell?
        var headingParagraphs: Int?
        for event in events {
            switch event {
            case .start("tbl", _):
                depth += 1
                if depth == 1 { tables.append([]) }
                if headingParagraphs == nil { headingParagraphs = paragraphs.count }
            case .end("tbl"):
                depth = max(0, depth - 1)
            case .start("tr", _) where depth == 1:
                tables[tables.count - 1].append([])
            case .start("tc", _) where depth == 1:
                cell = RawCell()
            case .end("tc") where depth == 1:
                if let done = cell, !tables.isEmpty, !tables[tables.count - 1].isEmpty {
                    tables[tables.count - 1][tables[tables.count - 1].count - 1].append(done)
                }
                cell = nil
            case .start("gridSpan", let attributes) where depth == 1:
                cell?.span = min(max(attributes["val"].flatMap { Int($0) } ?? 1, 1), 64)
            case .start("vMerge", let attributes) where depth == 1:
                cell?.mergeStart = attributes["val"] == "restart"
            case .start("t", _): inText = true
            case .end("t"): inText = false
            case .text(let text) where inText:
                if depth > 0 { cell?.text += text } else { paragraph += text }
            case .start("tab", _):
                if depth > 0 { cell?.text += "\t" } else { paragraph += "\t" }
            case .start("br", _), .start("cr", _):
                if depth > 0 { cell?.text += "\n" } else { paragraph += "\n" }
            case .end("p"):
                if depth > 0 {
                    cell?.text += "\n"
                } else {
                    paragraphs.append(paragraph)
                    paragraph = ""
                }
            default: break
            }
        }
        let text = paragraphs.joined(separator: "\n")
        var rows: [[GridCell]] = []
        for table in tables {
            rows += grid(table)
            if rows.count * max(1, rows.last?.count ?? 1) > limits.cells { throw .tooManyCells(limit: limits.cells) }
        }
        guard rows.contains(where: { $0.contains { !Fold.trimmed($0.text).isEmpty } }) else {
            return Content(tables: nil, text: text)
        }
        // Paragraphs before the first table are the document's heading (title, number, date).
        let front = paragraphs.prefix(headingParagraphs ?? 0).map { Fold.trimmed($0.replacingNewlines()) }.filter { !$0.isEmpty }
            .prefix(40).map { (text: $0, line: 0) }
        for index in rows.indices {
            for column in rows[index].indices { rows[index][column].line = index + 1 }
        }
        return Content(tables: TableRows.grid(rows, form: .docx, front: Array(front)), text: text)
    }

    /// Spreads one table's spans into grid rows.
    private static func grid(_ table: [[RawCell]]) -> [[GridCell]] {
        var rows: [[GridCell]] = []
        for raw in table {
            var row: [GridCell] = []
            for cell in raw {
                let column = row.count
                var placed = GridCell(text: cell.text.trimmingBlankLines(), line: 0)
                if cell.mergeStart == false {
                    let above = rows.last.flatMap { $0.indices.contains(column) ? $0[column] : nil }
                    placed.text = above?.text ?? ""
                    placed.inherited = true
                }
                row.append(placed)
                for _ in 1..<max(cell.span, 1) { row.append(GridCell(text: "", line: 0, spanned: true)) }
            }
            rows.append(row)
        }
        return rows
    }
}
