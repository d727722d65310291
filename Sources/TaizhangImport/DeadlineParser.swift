import TaizhangModel

/// Reads deadlines where a plan states them. In task prose only explicit time phrases count
/// (年底前, 2022年底前, 6月底前, 6月30日前, 每年至少…): 持续, 及时 and 常态化 inside a sentence
/// are verbs, and reading them as deadlines would mark work overdue that never had a date.
/// A deadline column (时限要求, 完成时限) is read more freely, since every value there is one.
enum DeadlineParser {
    enum Outcome: Equatable {
        case found(Deadline)
        case none
        /// A phrase that needs the plan's year (年底前) in a plan whose year is unknown.
        case needsYear(String)
        /// A deadline cell whose words could not be read as a date.
        case unreadable(String)
    }

    /// The deadline stated in task text: the latest dated phrase (a task due 6月底前 in part
    /// and 年底前 in full is done at year end), else a yearly one.
    static func fromText(_ text: String, year: Int?) -> Outcome {
        let characters = Array(text)
        var best: (day: DayDate, phrase: String)?
        var missingYear: String?
        var yearly: String?
        var index = 0
        while index < characters.count {
            if let match = datedPhrase(ending: index, in: characters) {
                if let day = match.day(year) {
                    if best == nil || best!.day < day { best = (day, match.phrase) }
                } else if match.year == nil, year == nil, missingYear == nil {
                    missingYear = match.phrase
                }
                index = match.end
                continue
            }
            if yearly == nil, starts(with: "每年至少", at: index, in: characters) {
                var end = index
                while end < characters.count, !clauseEnd.contains(characters[end]) { end += 1 }
                yearly = String(characters[index..<end])
            }
            index += 1
        }
        if let best { return .found(Deadline(.date(best.day.description), phrase: best.phrase)) }
        if let yearly { return .found(Deadline(.recurring(.yearly), phrase: yearly)) }
        if let missingYear { return .needsYear(missingYear) }
        return .none
    }

    /// A deadline column's value; empty cells give `.none`.
    static func fromColumn(_ cell: String, year: Int?) -> Outcome {
        let text = PlanText.trimmed(cell.replacingNewlines())
        guard !text.isEmpty, !["/", "-", "—", "无", "／"].contains(text) else { return .none }
        let digits = text.contains { $0.isASCII && $0.isNumber }
        if !digits, ongoingWords.contains(where: text.contains) { return .found(Deadline(.ongoing, phrase: text)) }
        if text.hasPrefix("每年") { return .found(Deadline(.recurring(.yearly), phrase: text)) }
        switch fromText(text, year: year) {
        case .found(let deadline): return .found(Deadline(deadline.kind, phrase: text))
        case .needsYear: return .needsYear(text)
        default: break
        }
        return numericDate(text, year: year) ?? .unreadable(text)
    }

    /// Whether a short cell with no column name is a deadline cell (时限) rather than text.
    static func looksLikeDeadline(_ text: String) -> Bool {
        guard text.count <= 24 else { return false }
        switch fromColumn(text, year: 2000) {
        case .found, .needsYear: return true
        case .none, .unreadable: return false
        }
    }

    private static let ongoingWords = ["持续", "长期", "常态化", "常年", "长效"]
    private static let clauseEnd: Set<Character> = ["，", "。", "；", ",", ";", "：", ":", "\n", "）", ")"]

    private struct Match {
        var year: Int?
        var month: Int
        var dayOfMonth: Int?
        var phrase: String
        var end: Int

        func day(_ planYear: Int?) -> DayDate? {
            guard let year = year ?? planYear else { return nil }
            if let dayOfMonth { return DayDate(year: year, month: month, day: dayOfMonth) }
            return DayDate.endOfMonth(month, year: year)
        }
    }

    /// A phrase such as 2022年底前, 年底前, 6月底前, 2022年6月30日前 starting at `start`.
    private static func datedPhrase(ending start: Int, in characters: [Character]) -> Match? {
        // Year first, when written: "2022年".
        var index = start
        var year: Int?
        if let (value, next) = number(at: index, in: characters, maxLength: 4, ascii: true), next - index == 4,
            next < characters.count, characters[next] == "年"
        {
            year = value
            index = next + 1
        } else if start > 0, characters[start - 1].isASCII, characters[start - 1].isNumber {
            return nil  // in the middle of a figure
        }
        // 2022年底前 after a year; 年底前 alone means the plan's year.
        let yearEndTails = year == nil ? ["年底前", "年底之前", "年末前"] : ["底前", "底之前", "末前"]
        for tail in yearEndTails where starts(with: tail, at: index, in: characters) {
            let end = index + tail.count
            return Match(year: year, month: 12, dayOfMonth: nil, phrase: String(characters[start..<end]), end: end)
        }
        guard let (month, afterMonth) = number(at: index, in: characters, maxLength: 2, ascii: false),
            (1...12).contains(month), afterMonth < characters.count, characters[afterMonth] == "月"
        else { return nil }
        index = afterMonth + 1
        for tail in ["底前", "底之前", "末前"] where starts(with: tail, at: index, in: characters) {
            let end = index + tail.count
            return Match(year: year, month: month, dayOfMonth: nil, phrase: String(characters[start..<end]), end: end)
        }
        guard let (day, afterDay) = number(at: index, in: characters, maxLength: 2, ascii: false),
            (1...31).contains(day), afterDay < characters.count, characters[afterDay] == "日" || characters[afterDay] == "号"
        else { return nil }
        index = afterDay + 1
        for tail in ["前", "之前"] where starts(with: tail, at: index, in: characters) {
            let end = index + tail.count
            return Match(year: year, month: month, dayOfMonth: day, phrase: String(characters[start..<end]), end: end)
        }
        return nil
    }

    /// A number written in ASCII digits, or (unless `ascii`) in Chinese numerals (十二月).
    private static func number(at index: Int, in characters: [Character], maxLength: Int, ascii: Bool) -> (Int, Int)? {
        var end = index
        while end < characters.count, end - index < maxLength, characters[end].isASCII, characters[end].isNumber { end += 1 }
        if end > index {
            if end < characters.count, characters[end].isASCII, characters[end].isNumber { return nil }
            return Int(String(characters[index..<end])).map { ($0, end) }
        }
        guard !ascii else { return nil }
        while end < characters.count, end - index < 3, ChineseNumeral.isNumeralCharacter(characters[end]) { end += 1 }
        guard end > index, let value = ChineseNumeral.value(String(characters[index..<end])) else { return nil }
        return (value, end)
    }

    private static func starts(with word: String, at index: Int, in characters: [Character]) -> Bool {
        guard index >= 0 else { return false }
        var position = index
        for character in word {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }

    /// Column values without a 前: 2022年12月31日, 2022-12-31, 2022/6/30, 2022.6, 6月, 2022年,
    /// 年底, 上半年, or a spreadsheet's date serial number.
    private static func numericDate(_ text: String, year planYear: Int?) -> Outcome? {
        var numbers: [(value: Int, length: Int, mark: Character?)] = []
        var characters = Array(text)[...]
        while let first = characters.first {
            if first.isASCII, first.isNumber {
                let run = characters.prefix { $0.isASCII && $0.isNumber }
                characters = characters.dropFirst(run.count)
                guard run.count <= 6, let value = Int(String(run)) else { return nil }
                numbers.append((value, run.count, characters.first))
            } else {
                characters = characters.dropFirst()
            }
        }
        func found(_ day: DayDate?) -> Outcome? { day.map { .found(Deadline(.date($0.description), phrase: text)) } }
        func needing(_ make: (Int) -> DayDate?) -> Outcome? {
            guard let planYear else { return .needsYear(text) }
            return found(make(planYear))
        }
        switch numbers.count {
        case 0:
            if text.contains("上半年") { return needing { DayDate(year: $0, month: 6, day: 30) } }
            if ["年底", "年内", "年末", "下半年"].contains(where: text.contains) {
                return needing { DayDate(year: $0, month: 12, day: 31) }
            }
            return nil
        case 1:
            let only = numbers[0]
            if only.length == 4, only.mark == "年" { return found(DayDate(year: only.value, month: 12, day: 31)) }
            if only.length <= 2, only.mark == "月" { return needing { DayDate.endOfMonth(only.value, year: $0) } }
            // Spreadsheets store dates as days since 1899-12-30.
            if only.length == 5, (20000...80000).contains(only.value), let day = serialDay(only.value) {
                return .found(Deadline(.date(day.description), phrase: day.description))
            }
            return nil
        case 2:
            let (first, second) = (numbers[0], numbers[1])
            if first.length == 4 { return found(DayDate.endOfMonth(second.value, year: first.value)) }
            if first.mark == "月" { return needing { DayDate(year: $0, month: first.value, day: second.value) } }
            return nil
        case 3:
            guard numbers[0].length == 4 else { return nil }
            return found(DayDate(year: numbers[0].value, month: numbers[1].value, day: numbers[2].value))
        default:
            return nil
        }
    }

    /// A spreadsheet date serial: days since 1899-12-30, which is day -25569 from 1970.
    private static func serialDay(_ serial: Int) -> DayDate? {
        DayDate(daysSince1970: serial - 25569)
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
