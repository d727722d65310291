import TaizhangModel

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
    /// 牵头落实单位 also heads the preamble's unit column, so it does not open the table.
    static let notTableStart: Set<String> = ["总体要求", "牵头落实单位"]

    static func isHeader(_ text: String) -> Bool {
        let name = HeaderMap.normalized(text)
        return preamble.contains(name) || HeaderMap.allNames.contains(name)
    }

    static func opensTable(_ text: String) -> Bool {
        let name = HeaderMap.normalized(text)
        return HeaderMap.allNames.contains(name) && !notTableStart.contains(name)
    }
}

/// A bare task number in a cell of its own or a 序号 column: `1`, `1.`, `（1）`, `01`.
enum BareNumber {
    static func parse(_ text: String) -> Int? {
        var digits = Substring(PlanText.trimmed(text))
        if let first = digits.first, first == "（" || first == "(" { digits.removeFirst() }
        while let last = digits.last, [".", "．", "、", "）", ")"].contains(last) { digits.removeLast() }
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}
