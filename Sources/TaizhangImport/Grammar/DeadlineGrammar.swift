import TaizhangModel

/// The one deadline grammar. In task prose only explicit time phrases count (年底前,
/// 2022年底前, 6月底前, 6月30日前, 2023年底完成, 每年至少…): 持续, 及时 and 常态化 inside a
/// sentence are verbs, and reading them as deadlines would mark work overdue that never had a
/// date. A deadline field (时限要求 column or line, a phrase in a unit clause) is read more
/// freely, since every value there is one, and words that name no day are kept as written.
enum DeadlineGrammar {
    enum Outcome: Equatable {
        case found(Deadline)
        case none
        /// A phrase that needs the plan's year (年底前) in a plan whose year is unknown.
        case needsYear(String)
    }

    /// The deadline stated in task prose: the latest dated phrase (a task due 6月底前 in part
    /// and 年底前 in full is done at year end), else a yearly one.
    static func fromText(_ text: String, year: Int?) -> Outcome {
        let characters = Array(Fold.folded(text))
        let original = Array(text)
        var best: (day: DayDate, phrase: String)?
        var missingYear: String?
        var yearly: String?
        var index = 0
        while index < characters.count {
            if let match = datedPhrase(at: index, in: characters, original: original) {
                if let day = match.day(year) {
                    if best.map({ $0.day < day }) ?? true { best = (day, match.phrase) }
                } else if match.year == nil, year == nil, missingYear == nil {
                    missingYear = match.phrase
                }
                index = match.end
                continue
            }
            if yearly == nil, starts(with: "每年至少", at: index, in: characters) {
                var end = index
                while end < characters.count, !clauseEnd.contains(characters[end]) { end += 1 }
                yearly = String(original[index..<end])
            }
            index += 1
        }
        if let best { return .found(Deadline(.date(best.day.description), phrase: best.phrase)) }
        if let yearly { return .found(Deadline(.recurring(.yearly), phrase: yearly)) }
        if let missingYear { return .needsYear(missingYear) }
        return .none
    }

    /// A deadline field's value; `.none` only for an empty one.
    static func fromField(_ cell: String, year: Int?) -> Outcome {
        let text = Fold.trimmed(cell.replacingNewlines())
        guard !text.isEmpty, !["/", "-", "—", "无", "／", "\\"].contains(text) else { return .none }
        let folded = Fold.folded(text)
        let digits = folded.contains(where: Fold.isDigit)
        if !digits, ongoingWords.contains(where: folded.contains) { return .found(Deadline(.ongoing, phrase: text)) }
        if let period = recurrence(folded) { return .found(Deadline(.recurring(period), phrase: text)) }
        switch fromText(text, year: year) {
        case .found(let deadline): return .found(Deadline(deadline.kind, phrase: text))
        case .needsYear: return .needsYear(text)
        case .none: break
        }
        if let quarter = quarter(folded) {
            guard let year else { return .needsYear(text) }
            return found(DayDate.endOfMonth(quarter * 3, year: year), text)
        }
        if let outcome = numericDate(folded, phrase: text, year: year) { return outcome }
        return .found(Deadline(.asWritten, phrase: text))
    }

    /// Whether a short phrase says when something is due (a cell, a clause inside a unit
    /// phrase): 年底前, 6月底完成, 持续推进, 每季度, 第三季度, 2021年8月前.
    static func isDeadlinePhrase(_ folded: String) -> Bool {
        let text = Fold.trimmed(folded)
        guard !text.isEmpty, text.count <= 30, !UnitName.looksComplete(text) else { return false }
        if ongoingWords.contains(where: text.hasPrefix) || ["全年", "年内", "长期"].contains(text) { return true }
        if recurrence(text) != nil || quarter(text) != nil { return true }
        if ["上半年", "下半年", "年底", "年末", "年内"].contains(where: text.hasPrefix) { return true }
        let characters = Array(text)
        if let match = datedPhrase(at: 0, in: characters, original: characters), match.end >= characters.count - 4 { return true }
        if case .found? = numericDate(text, phrase: text, year: 2000), text.count <= 14 { return true }
        return false
    }

    static func recurrence(_ folded: String) -> Deadline.Recurrence? {
        let table: [(String, Deadline.Recurrence)] = [
            ("每半年", .halfYearly), ("每年", .yearly), ("每季度", .quarterly), ("每季", .quarterly), ("每月", .monthly),
            ("每周", .weekly), ("按季度", .quarterly), ("按月", .monthly),
        ]
        return table.first { folded.hasPrefix($0.0) }?.1
    }

    /// 第三季度, 三季度末, 第3季度: the quarter's number.
    static func quarter(_ folded: String) -> Int? {
        guard let at = folded.range(of: "季度") else { return nil }
        var before = folded[..<at.lowerBound]
        if before.hasPrefix("第") { before = before.dropFirst() }
        guard before.count == 1, let character = before.first else { return nil }
        let value = Fold.isDigit(character) ? Int(String(character)) : ChineseNumeral.value(String(character))
        guard let value, (1...4).contains(value) else { return nil }
        return value
    }

    private static let ongoingWords = ["持续", "长期", "常态化", "常年", "长效"]
    private static let clauseEnd: Set<Character> = [",", "。", ";", ":", "\n", ")"]

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

    /// A phrase such as 2022年底前, 年底前, 2023年底完成, 6月底前, 2022年6月30日前 at `start`.
    private static func datedPhrase(at start: Int, in characters: [Character], original: [Character]) -> Match? {
        var index = start
        var year: Int?
        if let (value, next) = number(at: index, in: characters, maxLength: 4, ascii: true), next - index == 4,
            next < characters.count, characters[next] == "年"
        {
            year = value
            index = next + 1
        } else if start > 0, Fold.isDigit(characters[start - 1]) {
            return nil  // in the middle of a figure
        }
        func match(month: Int, day: Int?, end: Int) -> Match {
            Match(year: year, month: month, dayOfMonth: day, phrase: String(original[start..<end]), end: end)
        }
        // 2022年底前 after a year; 年底前 alone means the plan's year; 2023年底完成 says when too.
        let yearEndTails = year == nil ? ["年底前", "年底之前", "年末前"] : ["底前", "底之前", "末前"]
        for tail in yearEndTails where starts(with: tail, at: index, in: characters) {
            return match(month: 12, day: nil, end: index + tail.count)
        }
        if year != nil, starts(with: "底", at: index, in: characters), starts(with: "完成", at: index + 1, in: characters)
            || starts(with: "基本完成", at: index + 1, in: characters) || starts(with: "建成", at: index + 1, in: characters)
        {
            return match(month: 12, day: nil, end: index + 1)
        }
        guard let (month, afterMonth) = number(at: index, in: characters, maxLength: 2, ascii: false),
            (1...12).contains(month), afterMonth < characters.count, characters[afterMonth] == "月"
        else { return nil }
        index = afterMonth + 1
        for tail in ["底前", "底之前", "末前"] where starts(with: tail, at: index, in: characters) {
            return match(month: month, day: nil, end: index + tail.count)
        }
        if starts(with: "底完成", at: index, in: characters) { return match(month: month, day: nil, end: index + 3) }
        if year != nil, starts(with: "前", at: index, in: characters), month > 1 {
            return match(month: month - 1, day: nil, end: index + 1)
        }
        guard let (day, afterDay) = number(at: index, in: characters, maxLength: 2, ascii: false),
            (1...31).contains(day), afterDay < characters.count, characters[afterDay] == "日" || characters[afterDay] == "号"
        else { return nil }
        index = afterDay + 1
        for tail in ["前", "之前"] where starts(with: tail, at: index, in: characters) {
            return match(month: month, day: day, end: index + tail.count)
        }
        return nil
    }

    /// A number written in ASCII digits, or (unless `ascii`) in Chinese numerals (十二月).
    private static func number(at index: Int, in characters: [Character], maxLength: Int, ascii: Bool) -> (Int, Int)? {
        var end = index
        while end < characters.count, end - index < maxLength, Fold.isDigit(characters[end]) { end += 1 }
        if end > index {
            if end < characters.count, Fold.isDigit(characters[end]) { return nil }
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

    private static func found(_ day: DayDate?, _ phrase: String) -> Outcome {
        guard let day else { return .found(Deadline(.asWritten, phrase: phrase)) }
        return .found(Deadline(.date(day.description), phrase: phrase))
    }

    /// Field values without a 前: 2022年12月31日, 2022-12-31, 2022/6/30, 2022.6, 6月, 2022年,
    /// 年底, 上半年, 全年, or a spreadsheet's date serial number.
    private static func numericDate(_ text: String, phrase: String, year planYear: Int?) -> Outcome? {
        var numbers: [(value: Int, length: Int, mark: Character?)] = []
        var characters = Array(text)[...]
        while let first = characters.first {
            if Fold.isDigit(first) {
                let run = characters.prefix(while: Fold.isDigit)
                characters = characters.dropFirst(run.count)
                guard run.count <= 6, let value = Int(String(run)) else { return nil }
                numbers.append((value, run.count, characters.first))
            } else {
                characters = characters.dropFirst()
            }
        }
        func needing(_ make: (Int) -> DayDate?) -> Outcome {
            guard let planYear else { return .needsYear(phrase) }
            return found(make(planYear), phrase)
        }
        switch numbers.count {
        case 0:
            if text.contains("上半年") { return needing { DayDate(year: $0, month: 6, day: 30) } }
            if ["年底", "年内", "年末", "下半年", "全年"].contains(where: text.contains) {
                return needing { DayDate(year: $0, month: 12, day: 31) }
            }
            return nil
        case 1:
            let only = numbers[0]
            if only.length == 4, only.mark == "年" { return found(DayDate(year: only.value, month: 12, day: 31), phrase) }
            if only.length <= 2, only.mark == "月" { return needing { DayDate.endOfMonth(only.value, year: $0) } }
            // Spreadsheets store dates as days since 1899-12-30.
            if only.length == 5, (20000...80000).contains(only.value), let day = DayDate(daysSince1970: only.value - 25569) {
                return .found(Deadline(.date(day.description), phrase: day.description))
            }
            return nil
        case 2:
            let (first, second) = (numbers[0], numbers[1])
            if first.length == 4 { return found(DayDate.endOfMonth(second.value, year: first.value), phrase) }
            if first.mark == "月" { return needing { DayDate(year: $0, month: first.value, day: second.value) } }
            return nil
        case 3:
            guard numbers[0].length == 4 else { return nil }
            return found(DayDate(year: numbers[0].value, month: numbers[1].value, day: numbers[2].value), phrase)
        default:
            return nil
        }
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
