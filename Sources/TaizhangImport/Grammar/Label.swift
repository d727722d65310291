import TaizhangModel

/// The numbering grammar: the label a heading or a task opens with, in every style plans use.
/// One grammar for all readers, so `(一)` and `（一）`, `1.` `1、` and `1．` are the same label.
struct Label: Equatable, Sendable {
    enum Style: String, Sendable, CaseIterable {
        /// 一、 一.
        case chinese
        /// (一) （一）
        case bracketedChinese
        /// 1. 1、 1．
        case arabic
        /// (1) （1）
        case bracketedArabic
        /// ① ②
        case circled
        /// —— before an unnumbered heading.
        case dash
    }

    var style: Style
    /// Nil for a dash.
    var value: Int?
    /// As printed, the way the ledger shows it: `1` for `1.`, `一` for `一、`, `(一)` as typed.
    var printed: String
    /// Characters the label takes at the start of the text, blanks after it included.
    var length: Int

    /// The label at the start of `text`, if it opens with one.
    static func parse(_ text: FoldedText) -> Label? {
        let folded = text.folded
        guard let first = folded.first else { return nil }
        var label: Label?
        if first == "(" {
            label = bracketed(text)
        } else if let circled = circledValue(first) {
            label = Label(style: .circled, value: circled, printed: String(text.original[0]), length: 1)
        } else if first == "—" || first == "─" {
            var end = 0
            while end < folded.count, folded[end] == "—" || folded[end] == "─" || folded[end] == "-" { end += 1 }
            guard end < folded.count, Fold.isHan(folded[end]) || folded[end] == "“" else { return nil }
            label = Label(style: .dash, value: nil, printed: String(text.original[0..<end]), length: end)
        } else if Fold.isDigit(first) {
            label = arabic(text)
        } else if ChineseNumeral.isNumeralCharacter(first) {
            label = chinese(text)
        } else if first == "第" {
            label = part(text)
        }
        guard var found = label else { return nil }
        while found.length < folded.count, Fold.isBlank(folded[found.length]) { found.length += 1 }
        return found
    }

    private static func bracketed(_ text: FoldedText) -> Label? {
        let folded = text.folded
        guard let close = folded.prefix(6).firstIndex(of: ")"), close > 1 else { return nil }
        let inside = folded[1..<close]
        var length = close + 1
        // (一)、 and (1). carry a mark after the bracket as some plans type them.
        if length < folded.count, folded[length] == "、" || folded[length] == "." { length += 1 }
        let printed = String(text.original[0...close])
        if inside.allSatisfy(Fold.isDigit), inside.count <= 3, let value = Int(String(inside)) {
            return Label(style: .bracketedArabic, value: value, printed: printed, length: length)
        }
        if inside.allSatisfy(ChineseNumeral.isNumeralCharacter), let value = ChineseNumeral.value(String(inside)) {
            return Label(style: .bracketedChinese, value: value, printed: printed, length: length)
        }
        return nil
    }

    private static func arabic(_ text: FoldedText) -> Label? {
        let folded = text.folded
        var end = 0
        while end < folded.count, Fold.isDigit(folded[end]) { end += 1 }
        // Up to four digits (plans of a thousand tasks), but never a year: 2022、 opens a list.
        guard end <= 4, end < folded.count, let value = Int(String(folded[0..<end])), value < 1900 else { return nil }
        // `1 .`: a page that spaced its text out put a blank before the mark.
        let at = spacedMark(folded, at: end)
        let mark = folded[at]
        guard mark == "." || mark == "、" else { return nil }
        // 2.5% and 2022.6 are figures, not labels.
        if mark == ".", at + 1 < folded.count, Fold.isDigit(folded[at + 1]) { return nil }
        return Label(style: .arabic, value: value, printed: String(folded[0..<end]), length: at + 1)
    }

    private static func chinese(_ text: FoldedText) -> Label? {
        let folded = text.folded
        var end = 0
        while end < folded.count, end < 3, ChineseNumeral.isNumeralCharacter(folded[end]) { end += 1 }
        guard end > 0, end < folded.count else { return nil }
        let at = spacedMark(folded, at: end)
        guard folded[at] == "、" || folded[at] == ".", let value = ChineseNumeral.value(String(folded[0..<end])) else { return nil }
        return Label(style: .chinese, value: value, printed: String(text.original[0..<end]), length: at + 1)
    }

    /// Where a label's mark is: right after the numeral, or after one blank (`一 、`, `1 .`)
    /// when a mark follows it and text follows the mark.
    private static func spacedMark(_ folded: [Character], at end: Int) -> Int {
        guard end + 2 < folded.count, Fold.isBlank(folded[end]), folded[end + 1] == "、" || folded[end + 1] == ".",
            !Fold.isDigit(folded[end + 2])
        else { return end }
        return end + 1
    }

    /// `第一部分`, `第二章`: parts of a plan, at the level of its areas.
    private static func part(_ text: FoldedText) -> Label? {
        let folded = text.folded
        var end = 1
        while end < folded.count, end < 4, ChineseNumeral.isNumeralCharacter(folded[end]) { end += 1 }
        guard end > 1, let value = ChineseNumeral.value(String(folded[1..<end])) else { return nil }
        for word in ["部分", "章"] where text.index(of: word, from: end) == end {
            var length = end + word.count
            if length < folded.count, "、.:".contains(folded[length]) { length += 1 }
            return Label(style: .chinese, value: value, printed: String(text.original[0..<(end + word.count)]), length: length)
        }
        return nil
    }

    private static func circledValue(_ character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first?.value, (0x2460...0x2473).contains(scalar) else { return nil }
        return Int(scalar - 0x2460) + 1
    }
}

/// A cell that holds nothing but a number, as a 序号 column does: `1`, `1.`, `(1)`, `01`.
enum BareNumber {
    static func parse(_ text: FoldedText) -> Int? {
        var characters = text.trimmed.folded[...]
        if characters.first == "(" { characters = characters.dropFirst() }
        while let last = characters.last, [".", "、", ")"].contains(last) { characters = characters.dropLast() }
        guard !characters.isEmpty, characters.count <= 4, characters.allSatisfy(Fold.isDigit) else { return nil }
        return Int(String(characters))
    }
}
