/// When units send their returns (报送): monthly before a day (每月25日前), weekly, quarterly,
/// or once. A cycle turns "today" into the period a return belongs to and the day it is due,
/// which is what tells on time from late, and ongoing work from work left alone.
public enum ReportingCycle: Hashable, Sendable {
    /// Due on `day` of every month (25 → 每月25日前); a day past the month's end means its last day.
    case monthly(day: Int)
    /// Due on `weekday` of every week, 1 = Monday … 7 = Sunday.
    case weekly(weekday: Int)
    /// Due on `day` of the last month of every quarter.
    case quarterly(day: Int)
    /// One return, due on that day.
    case once(DayDate)

    /// One period of a cycle: from `start` to the day returns are `due`, named by `label`
    /// (`2026-11`, `2026-W48`, `2026-Q4`, or the day itself).
    public struct Period: Hashable, Sendable {
        public var label: String
        public var start: DayDate
        public var due: DayDate
    }

    /// The period `today` falls in.
    public func period(containing today: DayDate) -> Period {
        switch self {
        case .monthly(let day):
            let start = DayDate(year: today.year, month: today.month, day: 1) ?? today
            return Period(label: Self.monthLabel(today.year, today.month), start: start, due: Self.day(day, of: today.month, today.year))
        case .weekly(let weekday):
            let number = today.dayNumber
            let mondayOffset = (today.weekday + 6) % 7
            let start = DayDate(dayNumber: number - mondayOffset) ?? today
            let due = DayDate(dayNumber: start.dayNumber + max(1, min(7, weekday)) - 1) ?? today
            let week = (start.dayOfYear + 6) / 7 + 1
            return Period(label: "\(start.year)-W\(week < 10 ? "0" : "")\(week)", start: start, due: due)
        case .quarterly(let day):
            let quarter = (today.month - 1) / 3
            let start = DayDate(year: today.year, month: quarter * 3 + 1, day: 1) ?? today
            return Period(label: "\(today.year)-Q\(quarter + 1)", start: start, due: Self.day(day, of: quarter * 3 + 3, today.year))
        case .once(let due):
            return Period(label: due.description, start: DayDate(year: due.year, month: 1, day: 1) ?? due, due: due)
        }
    }

    /// The period before `period` (for a one-off cycle, the same one).
    public func period(before period: Period) -> Period {
        guard let dayBefore = DayDate(dayNumber: period.start.dayNumber - 1) else { return period }
        if case .once = self { return period }
        return self.period(containing: dayBefore)
    }

    /// `day` of a month, kept within it (a 31 in April is 30 April). Years and months come
    /// from a valid day, so the fallback, 1 January 1970, is never reached.
    private static func day(_ day: Int, of month: Int, _ year: Int) -> DayDate {
        DayDate(year: year, month: month, day: min(max(1, day), DayDate.days(inMonth: month, year: year)))
            ?? DayDate(dayNumber: 0) ?? DayDate(year: 1970, month: 1, day: 1).unsafelyUnwrapped
    }

    private static func monthLabel(_ year: Int, _ month: Int) -> String {
        "\(year)-\(month < 10 ? "0" : "")\(month)"
    }
}

extension DayDate {
    /// Days since 1970-01-01: the distance between two days is a subtraction.
    public var dayNumber: Int { Int(DayDate.daysSince1970(year: Int64(year), month: Int64(month), day: Int64(day))) }

    public init?(dayNumber: Int) { self.init(daysSince1970: dayNumber) }

    /// 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    /// 0 for 1 January.
    public var dayOfYear: Int { dayNumber - (DayDate(year: year, month: 1, day: 1)?.dayNumber ?? dayNumber) }
}
