/// CSV and TSV exports of plan spreadsheets into the grid, each field in its column.
enum CSVTokenizer {
    static func separator(of text: String) -> Character {
        let firstLines = text.split(separator: "\n").prefix(5).joined()
        let tabs = firstLines.filter { $0 == "\t" }.count
        let commas = firstLines.filter { $0 == "," }.count
        return tabs > commas ? "\t" : ","
    }

    /// Text that is comma- or tab-separated values with a header row: a line of three or more
    /// fields that name columns.
    static func looksLikeCSV(_ text: String) -> Bool {
        let sample = String(text.prefix(20_000))
        guard let records = try? CSVParser.records(sample, separator: separator(of: sample)) else { return false }
        return records.prefix(20).contains { record in
            record.fields.count >= 3 && HeaderNames.roles(record.fields) != nil
        }
    }

    static func grid(_ text: String, limits: ImportLimits) throws(ImportError) -> Grid {
        let records = try CSVParser.records(text, separator: separator(of: text), limits: limits)
        let rows = records.map { record in record.fields.map { GridCell(text: $0, line: record.line) } }
        return TableRows.grid(rows, form: .csv)
    }
}
