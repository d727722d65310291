import Testing
import TaizhangText

@Suite("Sanitizing text for the terminal")
struct TerminalSafeTests {
    @Test(arguments: [
        ("\u{1B}[31mred\u{1B}[0m", "^[[31mred^[[0m"),
        ("\u{1B}]0;pwned\u{7}", "^[]0;pwned^G"),
        ("\u{1B}[2J", "^[[2J"),
        ("ding\u{7}", "ding^G"),
        ("a\tb", "a^Ib"),
        ("one\ntwo", "one^Jtwo"),
        ("one\r\ntwo", "one^M^Jtwo"),
        ("\u{0}\u{1F}", "^@^_"),
        ("x\u{7F}", "x^?"),
        ("\u{9B}31m", "<U+009B>31m"),
        ("next\u{85}line", "next<U+0085>line"),
        ("\u{80}\u{9F}", "<U+0080><U+009F>"),
        ("abc\u{202E}fed", "abc<U+202E>fed"),
        ("\u{202A}\u{202B}\u{202C}\u{202D}", "<U+202A><U+202B><U+202C><U+202D>"),
        ("\u{2066}x\u{2067}y\u{2068}z\u{2069}", "<U+2066>x<U+2067>y<U+2068>z<U+2069>"),
        ("市司法局\u{1B}[5m（一）", "市司法局^[[5m（一）"),
    ] as [(String, String)])
    func replaced(text: String, expected: String) {
        #expect(TerminalSafe.sanitize(text) == expected)
    }

    @Test func newlinesAreKeptOnlyWhenAsked() {
        #expect(TerminalSafe.sanitize("a\nb\u{1B}", keepNewlines: true) == "a\nb^[")
        #expect(TerminalSafe.sanitize("a\r\nb", keepNewlines: true) == "a^M\nb")
        #expect(TerminalSafe.sanitize("a\nb", keepNewlines: false) == "a^Jb")
    }

    /// Characters that look unusual but are harmless: quotes and dashes (whose UTF-8 shares
    /// a lead byte with the bidi controls), marks left alone by design, emoji, Latin-1.
    @Test(arguments: [
        "", "plain ASCII text, with punctuation!", "“粤系列”——《方案》…·", "e\u{301} café ©",
        "\u{200E}\u{200F}\u{200B}\u{200D}", "👨‍👩‍👧‍👦 ❤\u{FE0F}", "\u{A0}\u{AD}\u{2028}", "\u{2065}\u{206A}\u{2029}",
    ])
    func unchanged(text: String) {
        #expect(TerminalSafe.sanitize(text).unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    /// Clean text is returned as it is, without copying it into new storage.
    @Test func cleanTextIsNotCopied() {
        let text = PlanFixture.paragraphs.joined(separator: "\n")
        let result = TerminalSafe.sanitize(text, keepNewlines: true)
        let address = { (string: String) in string.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil }
        #expect(result == text)
        #expect(address(result) != nil && address(result) == address(text))
    }

    @Test func planTabsBecomeVisible() {
        let result = TerminalSafe.sanitize(PlanFixture.text, keepNewlines: true)
        #expect(!result.contains("\t"))
        #expect(result.contains("^I总体要求"))
        #expect(result.split(separator: "\n", omittingEmptySubsequences: false).count
            == PlanFixture.text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    /// The byte look that lets clean text through without decoding agrees with the rule for
    /// every scalar of the Basic Multilingual Plane and a few beyond, alone and between
    /// Chinese text and quotes (whose bytes share lead bytes with the replaced scalars).
    @Test func everyScalarIsJudgedByTheRule() {
        func replaced(_ value: UInt32) -> Bool {
            switch value {
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
        var wrong: [UInt32] = []
        for value in Array(0..<0xD800) + Array(0xE000...0xFFFF) + [0x1F468, 0x10FFFF] as [UInt32] {
            let scalar = Unicode.Scalar(value)!
            let text = "局“" + String(Character(scalar)) + "”"
            let expected = replaced(value) ? 1 : 0
            let changed = TerminalSafe.sanitize(text) != text ? 1 : 0
            if changed != expected { wrong.append(value) }
        }
        #expect(wrong.isEmpty, "judged against the rule: \(wrong.prefix(10).map { String($0, radix: 16) })")
    }
}
