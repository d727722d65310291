import Testing
import TaizhangText

/// Single grapheme clusters whose width terminals agree on but naive counting gets wrong.
@Suite("Width of one character")
struct CharacterWidthTests {
    @Test(arguments: [
        // Han, full-width and East Asian wide
        ("Han", "市", 2), ("CJK extension A", "\u{3400}", 2), ("CJK extension B", "\u{20000}", 2),
        ("compatibility ideograph", "\u{F900}", 2), ("ideographic zero", "〇", 2),
        ("ideographic space", "\u{3000}", 2), ("full-width paren", "（", 2), ("ideographic comma", "、", 2),
        ("full-width Latin", "Ａ", 2), ("full-width digit", "１", 2), ("full-width yen", "￥", 2),
        ("Hiragana", "あ", 2), ("Katakana", "ア", 2), ("prolonged sound mark", "ー", 2),
        ("Hangul syllable", "한", 2), ("conjoining jamo 각", "\u{1100}\u{1161}\u{11A8}", 2),
        // narrow, including East Asian Ambiguous
        ("ASCII", "a", 1), ("left double quote", "“", 1), ("right double quote", "”", 1),
        ("left single quote", "‘", 1), ("ellipsis", "…", 1), ("em dash", "—", 1), ("middle dot", "·", 1),
        ("box horizontal", "─", 1), ("box vertical", "│", 1), ("box corner", "┌", 1),
        ("precomposed é", "é", 1), ("e + combining acute", "e\u{301}", 1), ("soft hyphen", "\u{AD}", 1),
        ("half-width katakana", "ｱ", 1), ("half-width voiced mark", "ﾞ", 1), ("half-size space", "\u{303F}", 1),
        ("Greek", "λ", 1), ("Cyrillic", "ж", 1),
        // emoji
        ("emoji presentation", "😀", 2), ("ZWJ family", "👨‍👩‍👧‍👦", 2), ("flag", "🇨🇳", 2),
        ("skin tone", "👍🏽", 2), ("keycap", "1\u{FE0F}\u{20E3}", 2),
        ("heart text default", "❤", 1), ("heart + VS16", "❤\u{FE0F}", 2),
        ("smiley + VS15", "☺\u{FE0E}", 1), ("watch", "⌚", 2), ("watch + VS15", "⌚\u{FE0E}", 1),
        ("sun", "☀", 1), ("sun + VS16", "☀\u{FE0F}", 2),
        // nothing drawn
        ("NUL", "\u{0}", 0), ("BEL", "\u{7}", 0), ("ESC", "\u{1B}", 0), ("TAB", "\t", 0),
        ("newline", "\n", 0), ("CR LF", "\r\n", 0), ("DEL", "\u{7F}", 0), ("C1 NEL", "\u{85}", 0),
        ("C1 CSI", "\u{9B}", 0), ("ZWSP", "\u{200B}", 0), ("ZWJ", "\u{200D}", 0),
        ("LRM", "\u{200E}", 0), ("RLO", "\u{202E}", 0), ("BOM", "\u{FEFF}", 0),
        ("lone combining acute", "\u{301}", 0), ("lone Hangul vowel", "\u{1161}", 0),
    ] as [(String, String, Int)])
    func width(name: String, text: String, expected: Int) {
        #expect(text.count == 1, "\(name) should be a single Character")
        #expect(DisplayWidth.of(Character(text)) == expected, "\(name)")
        // The string measure must agree with the character measure, fast path or not.
        #expect(DisplayWidth.of(text) == expected, "\(name) as a string")
    }

    /// Edges of the wide table, where an off-by-one would go unnoticed in ordinary text.
    @Test(arguments: [
        (0x10FF, 1), (0x1100, 2), (0x115F, 2), (0x2E7F, 1), (0x2E80, 2), (0x303E, 2),
        (0x3041, 2), (0x4DBF, 2), (0x4E00, 2), (0x9FFF, 2), (0xA4C6, 2), (0xAC00, 2), (0xD7A3, 2),
        (0xFF00, 1), (0xFF01, 2), (0xFF60, 2), (0xFF61, 1), (0xFF9F, 1), (0xFFE0, 2), (0xFFE6, 2),
        (0xFFE8, 1), (0x1F300, 2), (0x1F600, 2), (0x2FFFD, 2), (0x30000, 2), (0x3FFFD, 2),
    ] as [(UInt32, Int)])
    func tableEdge(codePoint: UInt32, expected: Int) throws {
        let scalar = try #require(Unicode.Scalar(codePoint))
        #expect(DisplayWidth.of(Character(scalar)) == expected)
    }

    @Test func everyASCIICharacter() {
        for byte in UInt8(0)..<0x80 {
            let character = Character(Unicode.Scalar(byte))
            let printable = byte >= 0x20 && byte < 0x7F
            #expect(DisplayWidth.of(character) == (printable ? 1 : 0), "byte \(byte)")
        }
    }
}
