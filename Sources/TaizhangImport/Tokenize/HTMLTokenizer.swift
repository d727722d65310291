/// Reads the `<table>`s of a web page or an HTML export. Row and column spans are spread over
/// the grid: a cell spanning rows is carried down marked inherited, so the builder can tell a
/// merged unit cell from an empty one. Text before the first table is the document heading.
enum HTMLTokenizer {
    struct Content {
        /// The tables with the text before them, when the page has tables.
        var tables: Grid?
        /// The page's text, a line per block, for pages whose plan is not a table.
        var text: String
    }

    /// A cell as written, before spans are spread.
    private struct RawCell {
        var text = ""
        var line: Int
        var rowSpan: Int
        var colSpan: Int
    }

    private static let breaks: Set<String> = ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title"]

    static func content(of html: String, limits: ImportLimits) throws(ImportError) -> Content {
        var rows: [[GridCell]] = []
        var front: [(text: String, line: Int)] = []
        var pageText = ""
        var spread = 0
        var frontText = ""
        var frontLine = 1
        var depth = 0
        var sawTable = false
        var table: [(line: Int, cells: [RawCell])] = []
        var cell: RawCell?

        func flushFront() {
            for line in frontText.split(separator: "\n") {
                let content = Fold.trimmed(collapse(String(line)))
                if !content.isEmpty { front.append((content, frontLine)) }
            }
            frontText = ""
        }
        func closeCell() {
            if let open = cell, !table.isEmpty { table[table.count - 1].cells.append(open) }
            cell = nil
        }

        for token in try HTMLScanner.tokens(html, limits: limits) {
            switch token {
            case .open(let name, let attributes, let line):
                if breaks.contains(name) || name == "td" || name == "th" { pageText += "\n" }
                if name == "table" {
                    depth += 1
                    if depth > limits.depth { throw .nestingTooDeep(limit: limits.depth) }
                    if depth == 1 { table = [] }
                    sawTable = true
                } else if depth == 1, name == "tr" {
                    closeCell()
                    table.append((line, []))
                } else if depth == 1, name == "td" || name == "th" {
                    closeCell()
                    if table.isEmpty { table.append((line, [])) }
                    let raw = RawCell(line: line, rowSpan: span(attributes["rowspan"], limit: 1000), colSpan: span(attributes["colspan"], limit: 64))
                    // Spans are spread into cells; their area is bounded before any is.
                    spread += raw.rowSpan * raw.colSpan
                    if spread > limits.mergedArea { throw .mergedAreaTooLarge(cells: spread, limit: limits.mergedArea) }
                    cell = raw
                } else if breaks.contains(name) {
                    if depth == 0 { frontText += "\n" } else { cell?.text += "\n" }
                }
            case .close(let name, _):
                if breaks.contains(name) { pageText += "\n" }
                if name == "table", depth > 0 {
                    depth -= 1
                    if depth == 0 {
                        closeCell()
                        rows += grid(table)
                        table = []
                    }
                } else if depth == 1, name == "td" || name == "th" || name == "tr" {
                    closeCell()
                } else if breaks.contains(name) {
                    if depth == 0 { frontText += "\n" } else { cell?.text += "\n" }
                }
            case .text(let text, let line):
                pageText += text
                if depth == 0 {
                    if !sawTable {
                        if Fold.trimmed(frontText).isEmpty { frontLine = line }
                        frontText += text
                        if text.contains("\n") || frontText.count > 2000 { flushFront(); frontLine = line }
                    }
                } else {
                    cell?.text += text.split(separator: "\n", omittingEmptySubsequences: false).joined()
                }
            }
        }
        if depth > 0 {
            closeCell()
            rows += grid(table)
        }
        flushFront()
        let lines = pageText.split(separator: "\n").map { Fold.trimmed(collapse(String($0))) }.filter { !$0.isEmpty }
        guard sawTable, !rows.isEmpty else { return Content(tables: nil, text: lines.joined(separator: "\n")) }
        return Content(tables: TableRows.grid(rows, form: .html, front: front), text: lines.joined(separator: "\n"))
    }

    private static func span(_ value: String?, limit: Int) -> Int {
        guard let value, let number = Int(value.filter { $0.isASCII && $0.isNumber }.prefix(6)) else { return 1 }
        return min(max(number, 1), limit)
    }

    /// HTML collapses runs of spaces; Chinese text needs none added.
    private static func collapse(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text {
            let space = character == " " || character == "\t" || character == "\r"
            if !(space && lastWasSpace) { result.append(space ? " " : character) }
            lastWasSpace = space
        }
        return result
    }

    /// Spreads spans: covered positions below a cell get its text marked inherited, those to
    /// its right are marked spanned.
    private static func grid(_ table: [(line: Int, cells: [RawCell])]) -> [[GridCell]] {
        var filled: [[GridCell?]] = Array(repeating: [], count: table.count)
        for (rowIndex, row) in table.enumerated() {
            var column = 0
            for raw in row.cells {
                while column < filled[rowIndex].count, filled[rowIndex][column] != nil { column += 1 }
                let text = raw.text.split(separator: "\n").map { Fold.trimmed(collapse(String($0))) }.filter { !$0.isEmpty }
                    .joined(separator: "\n")
                for down in 0..<raw.rowSpan where rowIndex + down < table.count {
                    for across in 0..<raw.colSpan {
                        let target = rowIndex + down
                        let position = column + across
                        if filled[target].count <= position {
                            filled[target] += Array(repeating: nil, count: position + 1 - filled[target].count)
                        }
                        var placed = GridCell(text: across == 0 ? text : "", line: table[target].line)
                        placed.inherited = down > 0 && across == 0
                        placed.spanned = across > 0
                        filled[target][position] = placed
                    }
                }
                column += raw.colSpan
            }
        }
        return filled.enumerated().map { index, row in
            row.map { $0 ?? GridCell(text: "", line: table[index].line) }
        }
    }
}
