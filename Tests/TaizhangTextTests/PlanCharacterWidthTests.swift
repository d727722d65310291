import Testing
import TaizhangText

/// Every distinct character in a real plan document is measured as a terminal draws it.
@Suite("Width of every character in the Zhuhai plan")
struct PlanCharacterWidthTests {
    /// Full-width punctuation that occurs in the plan; quotes and ellipses are narrow.
    static let fullWidthPunctuation: Set<Character> = ["（", "）", "，", "、", "。", "；", "：", "《", "》", "〔", "〕", "？", "！"]
    static let ambiguousNarrow: Set<Character> = ["“", "”", "‘", "’", "…", "—", "·"]

    static func expectedWidth(_ character: Character) -> Int? {
        if fullWidthPunctuation.contains(character) { return 2 }
        if ambiguousNarrow.contains(character) { return 1 }
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else {
            return nil
        }
        switch scalar.value {
        case 0x4E00...0x9FFF: return 2
        case 0x20...0x7E: return 1
        case 0x00...0x1F, 0x7F: return 0
        default: return nil
        }
    }

    @Test func everyCharacter() {
        let characters = Set(PlanFixture.text)
        #expect(characters.count > 600, "the fixture should exercise hundreds of distinct characters")
        var unclassified: [Character] = []
        for character in characters.sorted() {
            guard let expected = Self.expectedWidth(character) else {
                unclassified.append(character)
                continue
            }
            #expect(DisplayWidth.of(character) == expected, "\(character.unicodeScalars.map { $0.value })")
        }
        #expect(unclassified.isEmpty, "characters this test does not know: \(unclassified)")
    }

    @Test func tabsAndNewlinesOccurAndCountZero() {
        let text = PlanFixture.text
        #expect(text.contains("\t") && text.contains("\n"))
        let withoutControls = text.filter { $0 != "\t" && $0 != "\n" }
        #expect(DisplayWidth.of(text) == DisplayWidth.of(withoutControls))
    }
}
