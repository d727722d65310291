import TaizhangModel
import TaizhangWords
import Testing

/// A deadline reads the same in the dashboard, `show` and every report: one function says it.
@Suite struct DeadlineWordsTests {
    @Test func datesPeriodsAndPhrases() {
        #expect(Deadline(.date("2022-12-31"), phrase: "年底前").words(.chinese) == "2022-12-31（年底前）")
        #expect(Deadline(.date("2022-12-31"), phrase: "年底前").words(.english) == "2022-12-31 (年底前)")
        #expect(Deadline(.date("2026-06-30")).words(.english) == "2026-06-30")
        #expect(Deadline(.recurring(.quarterly), phrase: "每季度").words(.chinese) == "每季度")
        #expect(Deadline(.recurring(.yearly), phrase: "每年至少开展一次").words(.english) == "每年至少开展一次")
        #expect(Deadline(.recurring(.quarterly), phrase: "按季度报送").words(.english) == "every quarter (按季度报送)")
        #expect(Deadline(.recurring(.monthly)).words(.english) == "every month")
        #expect(Deadline(.ongoing, phrase: "长期坚持").words(.english) == "长期坚持")
        #expect(Deadline(.ongoing).words(.chinese) == "持续推进")
        #expect(Deadline(.asWritten, phrase: "根据上级部署").words(.english) == "根据上级部署")
    }
}
