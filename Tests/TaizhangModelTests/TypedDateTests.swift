import Testing
import TaizhangModel

/// Deadlines as coordinators type them, in the prompt and in `due`: one reader for both.
@Suite struct TypedDateTests {
    /// A Friday; the plan is of 2022.
    static let today = DayDate("2026-11-27")!

    static func read(_ text: String, year: Int = 2022) -> Result<Deadline?, TypedDate.Failure> {
        TypedDate.deadline(text, year: year, today: today)
    }

    @Test(arguments: [
        ("2026-12-31", "2026-12-31"), ("2026/12/31", "2026-12-31"), ("2026.12.31", "2026-12-31"),
        ("2026/1/5", "2026-01-05"), ("2026年12月31日", "2026-12-31"), ("２０２６－１２－３１", "2026-12-31"),
        (" 2026-12-31 ", "2026-12-31"), ("12月31日", "2022-12-31"), ("12月31号", "2022-12-31"), ("12-31", "2022-12-31"),
        ("12/31", "2022-12-31"), ("3.5", "2022-03-05"), ("2月28日", "2022-02-28"),
    ])
    func bareDatesKeepNoPhrase(text: String, day: String) {
        #expect(Self.read(text) == .success(Deadline(.date(day))))
    }

    @Test(arguments: [
        ("年底前", "2022-12-31"), ("年底", "2022-12-31"), ("年末", "2022-12-31"), ("今年底前", "2022-12-31"),
        ("2023年底前", "2023-12-31"), ("6月底前", "2022-06-30"), ("2月底", "2022-02-28"), ("2024年2月底前", "2024-02-29"),
        ("12月31日前", "2022-12-31"), ("2026年12月31日之前", "2026-12-31"),
    ])
    func phrasesAreKeptBesideTheDay(text: String, day: String) {
        #expect(Self.read(text) == .success(Deadline(.date(day), phrase: text)))
    }

    @Test func weekdaysCountFromToday() {
        #expect(Self.read("下周五") == .success(Deadline(.date("2026-12-04"))))
        #expect(Self.read("本周五") == .success(Deadline(.date("2026-11-27"))))
        #expect(Self.read("周一") == .success(Deadline(.date("2026-11-23"))))
        #expect(Self.read("下星期日") == .success(Deadline(.date("2026-12-06"))))
    }

    @Test func aDateWithoutAYearIsReadInTheYearGiven() {
        #expect(Self.read("6月底前", year: 2026) == .success(Deadline(.date("2026-06-30"), phrase: "6月底前")))
        #expect(Self.read("12-31", year: 2026) == .success(Deadline(.date("2026-12-31"))))
    }

    @Test func recurringAndOngoingWords() {
        #expect(Self.read("每季度") == .success(Deadline(.recurring(.quarterly), phrase: "每季度")))
        #expect(Self.read("每年至少一次") == .success(Deadline(.recurring(.yearly), phrase: "每年至少一次")))
        #expect(Self.read("每半年") == .success(Deadline(.recurring(.halfYearly), phrase: "每半年")))
        #expect(Self.read("每月") == .success(Deadline(.recurring(.monthly), phrase: "每月")))
        #expect(Self.read("持续推进") == .success(Deadline(.ongoing, phrase: "持续推进")))
    }

    @Test(arguments: ["", "  ", "none", "NONE", "无"])
    func emptyOrNoneClears(text: String) {
        #expect(Self.read(text) == .success(nil))
    }

    @Test(arguments: ["2026-02-30", "13月1日", "2026/13/01", "0月底前", "2月30日", "13月底前"])
    func aDayThatDoesNotExistIsNamed(text: String) {
        #expect(Self.read(text) == .failure(.noSuchDay(text)))
    }

    @Test(arguments: ["tomorrow", "20261231", "2026-12-31x", "十二月", "上级部署后", "12月31日后", "周八", "年中", "12"])
    func otherTextIsRefused(text: String) {
        #expect(Self.read(text) == .failure(.notADate(text)))
    }

    @Test func theDayAloneForAPlansDateOfIssue() {
        #expect(TypedDate.day("2022/3/1", year: 2022, today: Self.today) == .success(DayDate("2022-03-01")!))
        #expect(TypedDate.day("每月", year: 2022, today: Self.today) == .failure(.notADate("每月")))
    }
}
