import TaizhangModel

/// Reads text copies of web tables, one row per line between `|` bars (`| 一、… | 1.… |
/// 市财政局牵头 |`). Merged cells leave rows shorter, so rows are read by content unless they
/// are as long as the header. A line without bars inside the table wraps the cell before it.
enum PipeReader {
    static func document(of text: String) throws(ImportError) -> SourceDocument {
        var rows: [[GridCell]] = []
        var front: [SourceCell] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = PlanText.trimmed(rawLine)
            let number = index + 1
            if line.isEmpty { continue }
            if line.first == "|" || line.first == "｜" {
                if line.allSatisfy({ "|｜-:+ =—".contains($0) }) { continue }  // |---|:--:|
                var cells = line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "｜" })
                    .map { GridCell(text: PlanText.trimmed($0), line: number) }
                cells.removeFirst()
                if line.count > 1, line.last == "|" || line.last == "｜" { cells.removeLast() }
                rows.append(cells)
            } else if rows.isEmpty {
                front.append(.cell(line, line: number))
            } else if !rows[rows.count - 1].isEmpty {
                let last = rows[rows.count - 1].count - 1
                rows[rows.count - 1][last].text += "\n" + line
            }
        }
        guard !rows.isEmpty else { throw .unreadable("no table rows between | bars") }
        return TableCells.document(rows: rows, layout: .pipe, extra: front)
    }
}
