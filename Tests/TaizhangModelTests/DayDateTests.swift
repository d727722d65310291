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
