import TaizhangImport
import TaizhangStore
import TaizhangModel

/// Deterministic change stamps: the generated history runs day by day from the plan's issue
/// through the following year, at office hours, by a handful of coordinators.
struct Stamps {
    private static let people = ["zhangwei", "liting", "wangfang", "chenjie", "coordinator"]
    private let total: Int
    private var issued = 0

    /// `total` is how many stamps will be asked for, so they spread over the year evenly.
    init(total: Int) {
        self.total = max(1, total)
    }

    mutating func next(_ random: inout SplitMix64) -> Stamp {
        let day = issued * 540 / total
        issued += 1
        let date = Self.date(daysAfterStart: day)
        let hour = 9 + random.below(9)
        let minute = random.below(60)
        let second = random.below(60)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return Stamp(at: "\(date)T\(two(hour)):\(two(minute)):\(two(second))+08:00", by: random.pick(Self.people))
    }

    /// 2022-06-20 plus `days`.
    static func date(daysAfterStart days: Int) -> String {
        var (year, month, day) = (2022, 6, 20)
        var left = days
        while left > 0 {
            let inMonth = DayDate.days(inMonth: month, year: year)
            let step = min(left, inMonth - day + 1)
            left -= step
            day += step
            if day > inMonth {
                day = 1
                month += 1
                if month > 12 { month = 1; year += 1 }
            }
        }
        return DayDate(year: year, month: month, day: day)?.description ?? "2022-06-20"
    }
}
