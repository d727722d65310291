/// Reading the time of a stamp, so that changes from writers in different time zones are
/// ordered by when they happened, not by how their clocks print.
public enum StampTime {
    /// Seconds since 1970 for `YYYY-MM-DDTHH:MM:SS` with `Z` or `±HH:MM` (and optional
    /// fractions), as stamps are written; nil for anything else.
    public static func seconds(_ stamp: String) -> Int64? {
        let bytes = Array(stamp.utf8)
        guard bytes.count >= 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for index in range {
                guard (0x30...0x39).contains(bytes[index]) else { return nil }
                value = value * 10 + Int64(bytes[index] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month)
        else { return nil }
        var rest = Array(bytes[19...])
        if rest.first == 0x2E { rest = Array(rest.drop { $0 == 0x2E || (0x30...0x39).contains($0) }) }
        var offset: Int64 = 0
        if rest == [0x5A] {
            offset = 0
        } else if rest.count == 6, rest[0] == 0x2B || rest[0] == 0x2D, rest[3] == 0x3A {
            let digits = rest.map { Int64($0) - 0x30 }
            guard digits[1...2].allSatisfy({ (0...9).contains($0) }), digits[4...5].allSatisfy({ (0...9).contains($0) }) else { return nil }
            offset = ((digits[1] * 10 + digits[2]) * 60 + digits[4] * 10 + digits[5]) * 60 * (rest[0] == 0x2B ? 1 : -1)
        } else {
            return nil
        }
        return DayDate.daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
    }
}
