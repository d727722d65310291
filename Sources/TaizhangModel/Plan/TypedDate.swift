/// A deadline as a coordinator types it, in the dashboard's prompt and in `due`: the forms
/// Chinese offices write (`2026-12-31`, `2026/12/31`, `2026.12.31`, `2026年12月31日`,
/// `12月31日`, `12-31`, `年底前`, `6月底前`, `下周五`) and the recurring and ongoing words
/// (`每季度`, `持续推进`). One reader for both, so what the prompt takes `due` takes too.
///
/// A date without a year is read in `year` (the plan's year, else today's): a plan's `6月底前`
/// means June of the plan's year, whenever it is typed. Words that say more than the day
/// (年底前, 6月底前, 下周五, 每季度) are kept as the deadline's phrase; a bare date keeps none.
/// The importer reads plans' deadline phrases with its own, freer grammar (prose, cells);
/// this one is strict, because a typo in a prompt should be refused, not kept as words.
public enum TypedDate {
    /// Why typed text is not a deadline.
    public enum Failure: Error, Equatable, Sendable {
        /// Not any form of date this reader knows.
        case notADate(String)
        /// A date form, but no such day (`2026-02-30`, `13月1日`).
        case noSuchDay(String)
    }

    /// The deadline `text` names; nil for empty text, `none` or `无`, which clear it.
    public static func deadline(_ text: String, year: Int, today: DayDate) -> Result<Deadline?, Failure> {
        let typed = text.trimmingWhitespace
        let folded = fold(typed)
        if folded.isEmpty || ["none", "无", "-"].contains(folded.lowercased()) { return .success(nil) }
        if let period = recurrence(folded) { return .success(Deadline(.recurring(period), phrase: typed)) }
        if ongoing.contains(folded) { return .success(Deadline(.ongoing, phrase: typed)) }
        switch read(folded, year: year, today: today) {
        case .some(.some(let day)):
            let phrase = sayMoreThanTheDay.contains(where: folded.contains) ? typed : nil
            return .success(Deadline(.date(day.description), phrase: phrase))
        case .some(.none): return .failure(.noSuchDay(typed))
        case .none: return .failure(.notADate(typed))
        }
    }

    /// The day alone (for a plan's date of issue): only forms that name one.
    public static func day(_ text: String, year: Int, today: DayDate) -> Result<DayDate, Failure> {
        let typed = text.trimmingWhitespace
        switch read(fold(typed), year: year, today: today) {
        case .some(.some(let day)): return .success(day)
        case .some(.none): return .failure(.noSuchDay(typed))
        case .none: return .failure(.notADate(typed))
        }
    }

    /// Words that make the typed text worth keeping beside the date it was read as. 下周五 is
    /// not among them: said next month it would name another day.
    private static let sayMoreThanTheDay = ["底", "末", "前"]
    private static let ongoing: Set<String> = ["持续推进", "持续", "长期坚持", "长期", "常态化"]

    /// 每年, 每半年, 每季度 (每季), 每月, 每周, with anything after (每年至少一次).
    private static func recurrence(_ text: String) -> Deadline.Recurrence? {
        let periods: [(String, Deadline.Recurrence)] = [
            ("每半年", .halfYearly), ("每年", .yearly), ("每季", .quarterly), ("每月", .monthly), ("每周", .weekly), ("每星期", .weekly),
        ]
        return periods.first { text.hasPrefix($0.0) }?.1
    }

    /// A form of date: `.some(day)` when it is one, `.some(nil)` when the form is right but the
    /// day does not exist, nil when it is no form of date.
    private static func read(_ text: String, year: Int, today: DayDate) -> DayDate?? {
        var text = Substring(text)
        // 前, 以前, 之前 after a date change nothing: a deadline is "by" its day.
        for ending in ["以前", "之前", "前"] where text.hasSuffix(ending) && text.count > ending.count {
            text = text.dropLast(ending.count)
            break
        }
        if let weekday = weekday(text, today: today) { return .some(weekday) }
        var scanner = Scanner(text)
        var explicitYear: Int?
        var yearSaid = false
        if let digits = scanner.number(), digits.length == 4 {
            explicitYear = digits.value
            guard scanner.skip(["年", "-", "/", "."]) else { return nil }
            yearSaid = true
        } else {
            scanner = Scanner(text)
            yearSaid = scanner.skip(["今年"])
        }
        let inYear = explicitYear ?? year
        if scanner.skip(yearSaid ? ["底", "末", "年底", "年末"] : ["年底", "年末"]), scanner.isAtEnd {
            return .some(DayDate(year: inYear, month: 12, day: 31))
        }
        guard let month = scanner.number(), month.length <= 2 else { return nil }
        if scanner.skip(["月底", "月末"]) {
            guard scanner.isAtEnd else { return nil }
            return .some((1...12).contains(month.value) ? DayDate.endOfMonth(month.value, year: inYear) : nil)
        }
        guard scanner.skip(["月", "-", "/", "."]), let dayNumber = scanner.number(), dayNumber.length <= 2 else { return nil }
        scanner.skip(["日", "号"])
        guard scanner.isAtEnd else { return nil }
        return .some(DayDate(year: inYear, month: month.value, day: dayNumber.value))
    }

    /// 下周五, 本周五, 这周五, 周五 (this week's), with 星期 for 周 and 日/天 for Sunday. Weeks
    /// start on Monday, as Chinese calendars count them.
    private static func weekday(_ text: Substring, today: DayDate) -> DayDate? {
        let weeks: [(String, Int)] = [("下下周", 2), ("下周", 1), ("下星期", 1), ("本周", 0), ("这周", 0), ("本星期", 0), ("周", 0), ("星期", 0)]
        guard let (word, ahead) = weeks.first(where: { text.hasPrefix($0.0) }) else { return nil }
        let names: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7, "末": 7]
        let rest = text.dropFirst(word.count)
        guard rest.count == 1, let first = rest.first, let weekday = names[first] else { return nil }
        let monday = today.dayNumber - (today.weekday - 1)
        return DayDate(dayNumber: monday + ahead * 7 + weekday - 1)
    }

    /// Full-width digits and separators as ASCII, spaces dropped: what input methods type.
    private static func fold(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: result.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value - 0xFF10 + 0x30)))
            case 0xFF0D, 0x2014, 0x2013, 0x2212: result.append("-")
            case 0xFF0F: result.append("/")
            case 0xFF0E, 0x3002: result.append(".")
            case 0x20, 0x3000, 0x09: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Reads numbers and words off the front of a text.
    private struct Scanner {
        var rest: Substring

        init(_ text: Substring) { rest = text }

        var isAtEnd: Bool { rest.isEmpty }

        /// ASCII digits, up to four, as a number and how many digits it had.
        mutating func number() -> (value: Int, length: Int)? {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 4, let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            return (value, digits.count)
        }

        /// Skips the first of `words` the text starts with.
        @discardableResult
        mutating func skip(_ words: [String]) -> Bool {
            guard let word = words.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(word.count)
            return true
        }
    }
}
