/// The forms a progress report comes in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case csv
    case xlsx
    case html
    case json
    /// The 通报: a Word document on A4 for the office to circulate.
    case docx

    /// The format named on the command line (`md`, `markdown`, `csv`, …), case-insensitive.
    public init?(name: String) {
        let lowered = name.lowercased()
        if lowered == "markdown" {
            self = .markdown
        } else if let format = ReportFormat(rawValue: lowered) {
            self = format
        } else {
            return nil
        }
    }

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The format a file name implies by its extension, so `--out report.xlsx` needs no
    /// `--format`.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        self.init(name: String(fileName[fileName.index(after: dot)...]))
    }
}

/// The tables a report is made of. A CSV file holds one of them; `--view` picks one for any
/// format but the 通报, which has its own shape.
public enum ReportView: String, CaseIterable, Sendable {
    case overall
    case areas
    case units
    case ranking
    case returns
    case open
    case extensions
    case evidence

    /// The table's title, also the xlsx sheet name: what a leader reading it calls it.
    public var title: String {
        switch self {
        case .overall: "总体情况"
        case .areas: "分领域进展"
        case .units: "各单位进展"
        case .ranking: "单位排名"
        case .returns: "报送情况"
        case .open: "未完成任务"
        case .extensions: "延期记录"
        case .evidence: "佐证材料"
        }
    }
}
