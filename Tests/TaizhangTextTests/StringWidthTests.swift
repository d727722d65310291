import Testing
import TaizhangText

@Suite("Width of strings")
struct StringWidthTests {
    @Test(arguments: [
        ("市司法局", 8), ("（一）", 6), ("1.依托", 6), ("“粤系列”", 8), ("珠府办〔2022〕6号", 17),
        ("", 0), ("abc", 3), ("a\tb", 2), ("\u{1B}[31m红\u{1B}[0m", 9),
        // Non-ASCII right after ASCII: the ASCII fast path must hand the last byte over,
        // because it may be the base of the cluster that follows.
        ("cafe\u{301}", 4), ("ab1\u{FE0F}\u{20E3}", 4), ("ok👍🏽", 4), ("x\r\ny", 2),
        ("한국어", 6), ("ｶﾀｶﾅ", 4), ("ＡＢＣ", 6),
    ] as [(String, Int)])
    func width(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
        #expect(text.displayWidth == expected)
        #expect(text.reduce(0) { $0 + DisplayWidth.of($1) } == expected)
    }

    @Test func substringsAreMeasuredLikeStrings() {
        let text = "编号12366热线"
        let digits = text.dropFirst(2).prefix(5)
        #expect(digits == "12366")
        #expect(digits.displayWidth == 5)
        #expect(DisplayWidth.of(text.dropFirst(7)) == 4)
    }

    /// The whole-string fast path must agree with measuring character by character.
    @Test func planLinesMatchCharacterSum() {
        for line in PlanFixture.text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.displayWidth == line.reduce(0) { $0 + DisplayWidth.of($1) })
        }
    }
}
