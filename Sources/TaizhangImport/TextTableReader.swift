import TaizhangModel

/// Reads the flattened-table text layout of the seed plan: one cell per line, a leading tab
/// where the table had a cell boundary, blank lines between rows, and tab-only lines for
/// blank cells.
enum TextTableReader {
    static func document(of text: String) -> SourceDocument {
        SourceDocument(layout: .text, cells: cells(of: text), missingUnitCellMeansMerged: false)
    }

    static func cells(of text: String) -> [SourceCell] {
        var cells: [SourceCell] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let content = PlanText.trimmed(line)
            if content.isEmpty {
                if line.contains("\t") { cells.append(.empty(line: lineNumber)) }
                continue
            }
            // A line that starts at the margin and is not itself numbered continues the
            // previous cell; numbered lines and tab-led lines open a cell of their own.
            let startsCell = line.contains("\t") && PlanText.trimmed(line.prefix { $0 != "\t" }).isEmpty
            if startsCell || TaskLine.parse(content) != nil || cells.isEmpty {
                cells.append(.cell(content, line: lineNumber))
            } else {
                cells.append(.continuation(content, line: lineNumber))
            }
        }
        return cells
    }
}
