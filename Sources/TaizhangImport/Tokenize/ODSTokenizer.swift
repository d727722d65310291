import Foundation

/// Reads the first sheet (or the named one) of an OpenDocument spreadsheet (.ods), which is a
/// zip of XML like .xlsx. Repeated rows and cells (`number-rows-repeated`, which spreadsheets
/// use for a million empty rows) are spread only where they hold text, and within the limits;
/// spanned cells (`number-rows-spanned`) are carried down as merged cells are.
enum ODSTokenizer {
    static func grid(of bytes: [UInt8], sheet: String?, limits: ImportLimits) throws(ImportError) -> Grid {
        let package = try ZipPackage(bytes, limits: limits)
        guard let content = try package.part("content.xml") else { throw .missingPart(part: "content.xml", format: "OpenDocument (.ods)") }
        let events = try XMLEvents.parse(content, part: "content.xml", limits: limits)
        var tables: [(name: String, rows: [[GridCell]])] = []
        var rows: [[GridCell]] = []
        var row: [GridCell] = []
        var rowRepeat = 1
        var cellText: String?
        var cellRepeat = 1
        var cellSpanDown = 1
        var spansDown: [Int: (text: String, left: Int)] = [:]
        /// Spans a cell of the current row opens: they cover the rows after it, not this one.
        var opened: [Int: (text: String, left: Int)] = [:]
        var cells = 0
        var paragraphOpen = false
        for event in events {
            switch event {
            case .start("table", let attributes):
                rows = []
                tables.append((attributes["name"] ?? "Sheet\(tables.count + 1)", []))
            case .end("table"):
                if !tables.isEmpty { tables[tables.count - 1].rows = rows }
            case .start("table-row", let attributes):
                row = []
                rowRepeat = min(max(Int(attributes["number-rows-repeated"] ?? "1") ?? 1, 1), 1_048_576)
            case .end("table-row"):
                let hasText = row.contains { !$0.text.isEmpty }
                let copies = hasText ? rowRepeat : min(rowRepeat, 1)
                for _ in 0..<copies {
                    var placed = row
                    for (column, span) in spansDown where span.left > 0 {
                        while placed.count <= column { placed.append(GridCell(text: "", line: 0)) }
                        if placed[column].text.isEmpty { placed[column] = GridCell(text: span.text, line: 0, inherited: true) }
                        spansDown[column] = (span.text, span.left - 1)
                    }
                    rows.append(placed)
                    cells += placed.count
                    if cells > limits.cells { throw .tooManyCells(limit: limits.cells) }
                }
                spansDown.merge(opened) { $1 }
                opened = [:]
            case .start("table-cell", let attributes), .start("covered-table-cell", let attributes):
                cellText = ""
                cellRepeat = min(max(Int(attributes["number-columns-repeated"] ?? "1") ?? 1, 1), 16384)
                cellSpanDown = min(max(Int(attributes["number-rows-spanned"] ?? "1") ?? 1, 1), 100_000)
            case .end("table-cell"), .end("covered-table-cell"):
                let text = cellText ?? ""
                let copies = text.isEmpty ? min(cellRepeat, max(0, limits.columns - row.count)) : cellRepeat
                if row.count + copies > limits.columns, !text.isEmpty { throw .tooManyColumns(count: row.count + copies, limit: limits.columns) }
                for _ in 0..<copies {
                    if cellSpanDown > 1, !text.isEmpty { opened[row.count] = (text, cellSpanDown - 1) }
                    row.append(GridCell(text: text, line: 0))
                }
                cellText = nil
            case .start("p", _):
                if let text = cellText, !text.isEmpty { cellText = text + "\n" }
                paragraphOpen = true
            case .end("p"):
                paragraphOpen = false
            case .text(let text) where cellText != nil && paragraphOpen:
                cellText? += text
            default:
                break
            }
        }
        guard !tables.isEmpty else { throw .missingPart(part: "table", format: "OpenDocument (.ods)") }
        let chosen: (name: String, rows: [[GridCell]])
        if let sheet {
            guard let match = tables.first(where: { $0.name == sheet }) else { throw .noWorksheet(name: sheet, available: tables.map(\.name)) }
            chosen = match
        } else {
            chosen = tables[0]
        }
        var numbered = chosen.rows
        while let last = numbered.last, last.allSatisfy({ $0.text.isEmpty }) { numbered.removeLast() }
        guard !numbered.isEmpty else { throw .emptyWorksheet(name: chosen.name) }
        for index in numbered.indices {
            for column in numbered[index].indices { numbered[index][column].line = index + 1 }
        }
        return TableRows.grid(numbered, form: .ods)
    }
}
