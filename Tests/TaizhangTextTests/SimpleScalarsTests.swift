import Testing
@testable import TaizhangText

/// The scalar-by-scalar path (`SimpleScalars`) must give exactly what walking grapheme
/// clusters gives. The reference here walks `Character`s, as the text functions did before.
@Suite("Measuring and cutting text scalar by scalar")
struct SimpleScalarsTests {
    private func referenceWidth(_ text: String) -> Int {
        text.reduce(0) { $0 + DisplayWidth.of($1) }
    }

    private func referencePrefix(_ text: String, maxWidth: Int) -> (String, Int) {
        var width = 0
        var result = ""
        for character in text {
            let w = DisplayWidth.of(character)
            if width + w > maxWidth { break }
            width += w
            result.append(character)
        }
        return (result, width)
    }

    /// Every scalar of the Basic Multilingual Plane, between Chinese text and quotes, and
    /// followed by the scalars that join the one before them: a combining mark, an emoji
    /// presentation selector, a joiner, a Hangul vowel.
    @Test func everyScalarMeasuresAsItsCharacters() {
        var wrong: [String] = []
        for value in Array(0x20..<0xD800) + Array(0xE000...0xFFFD) as [UInt32] {
            let scalar = String(Character(Unicode.Scalar(value)!))
            for text in ["局“" + scalar + "”，", "a" + scalar, scalar + "\u{301}", scalar + "\u{FE0F}", scalar + "\u{200D}局", scalar + "\u{1161}"] {
                if DisplayWidth.of(text) != referenceWidth(text) { wrong.append(String(value, radix: 16)) }
            }
        }
        #expect(wrong.isEmpty, "measured differently: \(wrong.prefix(10))")
    }

    @Test(arguments: [
        "落实《广东省政府系统政策解读工作细则（试行）》“三同步”工作机制——做到应解读尽解读…",
        "市政务服务数据管理局、各区政府（管委会）", "Zhuhai 2022 · ①②③ ─┼─ ©®",
        "e\u{301}局\u{301}", "局👨‍👩‍👧局", "한국어 局", "ｶﾞ局",
    ])
    func prefixesCutAsCharacters(text: String) {
        for maxWidth in 0...(referenceWidth(text) + 1) {
            let (expected, expectedWidth) = referencePrefix(text, maxWidth: maxWidth)
            let fitted = TextFit.prefix(text, maxWidth: maxWidth)
            #expect(String(fitted.text) == expected && fitted.width == expectedWidth, "at \(maxWidth) columns")
        }
        #expect(DisplayWidth.of(text) == referenceWidth(text))
    }

    /// The punctuation `ScalarWidth.of` answers before its tables measures as the tables do.
    @Test func punctuationMeasuresAsTheTablesSay() {
        let ranges: [ClosedRange<UInt32>] = [0x3000...0x3029, 0xFF01...0xFF60, 0x2010...0x2027, 0x2030...0x205E]
        for value in ranges.joined() {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarWidth.of(scalar) == ScalarWidth.fromTables(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(ScalarWidth.of("，") == 2 && ScalarWidth.of("“") == 1 && ScalarWidth.of("…") == 1 && ScalarWidth.of("、") == 2)
    }

    @Test func simpleIsWhatChinesePlansAreMadeOf() {
        #expect(SimpleScalars.all("（一）深化地方政府规章、规范性文件公开。Ａ１…“”——"))
        #expect(!SimpleScalars.all("局\u{301}"))
        #expect(!SimpleScalars.all("OK👍"))
        #expect(!SimpleScalars.all("a\r\nb"))
    }
}
