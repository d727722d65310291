import Testing
import TaizhangText

@Suite("Line breaking: exact results")
struct LineBreakerTests {
    @Test(arguments: [
        // The natural break would start a line with "，": "园" moves down with it.
        ("我们今天去公园，明天去图书馆", 14, ["我们今天去公", "园，明天去图书", "馆"]),
        // The natural break would end a line with "《": it moves down with the title.
        ("请参阅《政府信息公开条例》", 8, ["请参阅", "《政府信", "息公开条", "例》"]),
        // Closing quote and enumeration comma stay with the word they close.
        ("落实“放管服”、“一网通办”", 10, ["落实“放管", "服”、“一网", "通办”"]),
        // Numbers move whole instead of being split.
        ("电话12366咨询", 8, ["电话", "12366咨", "询"]),
        ("中文1+1+9", 6, ["中文", "1+1+9"]),
        ("增长4%", 5, ["增长", "4%"]),
        ("〔2022〕6号", 8, ["〔2022〕", "6号"]),
        // The chain 〔2022〕 has no permitted break and is wider than 7: cut at the width.
        ("〔2022〕6号", 7, ["〔2022", "〕6号"]),
        ("(三）提升", 5, ["(三）", "提升"]),
        // Doubled dashes are one mark.
        ("说明——重要", 6, ["说明——", "重要"]),
        ("说明——重要", 5, ["说明", "——重", "要"]),
        // Spaces: kept inside a line, dropped at breaks and at the ends.
        ("hello world foo", 11, ["hello world", "foo"]),
        ("  hello   world  ", 7, ["hello", "world"]),
        ("Latin-ASCII rules", 12, ["Latin-ASCII", "rules"]),
        ("a  b", 2, ["a", "b"]),
        // A run wider than the line is split at the width, keeping "." off a line start.
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("www.gov.cn", 4, ["www.", "gov.", "cn"]),
        ("abc.def", 3, ["ab", "c.d", "ef"]),
        // No rule-respecting break exists: break at the width anyway.
        ("））））", 2, ["）", "）", "）", "）"]),
        ("（（（（", 4, ["（（", "（（"]),
        // Paragraphs.
        ("甲\n\n乙", 10, ["甲", "", "乙"]),
        ("甲\r\n乙\r丙\n", 10, ["甲", "乙", "丙", ""]),
        ("", 10, [""]),
        ("   ", 10, [""]),
        // Zero-width characters stay with what they follow.
        ("ab\u{200B}cd", 2, ["ab\u{200B}", "cd"]),
    ] as [(String, Int, [String])])
    func wrap(text: String, width: Int, expected: [String]) {
        #expect(LineBreaker.wrap(text, width: width) == expected)
    }

    /// One column cannot hold a Han character, so widths below 2 behave as 2.
    @Test(arguments: [-3, 0, 1, 2])
    func tinyWidthsBehaveAsTwo(width: Int) {
        #expect(LineBreaker.wrap("中文ab", width: width) == ["中", "文", "ab"])
    }

    /// A greedy fill: a line is only ended early to obey a rule.
    @Test func fillsLinesGreedily() {
        let text = String(repeating: "政务公开", count: 10)
        let lines = LineBreaker.wrap(text, width: 9)
        #expect(lines.count == 10)
        #expect(lines.dropLast().allSatisfy { $0.displayWidth == 8 })
        #expect(lines.joined() == text)
    }

    /// A large input (the whole plan many times over, plus a long run with no permitted
    /// break) still wraps correctly. Speed is measured by the benchmark, not asserted here.
    @Test func largeInputWrapsWithinTheWidth() {
        let plan = PlanFixture.paragraphs.joined()
        let text = String(repeating: plan, count: 8) + String(repeating: "）", count: 20_000)
        let lines = LineBreaker.wrap(text, width: 4_000)
        #expect(lines.allSatisfy { $0.displayWidth <= 4_000 })
        #expect(lines.joined() == text)
    }
}
