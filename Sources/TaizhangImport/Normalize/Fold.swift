/// The one place that says which characters count as the same for parsing.
enum Fold {
    /// Full-width forms to half-width, ideographic and no-break spaces to a space, and the
    /// traditional characters of the grammars' words to simplified ones.
    static func character(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return character }
        switch scalar.value {
        case 0xFF01...0xFF5E:
            // Full-width ASCII: （）：；，．０-９Ａ-Ｚ …
            return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x3000, 0x00A0, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF:
            return " "
        case 0xFE50: return ","
        case 0xFE52: return "."
        case 0xFE54: return ";"
        case 0xFE55: return ":"
        case 0x4E00...0x9FFF:
            // Looked up by scalar: hashing a Character normalizes it, and this runs for every
            // character of every document.
            return Traditional.byScalar[scalar.value] ?? character
        default:
            return character
        }
    }

    static let opening: Set<Character> = ["(", "[", "〔", "【", "〈", "{", "［", "《"]
    static let closing: Set<Character> = [")", "]", "〕", "】", "〉", "}", "］", "》"]

    static func isBlank(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\r" || character == "\u{3000}" || character == "\u{A0}"
            || character == "\u{FEFF}" || character == "\u{200B}"
    }

    static func isHan(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0x20000...0x2FFFF).contains(value)
    }

    static func isClosingPunctuation(_ character: Character) -> Bool {
        "，。、；：,.;:)）”』」".contains(character)
    }

    static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// Trims blanks at both ends of plain text.
    static func trimmed(_ text: some StringProtocol) -> String {
        var slice = Substring(text)
        while let first = slice.first, isBlank(first) || first == "\n" { slice.removeFirst() }
        while let last = slice.last, isBlank(last) || last == "\n" { slice.removeLast() }
        return String(slice)
    }

    /// The folded form of a whole string, for comparing words.
    static func folded(_ text: some StringProtocol) -> String {
        String(text.map(character))
    }
}
