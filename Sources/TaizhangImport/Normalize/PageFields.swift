/// The table of fields a government page (or a mirror of it) prints above a document:
/// `索引号 | … | 成文日期 | …`, `发布单位 |` / `广东省人民政府` / `|`, `有效性状态 | 阶段性文件`. It
/// says who published the page, not who does what: read as a table it gives rows such as
/// `发布单位 | 广东省人民政府`, a task and its unit to a reader that cannot tell. The readers of
/// table cells get the text without it; the reading by lines keeps it for the front matter.
enum PageFields {
    /// Labels such a field table uses, as `FieldLabel.key` folds them.
    static let labels: Set<String> = [
        "索引号", "发布机构", "发布单位", "发文机关", "发文单位", "发布文号", "文号", "发文字号", "文件编号", "发布日期", "成文日期",
        "生效日期", "有效性", "有效性状态", "废止日期", "组配分类", "主题分类", "体裁分类", "主题词", "属性", "备注", "信息来源",
        "来源", "所属机构", "公开方式", "公开范围", "公开时限", "时效",
    ]

    /// `text` without its field table: the lines from the first field line to the last, when
    /// three or more different labels open lines among the first 60 and what lies between
    /// them is short (a value on a line of its own, a lone bar). Unchanged otherwise.
    static func strip(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var fieldLines: [Int] = []
        var seen: Set<String> = []
        for (index, line) in lines.prefix(60).enumerated() {
            guard let label = label(of: line) else { continue }
            if let last = fieldLines.last,
                index - last > 3 || lines[(last + 1)..<index].contains(where: { Fold.trimmed($0).count > 30 })
            {
                // Too far from the last field line: a table, if any, starts again here.
                if seen.count >= 3 { break }
                fieldLines = []
                seen = []
            }
            fieldLines.append(index)
            seen.insert(label)
        }
        guard seen.count >= 3, let first = fieldLines.first, let last = fieldLines.last else { return text }
        return (lines[..<first] + lines[(last + 1)...]).joined(separator: "\n")
    }

    /// The field label a line opens with (`发布单位 |`, `来源: 广东省人民政府`), or nil.
    static func label(of line: Substring) -> String? {
        let head = line.prefix { $0 != "|" && $0 != "｜" && $0 != ":" && $0 != "：" }
        guard head.count <= 16, head.count < line.count || line.hasSuffix("|") else { return nil }
        let key = FieldLabel.key(head)
        return labels.contains(key) ? key : nil
    }
}
