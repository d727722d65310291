import TaizhangModel

/// The forms a plan arrives in. Each has its own reader; all share one `PlanBuilder`.
public enum PlanLayout: String, CaseIterable, Sendable {
    /// The seed's flattened table text: tab-led cells, blank lines between rows.
    case text
    /// Text copies of web tables: `| 一、… | 1.… | 市财政局牵头 |`.
    case pipe
    /// One cell per line, rows divided by separator lines (`----`).
    case cells
    /// No table: headings and numbered paragraphs ending in `（牵头单位：…；责任单位：…）`.
    case outline
    /// Comma- or tab-separated values with a header row.
    case csv
    case xlsx
    case docx
    case html

    /// What a position in this layout is called in warnings.
    public var positionWord: String {
        switch self {
        case .xlsx, .docx: "row"
        default: "line"
        }
    }

    public var summary: String {
        switch self {
        case .text: "table text (tab-separated cells)"
        case .pipe: "pipe-separated rows"
        case .cells: "one cell per line"
        case .outline: "outline with inline units"
        case .csv: "CSV/TSV with a header row"
        case .xlsx: "Excel workbook (.xlsx)"
        case .docx: "Word document (.docx)"
        case .html: "HTML table"
        }
    }

    /// The layouts worth trying for a file, most likely first, from its name and first bytes.
    static func candidates(fileName: String?, bytes: [UInt8]) -> [PlanLayout] {
        let name = (fileName ?? "").lowercased()
        let isZip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if name.hasSuffix(".xlsx") || name.hasSuffix(".xlsm") { return [.xlsx, .docx] }
        if name.hasSuffix(".docx") { return [.docx, .xlsx] }
        if isZip { return [.xlsx, .docx] }
        if name.hasSuffix(".html") || name.hasSuffix(".htm") { return [.html] + textLayouts }
        if name.hasSuffix(".csv") || name.hasSuffix(".tsv") { return [.csv] + textLayouts }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        if head.contains("<table") || head.contains("<html") || head.contains("<!doctype html") { return [.html] + textLayouts }
        return textLayouts + [.html]
    }

    static let textLayouts: [PlanLayout] = [.text, .pipe, .cells, .outline, .csv]

    /// Orders the text layouts by what the text shows most of.
    static func sniffText(_ text: String) -> [PlanLayout] {
        var pipe = 0, separators = 0, inlineUnits = 0, tabLed = 0, commaRows = 0
        for line in text.split(separator: "\n").prefix(400) {
            let trimmed = PlanText.trimmed(line)
            if trimmed.hasPrefix("|") || trimmed.hasPrefix("｜") { pipe += 1 }
            if CellLineReader.isSeparator(trimmed) { separators += 1 }
            if OutlineReader.unitClause(in: trimmed) != nil { inlineUnits += 1 }
            if line.hasPrefix("\t") { tabLed += 1 }
            if trimmed.contains(",") || (trimmed.contains("\t") && !line.hasPrefix("\t")) { commaRows += 1 }
        }
        let scores: [(PlanLayout, Int)] = [
            (.pipe, pipe * 3), (.cells, separators * 3), (.outline, inlineUnits * 4), (.text, tabLed * 2),
            (.csv, CSVReader.hasHeader(text) ? 1000 : commaRows / 4),
        ]
        let ranked = scores.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.map(\.0)
        return ranked + textLayouts.filter { !ranked.contains($0) }
    }
}
