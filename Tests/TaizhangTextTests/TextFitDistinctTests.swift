import Testing
@testable import TaizhangText

/// Unit names cut for a narrow pane stay distinguishable from the names beside them.
@Suite struct TextFitDistinctTests {
    static let zhuhai = ["各区政府（管委会）", "市直各有关单位", "市政府办公室", "各区政府", "市直其他单位", "市直其他有关单位"]

    @Test func aNameThatFitsIsShownWhole() {
        #expect(TextFit.truncate("各区政府", toWidth: 10, distinctFrom: Self.zhuhai) == "各区政府")
    }

    @Test func aCutNobodyElseStartsWithIsCutAtTheEnd() {
        #expect(TextFit.truncate("市政府办公室", toWidth: 10, distinctFrom: Self.zhuhai) == "市政府办…")
        #expect(TextFit.truncate("市直各有关单位", toWidth: 10, distinctFrom: Self.zhuhai) == "市直各有…")
    }

    /// 各区政府（管… beside 各区政府 reads as the same name cut: keep the end instead.
    @Test func aNameExtendingAnotherKeepsItsEnd() {
        #expect(TextFit.truncate("各区政府（管委会）", toWidth: 13, distinctFrom: Self.zhuhai) == "各区…管委会）")
        #expect(TextFit.truncate("各区政府（管委会）", toWidth: 10, distinctFrom: Self.zhuhai) == "各区…会）")
        #expect(TextFit.truncate("各区政府（管委会）", toWidth: 15, distinctFrom: Self.zhuhai) == "各区…（管委会）")
        #expect(TextFit.truncate("各区政府（管委会）", toWidth: 10, distinctFrom: ["市司法局"]) == "各区政府…")
    }

    /// Names are put in `String` order by their bytes where that is the same order, and by
    /// `String` where it is not (text not in canonical form): the same order either way.
    @Test func namesAreInStringOrderHoweverTheyAreWritten() {
        let decomposed = ["e\u{301}x", "\u{e9}a", "ea", "f", "\u{1100}\u{1161}", "\u{ac00}b", "市直", "市直各有关单位"]
        var random = SystemRandomNumberGenerator()
        for names in [Self.zhuhai, decomposed, Self.zhuhai + decomposed, (Self.zhuhai + decomposed).shuffled(using: &random), []] {
            let distinct = Array(Set(names))
            #expect(DistinctNames.inStringOrder(distinct) == distinct.sorted(), "\(names)")
        }
        // Byte order alone would put the decomposed é first.
        #expect(Array("e\u{301}x".utf8).lexicographicallyPrecedes(Array("\u{e9}a".utf8)))
        #expect(DistinctNames.inStringOrder(["e\u{301}x", "\u{e9}a"]) == ["\u{e9}a", "e\u{301}x"])
    }

    /// Two names that part after a shared start each show where they part.
    @Test func namesPartingAfterASharedStartShowWhereTheyPart() {
        let other = TextFit.truncate("市直其他单位", toWidth: 10, distinctFrom: Self.zhuhai)
        let otherConcerned = TextFit.truncate("市直其他有关单位", toWidth: 10, distinctFrom: Self.zhuhai)
        #expect(other == "市直…单位")
        #expect(otherConcerned == "市直…有关…")
        for cut in [other, otherConcerned] { #expect(DisplayWidth.of(cut) <= 10) }
    }

    @Test(arguments: 1...20)
    func everyCutFitsItsWidth(width: Int) {
        for name in Self.zhuhai {
            let cut = TextFit.truncate(name, toWidth: width, distinctFrom: Self.zhuhai, ellipsis: "~")
            #expect(DisplayWidth.of(cut) <= width, "\(name) at \(width): \(cut)")
        }
    }

    @Test func suffixKeepsWholeCharacters() {
        #expect(TextFit.suffix("各区政府（管委会）", maxWidth: 5).text == "会）")
        #expect(TextFit.suffix("abc", maxWidth: 0).text == "")
    }
}
