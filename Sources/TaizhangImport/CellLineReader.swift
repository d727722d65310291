import TaizhangModel

/// Reads tables copied one cell per line, with a separator line (`-----`, `=====`) between
/// rows. As with pipe rows, a merged cell leaves its later rows shorter.
enum CellLineReader {
    static func isSeparator(_ line: some StringProtocol) -> Bool {
        line.count >= 3 && line.allSatisfy { "-=—─_*+~━═|｜".contains($0) }
    }

    static func document(of text: String) throws(ImportError) -> SourceDocument {
        var rows: [[GridCell]] = [[]]
        var separators = 0
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = PlanText.trimmed(rawLine)
            if isSeparator(line) {
                separators += 1
                if !rows[rows.count - 1].isEmpty { rows.append([]) }
            } else if !line.isEmpty {
                rows[rows.count - 1].append(GridCell(text: line, line: index + 1))
            }
        }
        guard separators > 0 else { throw .unreadable("no separator lines (----) between rows") }
        // The lines before the first row of the table are the document's heading.
        var front: [SourceCell] = []
        if let first = rows.first, HeaderMap(first.map(\.text)) == nil, !first.contains(where: { AreaLine.parse($0.text) != nil }) {
            front = first.map { .cell($0.text, line: $0.line) }
            rows.removeFirst()
        }
        return TableCells.document(rows: rows, layout: .cells, extra: front)
    }
}
