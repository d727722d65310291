/// Recognises a numbered task line: `1.`, `1．`, `1、` or `（1）` followed by its text.
enum TaskLine {
    static func parse(_ text: String) -> (number: Int, text: String)? {
        var digits = ""
        var rest = Substring(text)
        var bracketed = false
        if let first = rest.first, first == "（" || first == "(" {
            bracketed = true
            rest.removeFirst()
        }
        while let first = rest.first, first.isASCII, first.isNumber {
            digits.append(first)
            rest.removeFirst()
        }
        guard !digits.isEmpty, digits.count <= 6, let number = Int(digits), let mark = rest.first else { return nil }
        if bracketed {
            guard mark == "）" || mark == ")" else { return nil }
        } else {
            guard mark == "." || mark == "．" || mark == "、" else { return nil }
            // "2022.6" is a date or a figure, not task 2022.
            if mark == ".", let next = rest.dropFirst().first, next.isASCII, next.isNumber { return nil }
        }
        rest.removeFirst()
        return (number, PlanText.trimmed(rest))
    }
}

/// Recognises a work area heading (`一、…`).
enum AreaLine {
    static func parse(_ text: String) -> (number: Int, title: String)? {
        guard let mark = text.firstIndex(where: { $0 == "、" }) else { return nil }
        let numeral = text[..<mark]
        guard numeral.allSatisfy(ChineseNumeral.isNumeralCharacter), let number = ChineseNumeral.value(numeral) else {
            return nil
        }
        return (number, PlanText.trimmed(text[text.index(after: mark)...]))
    }
}

/// Recognises a section heading (`（一）…`), in full-width, half-width or mixed brackets as
/// plans are typed (`(三）`).
enum SectionLine {
    static func parse(_ text: String) -> (number: Int, title: String)? {
        guard let first = text.first, first == "（" || first == "(" else { return nil }
        guard let close = text.firstIndex(where: { $0 == "）" || $0 == ")" }) else { return nil }
        let numeral = text[text.index(after: text.startIndex)..<close]
        guard !numeral.isEmpty, numeral.allSatisfy(ChineseNumeral.isNumeralCharacter),
            let number = ChineseNumeral.value(numeral)
        else { return nil }
        return (number, PlanText.trimmed(text[text.index(after: close)...]))
    }
}

/// The column headings of a plan table, repeated at the top of every page.
enum HeaderWord {
    static let preamble: Set<String> = ["总体要求"]
    static let table: Set<String> = ["工作要求", "具体任务", "具体要求", "牵头落实单位"]
    /// The words that open the task table; 牵头落实单位 also heads the preamble's unit column.
    static let tableStart: Set<String> = ["工作要求", "具体任务", "具体要求"]

    static func isHeader(_ text: String) -> Bool {
        preamble.contains(text) || table.contains(text)
    }
}
