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
