#if canImport(Glibc)
import TaizhangModel
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DayDate {
    /// Today in the local time zone: deadlines are days where the coordinator works. Read
    /// with localtime_r rather than Foundation's Calendar, which loads ICU's data on start-up.
    public static func current() -> DayDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return DayDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? DayDate(year: 2000, month: 1, day: 1)!
    }
}
