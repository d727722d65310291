import TaizhangModel

/// Reads the `<table>`s of a web page or an HTML export. Row and column spans are spread over
/// the grid: a cell spanning rows is carried down marked inherited, so the builder can tell a
/// merged unit cell from an empty one. Text before the first table is the document heading.
enum HTMLTableReader {
    /// A cell as written, before spans are spread.
    private struct RawCell {
        var text = ""
        var line: Int
        var rowSpan: Int
        var colSpan: Int
    }

    private static let breaks: Set<String> = ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title"]

    static func document(of html: String) throws(ImportError) -> SourceDocument {
        var rows: [[GridCell]] = []
        var front: [SourceCell] = []
        var frontText = ""
        var frontLine = 1
        var depth = 0
        var sawTable = false
        var table: [(line: Int, cells: [RawCell])] = []
        var cell: RawCell?

        func flushFront() {
            for line in frontText.split(separator: "\n") {
                let content = PlanText.trimmed(collapse(String(line)))
                if !content.isEmpty { front.append(.cell(content, line: frontLine)) }
            }
            frontText = ""
        }
        func closeCell() {
            if let open = cell, !table.isEmpty { table[table.count - 1].cells.append(open) }
            cell = nil
        }

        for token in HTMLScanner.tokens(html) {
            switch token {
            case .open(let name, let attributes, let line):
                if name == "table" {
                    depth += 1
                    if depth == 1 { table = [] }
                    sawTable = true
                } else if depth == 1, name == "tr" {
                    closeCell()
                    table.append((line, []))
                } else if depth == 1, name == "td" || name == "th" {
                    closeCell()
                    if table.isEmpty { table.append((line, [])) }
                    cell = RawCell(line: line, rowSpan: span(attributes["rowspan"], limit: 1000), colSpan: span(attributes["colspan"], limit: 64))
                } else if breaks.contains(name) {
                    if depth == 0 { frontText += "\n" } else { cell?.text += "\n" }
                }
            case .close(let name, _):
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
                if depth == 0 {
                    if !sawTable {
                        if PlanText.trimmed(frontText).isEmpty { frontLine = line }
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
        guard sawTable, !rows.isEmpty else { throw .unreadable("no <table> rows in the HTML") }
        return TableCells.document(rows: rows, layout: .html, extra: front)
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
                let text = raw.text.split(separator: "\n").map { PlanText.trimmed(collapse(String($0))) }.filter { !$0.isEmpty }
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
