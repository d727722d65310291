/// The document details printed above the plan: number (珠府办〔2022〕6号), issuer, date and
/// the plan's own title (the attachment's title when a notice comes first).
struct FrontMatter {
    var title: String?
    var documentNumber: String?
    var issuer: String?
    /// YYYY-MM-DD.
    var date: String?

    init(lines rawLines: [String]) {
        let lines = rawLines.map { Fold.trimmed($0) }.filter { !$0.isEmpty }
        documentNumber = lines.lazy.compactMap(Self.documentNumber(in:)).first
        if let dateIndex = lines.lastIndex(where: Self.isDateLine) {
            date = Self.isoDate(lines[dateIndex]) ?? Self.compactDate(lines[dateIndex])
            if dateIndex > 0, Self.isIssuer(lines[dateIndex - 1]) { issuer = Self.closingGaps(lines[dateIndex - 1]) }
        }
        title = Self.title(in: lines) ?? Self.issuedInside(lines)
        // `2022年4月28日 自贡市…方案`: a web page's flattened signature runs into the title.
        if let found = title, let (day, rest) = Self.leadingDate(found) {
            title = rest
            if date == nil { date = day }
        }
    }

    /// A line that is only a date: `2022年6月17日`, or the digits a web page left of it when it
    /// lost 年月日 (`2019116`, `2022728`).
    static func isDateLine(_ line: String) -> Bool {
        isoDate(line) != nil || isCompactDate(line)
    }

    /// Seven or eight digits that start with a plausible year: a date whose 年月日 were lost.
    static func isCompactDate(_ line: String) -> Bool {
        let digits = Fold.folded(line).filter { !Fold.isBlank($0) }
        guard (7...8).contains(digits.count), digits.allSatisfy(Fold.isDigit), let year = Int(String(digits.prefix(4))) else { return false }
        return (1990...2100).contains(year)
    }

    /// The date such digits stand for, when only one reading is a date: `2022728` is
    /// 2022-07-28 (2022-72-8 is none), `20190116` is 2019-01-16; `2019116` may be January 16
    /// or November 6, and gives none.
    static func compactDate(_ line: String) -> String? {
        guard isCompactDate(line) else { return nil }
        let digits = Array(Fold.folded(line).filter { !Fold.isBlank($0) })
        let year = String(digits.prefix(4))
        let rest = Array(digits.dropFirst(4))
        // Eight digits: month and day of two each. Seven: month of one and day of two, or the
        // other way round.
        let monthLengths = rest.count == 4 ? [2] : [1, 2]
        let readings = monthLengths.compactMap { length -> String? in
            guard let month = Int(String(rest[..<length])), let day = Int(String(rest[length...])) else { return nil }
            return isoDate("\(year)年\(month)月\(day)日")
        }
        return readings.count == 1 ? readings[0] : nil
    }

    /// `2022年4月28日 ` at the start of a title: the date, and the title after it.
    static func leadingDate(_ title: String) -> (String, String)? {
        guard let end = title.firstIndex(of: "日"), title.distance(from: title.startIndex, to: end) <= 12,
            let day = isoDate(String(title[...end])) else { return nil }
        let rest = Fold.trimmed(String(title[title.index(after: end)...]))
        return rest.isEmpty ? nil : (day, rest)
    }

    static let planWords = ["方案", "要点", "计划", "台账", "清单", "分工", "任务表", "分解表", "意见", "安排", "措施", "责任分解", "任务分解"]

    /// The last line naming a plan that is not the notice's own title, joined with the lines
    /// it was wrapped from; the notice's title when the notice is the plan.
    static func title(in rawLines: [String]) -> String? {
        // `《…关于印发〈X〉的通知》` alone on a line: a page's header naming its own notice in a
        // title mark, not a citation of another (that sits inside a sentence).
        let lines = rawLines.map { unwrappedNotice($0) ?? $0 }
        func isTitleLine(_ line: String) -> Bool {
            let folded = Fold.folded(line)
            guard line.count <= 90, planWords.contains(where: folded.contains), documentNumber(in: line) == nil else { return false }
            guard let last = folded.last else { return false }
            return !["。", ":", ";", ","].contains(last) && !folded.hasPrefix("《") && !folded.hasPrefix("附件:")
                && !folded.contains("印发给你们")
        }
        let candidates = lines.indices.filter { isTitleLine(lines[$0]) }
        let own = candidates.last { !Fold.folded(lines[$0]).contains("通知") && !Fold.folded(lines[$0]).contains("印发") }
        guard let index = own ?? candidates.last else { return nil }
        var title = lines[index]
        var previous = index - 1
        while previous >= 0, previous >= index - 3 {
            let line = lines[previous]
            let folded = Fold.folded(line)
            // A page's own table of fields (`发布机构: | 县政府办公室 |`) is no part of a title,
            // nor a signature's date, a bracketed remark (`(此件公开发布)`, `【重点工作】`) or a
            // site's breadcrumbs (`>> 专题专栏 >>`).
            guard line.count <= 40, let last = folded.last, !"。:;,".contains(last), !isDateLine(line),
                documentNumber(in: line) == nil, !isTitleLine(line), !folded.contains("附件"), !folded.contains("|"), !folded.contains(":"),
                !isBracketed(folded), !folded.contains(">>")
            else { break }
            title = line + title
            previous -= 1
        }
        // `…的通知 |`: the bar a flattened web table left after the title.
        while let last = title.last, last == "|" || Fold.isBlank(last) { title.removeLast() }
        // `【市政府重点工作】滁州市人民政府关于…`: a web page's column label before the title.
        if title.hasPrefix("【"), let close = title.firstIndex(of: "】"), title.distance(from: title.startIndex, to: close) <= 20,
            title.index(after: close) != title.endIndex {
            title = Fold.trimmed(String(title[title.index(after: close)...]))
        }
        // Only the notice that issues the plan was found: the plan is what it issues.
        if own == nil, let issued = issuedTitle(title) { return closingGaps(issued) }
        return closingGaps(title)
    }

    /// When no line names the plan: the plan the notice issues, read inside the text at the
    /// document's start, where a page that lost its line breaks ran the notice's title into
    /// what follows (`…办公厅关于印发2018年省《政府工作报告》涉及我市…分解方案的通知2022-10-19…`),
    /// or its body's `现将《X》印发给你们`. Near the start only, and not inside a title mark: a
    /// preamble citing another notice (`根据《…关于印发…的通知》`) names another document.
    static func issuedInside(_ lines: [String]) -> String? {
        let text = FoldedText(lines.prefix(40).joined(separator: "\n"))
        func insideTitleMark(_ position: Int) -> Bool {
            let before = text.folded[..<position]
            return (before.lastIndex(of: "《") ?? -1) > (before.lastIndex(of: "》") ?? -1)
        }
        if let start = text.index(of: "关于印发"), start < 300, !insideTitleMark(start) {
            let from = start + 4
            if let end = text.index(of: "的通知", from: from), (4...80).contains(end - from),
                !text.folded[from..<end].contains(where: { "。\n".contains($0) })
            {
                return closingGaps(String(withoutTitleMark(text.original[from..<end])))
            }
        }
        if let start = text.index(of: "现将《"), start < 600 {
            let from = start + 3
            if let close = (from..<min(text.count, from + 80)).first(where: { text.folded[$0] == "》" }), close - from >= 4,
                let issue = text.index(of: "印发", from: close), issue - close <= 8
            {
                return closingGaps(String(text.original[from..<close]))
            }
        }
        return nil
    }

    /// A line that is a remark in brackets from end to end: `(此件公开发布)`, `【市政府重点工作】`.
    static func isBracketed(_ folded: String) -> Bool {
        guard let first = folded.first, let last = folded.last, folded.count >= 3 else { return false }
        return (first == "(" && last == ")") || (first == "【" && last == "】") || (first == "[" && last == "]")
    }

    /// `…关于印发X的通知`: X, the plan the notice issues, without the title mark around it
    /// (`关于印发《X》的通知`, or `〈X〉` inside a title mark).
    static func issuedTitle(_ notice: String) -> String? {
        guard let start = notice.range(of: "关于印发"), notice.hasSuffix("的通知") else { return nil }
        let issued = withoutTitleMark(notice[start.upperBound..<notice.index(notice.endIndex, offsetBy: -3)])
        return issued.count >= 4 ? String(issued) : nil
    }

    /// The plan a notice issues without the title mark around it: `《X》`, or `〈X〉` inside one.
    static func withoutTitleMark<Text: BidirectionalCollection<Character>>(_ issued: Text) -> Text.SubSequence {
        guard let first = issued.first, let last = issued.last, (first, last) == ("《", "》") || (first, last) == ("〈", "〉") else {
            return issued[...]
        }
        return issued.dropFirst().dropLast()
    }

    /// The notice's title inside a line that is only `《…关于…的通知》`; nil for any other line.
    static func unwrappedNotice(_ line: String) -> String? {
        guard line.hasPrefix("《"), line.hasSuffix("》"), line.count > 2 else { return nil }
        let inside = String(line.dropFirst().dropLast())
        // One title mark from end to end: `《A》和《B》` is two titles.
        guard !inside.contains("《"), !inside.contains("》"), inside.contains("关于"), inside.hasSuffix("的通知") else { return nil }
        return inside
    }

    static func closingGaps(_ text: String) -> String {
        FoldedText(text).closingWrapGaps.trimmed.text
    }

    /// 珠府办〔2022〕6号, 粤府办[2022]12号, 许政 [2020] 20号 inside a line.
    static func documentNumber(in line: String) -> String? {
        let characters = Array(line)
        let folded = characters.map(Fold.character)
        for (index, character) in folded.enumerated() where character == "〔" || character == "[" {
            var end = index + 1
            var digits = 0
            while end < folded.count, Fold.isDigit(folded[end]) { end += 1; digits += 1 }
            guard digits == 4, end < folded.count, folded[end] == "〕" || folded[end] == "]" else { continue }
            end += 1
            while end < folded.count, Fold.isBlank(folded[end]) { end += 1 }
            var number = 0
            while end < folded.count, Fold.isDigit(folded[end]) { end += 1; number += 1 }
            guard number > 0, end < folded.count, folded[end] == "号" else { continue }
            var start = index
            while start > 0, Fold.isBlank(folded[start - 1]) { start -= 1 }
            var head = start
            while head > 0, Fold.isHan(folded[head - 1]), start - head < 8 { head -= 1 }
            guard head < start else { continue }
            return String(characters[head...end]).filter { !Fold.isBlank($0) }
        }
        return nil
    }

    static func isIssuer(_ line: String) -> Bool {
        let folded = Fold.folded(line)
        guard line.count <= 40, let last = folded.last, !"。:;,".contains(last) else { return false }
        return ["政府", "办公室", "办公厅", "局", "委员会", "厅", "委", "中心", "部"].contains(where: folded.hasSuffix)
            || folded.contains("办公室 ") || folded.contains("人民政府")
    }

    /// `2022年6月17日` as `2022-06-17`, or nil when the line is not just a date.
    static func isoDate(_ line: String) -> String? {
        let text = String(Fold.folded(line).filter { !Fold.isBlank($0) })
        let parts = text.split(whereSeparator: { $0 == "年" || $0 == "月" || $0 == "日" })
        guard text.hasSuffix("日"), parts.count == 3,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1900...2999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// The first plausible year (1990–2100) written in four digits.
    static func year(in text: String) -> Int? {
        let characters = Array(text)
        var index = 0
        while index + 4 <= characters.count {
            let run = characters[index..<index + 4]
            let before = index == 0 || !Fold.isDigit(characters[index - 1])
            let after = index + 4 == characters.count || !Fold.isDigit(characters[index + 4])
            if before, after, run.allSatisfy(Fold.isDigit), let year = Int(String(run)), (1990...2100).contains(year) {
                return year
            }
            index += 1
        }
        return nil
    }
}
