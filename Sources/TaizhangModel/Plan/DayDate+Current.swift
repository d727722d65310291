import Foundation

extension DayDate {
    /// Today in the local time zone: deadlines are days where the coordinator works.
    public static func current(_ date: Date = Date(), calendar: Calendar = .current) -> DayDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return DayDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}
