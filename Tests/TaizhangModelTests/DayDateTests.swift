import TaizhangImport
import TaizhangStore
import Testing
@testable import TaizhangModel

@Suite struct DayDateTests {
    @Test func civilDatesFromDayNumbers() {
        #expect(DayDate(daysSince1970: 0) == DayDate("1970-01-01"))
        #expect(DayDate(daysSince1970: -1) == DayDate("1969-12-31"))
        #expect(DayDate(daysSince1970: 19358) == DayDate("2023-01-01"))
        #expect(DayDate(daysSince1970: 19782) == DayDate("2024-02-29"))
        // Excel's serial 44927 (days since 1899-12-30) is 2023-01-01.
        #expect(DayDate(daysSince1970: 44927 - 25569) == DayDate("2023-01-01"))
    }

    @Test func parsesOnlyRealDays() {
        #expect(DayDate("2022-02-29") == nil)
        #expect(DayDate("2024-02-29")?.description == "2024-02-29")
        #expect(DayDate("2022-6-1") == nil)
        #expect(DayDate.endOfMonth(6, year: 2022) == DayDate("2022-06-30"))
    }
}

/// The byte-wise reading of `YYYY-MM-DD` against the reading by parts it stands in front of:
/// the same day, or nil, for every text.
@Suite struct DayDateFastReadingTests {
    /// The reading by parts, as `DayDate(_:)` read every text before.
    static func byParts(_ text: String) -> DayDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return DayDate(year: year, month: month, day: day)
    }

    @Test func readsAsTheReadingByParts() {
        let fixed = [
            "2022-07-28", "2024-02-29", "2023-02-29", "2022-13-01", "2022-00-10", "0000-01-01", "9999-12-31",
            "+022-01-01", "2022-+1-01", "2022-01-+1", "2022/01/01", "2022-01-1", "2022-1-01 ", "２０２２-01-01",
            "2022-07-28T10:00", "", "----------", "2022-07-2x",
        ]
        for text in fixed {
            #expect(DayDate(text) == Self.byParts(text), "\(text)")
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789-+ 1290-")
        for _ in 0..<20_000 {
            let text = String((0..<10).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(DayDate(text) == Self.byParts(text), "\(text)")
        }
        #expect(DayDate("2022-07-28") == DayDate(year: 2022, month: 7, day: 28))
    }
}
