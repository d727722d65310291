import TaizhangModel

/// Reads CSV and TSV exports of plan spreadsheets. Their columns are only known by name, so
/// a header row (序号, 工作任务, 责任单位 …) is required; rows are then read by column.
enum CSVReader {
    static func separator(of text: String) -> Character {
        let firstLines = text.split(separator: "\n").prefix(5).joined()
        let tabs = firstLines.filter { $0 == "\t" }.count
        let commas = firstLines.filter { $0 == "," }.count
        return tabs > commas ? "\t" : ","
    }

    static func hasHeader(_ text: String) -> Bool {
        CSVParser.records(String(text.prefix(20_000)), separator: separator(of: text)).prefix(20)
            .contains { HeaderMap($0.fields) != nil }
    }

    static func document(of text: String) throws(ImportError) -> SourceDocument {
        let records = CSVParser.records(text, separator: separator(of: text))
        guard let headerIndex = records.prefix(30).firstIndex(where: { HeaderMap($0.fields) != nil }) else {
            throw .unreadable("no header row naming the columns (序号, 工作任务, 责任单位 …)")
        }
        let width = records[headerIndex].fields.count
        var front: [SourceCell] = []
        for record in records[..<headerIndex] {
            for field in record.fields where !PlanText.trimmed(field).isEmpty {
                front.append(.cell(PlanText.trimmed(field), line: record.line))
            }
        }
        // Spreadsheets drop trailing empty cells; pad so every row reads by column.
        let rows = records[headerIndex...].map { record in
            (record.fields + Array(repeating: "", count: max(0, width - record.fields.count))).prefix(max(width, 1))
                .map { GridCell(text: $0, line: record.line) }
        }
        return TableCells.document(rows: rows, layout: .csv, extra: front)
    }
}
