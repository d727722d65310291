import TaizhangModel

/// The first day a unit names in its words: `2023-03-31`, `2023/3/31`, `2023.3.31`,
/// `2023年3月31日`, `3月31日` or `3月底` (in `year`), what a request for more time says.
enum DateWords {
    static func firstDay(in text: String, year: Int) -> DayDate? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            if characters[index].isASCII, characters[index].isNumber, index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber) {
                if let (day, _) = read(characters, from: index, year: year) { return day }
            }
            index += 1
        }
        return nil
    }

    private static func number(_ characters: [Character], _ index: inout Int) -> Int? {
        var digits = ""
        while index < characters.count, characters[index].isASCII, characters[index].isNumber, digits.count < 4 {
            digits.append(characters[index])
            index += 1
        }
        return Int(digits)
    }

    private static func read(_ characters: [Character], from start: Int, year: Int) -> (DayDate, Int)? {
        var index = start
        guard let first = number(characters, &index), index < characters.count else { return nil }
        let separator = characters[index]
        if first >= 1000, "-/.年".contains(separator) {
            index += 1
            guard let month = number(characters, &index) else { return nil }
            return rest(characters, &index, year: first, month: month, separator: separator)
        }
        if separator == "月", (1...12).contains(first) {
            return rest(characters, &index, year: year, month: first, separator: "年")
        }
        return nil
    }

    /// After the month: a day, or 底 (the month's end).
    private static func rest(_ characters: [Character], _ index: inout Int, year: Int, month: Int, separator: Character) -> (DayDate, Int)? {
        guard index < characters.count else { return nil }
        let between = characters[index]
        guard between == (separator == "年" ? "月" : separator) else { return nil }
        index += 1
        if index < characters.count, characters[index] == "底" {
            return DayDate.endOfMonth(month, year: year).map { ($0, index + 1) }
        }
        guard let day = number(characters, &index), let date = DayDate(year: year, month: month, day: day) else { return nil }
        return (date, index)
    }
}
