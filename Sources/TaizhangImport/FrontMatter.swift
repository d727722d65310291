import TaizhangModel

/// The document details printed above the table: number (珠府办〔2022〕6号), issuer, date
/// and the plan's own title.
struct FrontMatter {
    var title: String?
    var documentNumber: String?
    var issuer: String?
    /// YYYY-MM-DD.
    var date: String?

    init(lines: [String]) {
        documentNumber = lines.first(where: Self.isDocumentNumber)
        if let dateIndex = lines.lastIndex(where: { Self.isoDate($0) != nil }) {
            date = Self.isoDate(lines[dateIndex])
            if dateIndex > 0 { issuer = lines[dateIndex - 1] }
        }
        title = lines.last(where: Self.isTitle) ?? lines.last
    }

    /// The plan's own title: a short line naming a plan (方案, 要点, 台账 …) that is not a
    /// sentence of the covering notice.
    static func isTitle(_ line: String) -> Bool {
        let words = ["方案", "要点", "计划", "台账", "清单", "分工", "任务表"]
        guard line.count <= 80, words.contains(where: line.contains), !isDocumentNumber(line) else { return false }
        guard let last = line.last else { return false }
        return !["。", "：", ":", "；", "，"].contains(last) && !line.hasPrefix("《")
    }

    /// A line such as 珠府办〔2022〕6号 or 粤府办[2022]12号.
    static func isDocumentNumber(_ line: String) -> Bool {
        guard line.hasSuffix("号"), line.count <= 30 else { return false }
        return line.contains("〔") || line.contains("[") || line.contains("［")
    }

    /// `2022年6月17日` as `2022-06-17`, or nil when the line is not just a date.
    static func isoDate(_ line: String) -> String? {
        let parts = line.split(whereSeparator: { $0 == "年" || $0 == "月" || $0 == "日" })
        guard line.hasSuffix("日"), parts.count == 3,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1900...2999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
