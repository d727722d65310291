import Foundation
import TaizhangTestSupport
import Testing
@testable import TaizhangText

/// `LineBreaker.wrap` breaks text of simple scalars scalar by scalar; it must give exactly the
/// lines that breaking by `Character`s gives, on real plans and on text made to be awkward.
@Suite("Line breaking scalar by scalar")
struct WrapByScalarsTests {
    /// Every plan of the corpus (Tests/Fixtures/plans/*/plan.txt), a paragraph at a time and
    /// whole (with its line ends), at narrow and usual widths.
    @Test func realPlansWrapAsByCharacters() throws {
        let plans = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/plans").standardizedFileURL
        let folders = try FileManager.default.contentsOfDirectory(atPath: plans.path).sorted()
        var texts: [String] = []
        for folder in folders {
            let plan = plans.appendingPathComponent(folder).appendingPathComponent("plan.txt")
            guard let text = try? String(contentsOf: plan, encoding: .utf8) else { continue }
            texts.append(text)
        }
        #expect(texts.count >= 60, "the plan corpus was not found at \(plans.path)")
        var simple = 0
        var paragraphCount = 0
        var wrong: [String] = []
        for text in texts {
            let paragraphs = text.split(separator: "\n").prefix(80).map(String.init)
            for paragraph in paragraphs + [String(text.prefix(3000))] {
                paragraphCount += 1
                if SimpleScalars.all(paragraph, allowingLineEnds: true) { simple += 1 }
                for width in [2, 3, 5, 9, 17, 30, 44, 71] where LineBreaker.wrap(paragraph, width: width) != LineBreaker.wrapByCharacters(paragraph, width: width) {
                    wrong.append("\(width): \(paragraph.prefix(40))")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) differ, e.g. \(wrong.prefix(5))")
        // The scalar path is the one taken: nearly every paragraph of a real plan is simple.
        #expect(paragraphCount > 1400 && simple * 100 >= paragraphCount * 99, "\(simple) of \(paragraphCount) simple")
    }

    @Test(arguments: [
        "", "\n", "\r\n", "\r\r\n", "\n\r", "局\r\n\r\n局", "a\rb\nc\r\n", "  局  ", "——……——", "2022年12366热线1+1+9",
        "（一）深化“放管服”改革。", "Latin-ASCII don't, 4.5% 12:30", "ＡＢＣ２０２２（局）", "é局“”《》",
    ])
    func awkwardTextWrapsAsByCharacters(text: String) {
        #expect(SimpleScalars.all(text, allowingLineEnds: true))
        for width in 0...12 {
            #expect(LineBreaker.wrap(text, width: width) == LineBreaker.wrapByCharacters(text, width: width), "at \(width)")
        }
    }

    /// Random text from the characters the rules treat differently, including line ends.
    @Test func randomTextWrapsAsByCharacters() {
        let alphabet: [String] = ["局", "政", "，", "。", "（", "）", "《", "》", "“", "”", "—", "…", " ", " ", "a", "Z", "7",
                                  "-", ".", "%", "+", "/", "２", "Ａ", "\n", "\r", "\r\n", "·", "é", "、", "！", "$"]
        var generator = SeededRandom(seed: 2022)
        var wrong: [String] = []
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: 1...14, using: &generator)
            if LineBreaker.wrap(text, width: width) != LineBreaker.wrapByCharacters(text, width: width) {
                wrong.append("\(width): \(text.debugDescription)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) differ, e.g. \(wrong.prefix(5))")
    }

    /// Text the scalar path must not take: it would break a character apart.
    @Test func clustersTakeTheCharacterPath() {
        for text in ["e\u{301}局", "局👍", "한국어", "a\u{200D}b"] {
            #expect(!SimpleScalars.all(text, allowingLineEnds: true))
        }
        #expect(!SimpleScalars.all("a\nb"))
        #expect(SimpleScalars.all("a\nb", allowingLineEnds: true))
    }
}
