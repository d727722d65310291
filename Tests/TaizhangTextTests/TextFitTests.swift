import Testing
import TaizhangText

@Suite("Cutting and padding to a width")
struct TextFitTests {
    @Test(arguments: [
        ("市司法局", 5, "市司", 4), ("市司法局", 8, "市司法局", 8), ("市司法局", 100, "市司法局", 8),
        ("a市", 2, "a", 1), ("a市", 3, "a市", 3), ("abc", 2, "ab", 2), ("", 3, "", 0),
        ("市", 1, "", 0), ("abc", 0, "", 0), ("abc", -4, "", 0),
        // Whole clusters only: never half an emoji or an accent without its letter.
        ("👨‍👩‍👧‍👦x", 1, "", 0), ("👨‍👩‍👧‍👦x", 2, "👨‍👩‍👧‍👦", 2), ("e\u{301}e\u{301}", 1, "e\u{301}", 1),
        // Zero-width characters right after the cut cost nothing, so they stay.
        ("ab\u{200B}c", 2, "ab\u{200B}", 2),
    ] as [(String, Int, String, Int)])
    func prefix(text: String, maxWidth: Int, expected: String, expectedWidth: Int) {
        let result = TextFit.prefix(text, maxWidth: maxWidth)
        #expect(result.text == expected)
        #expect(result.text.unicodeScalars.elementsEqual(expected.unicodeScalars))
        #expect(result.width == expectedWidth)
    }

    @Test func prefixOfSubstringIsASubstringOfTheSameBase() {
        let line = "（一）加强政策解读"
        let body = line.dropFirst(3)
        let cut = TextFit.prefix(body, maxWidth: 5)
        #expect(cut.text == "加强")
        #expect(cut.width == 4)
        #expect(cut.text.startIndex == body.startIndex)
    }

    @Test(arguments: [
        ("市司法局", 8, "…", "市司法局"), ("市司法局", 7, "…", "市司法…"), ("市司法局", 6, "…", "市司…"),
        ("市司法局", 2, "…", "…"), ("市司法局", 1, "…", "…"), ("市司法局", 0, "…", ""),
        ("abcdef", 4, "...", "a..."), ("abcdef", 3, "...", "..."), ("abcdef", 2, "...", "ab"),
        ("abcdef", 6, "...", "abcdef"), ("", 3, "…", ""), ("abc", -1, "…", ""),
    ] as [(String, Int, String, String)])
    func truncate(text: String, width: Int, ellipsis: String, expected: String) {
        #expect(TextFit.truncate(text, toWidth: width, ellipsis: ellipsis) == expected)
    }

    @Test func truncateUsesTheHorizontalEllipsisByDefault() {
        #expect(TextFit.truncate("珠海市人民政府办公室", toWidth: 9) == "珠海市人…")
    }

    @Test(arguments: [
        ("市司法局", 5, "市司 "), ("市司法局", 8, "市司法局"), ("市司法局", 9, "市司法局 "),
        ("ab", 4, "ab  "), ("", 3, "   "), ("abc", 0, ""), ("abc", -2, ""), ("a市b", 2, "a "),
    ] as [(String, Int, String)])
    func pad(text: String, width: Int, expected: String) {
        #expect(TextFit.pad(text, toWidth: width) == expected)
    }

    /// On real text at every small width: truncation never overflows and keeps a prefix;
    /// padding always gives exactly the width asked for.
    @Test func planLinesAtEveryWidth() {
        var failures: [String] = []
        for line in PlanFixture.paragraphs.prefix(60) {
            for width in 0...40 {
                let truncated = TextFit.truncate(line, toWidth: width)
                if truncated.displayWidth > width { failures.append("truncate \(width): \(truncated)") }
                let kept = truncated.hasSuffix("…") && truncated != line ? String(truncated.dropLast()) : truncated
                if !line.hasPrefix(kept) { failures.append("not a prefix at \(width): \(truncated)") }
                let padded = TextFit.pad(line, toWidth: width)
                if padded.displayWidth != width { failures.append("pad \(width): \(padded)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }
}
