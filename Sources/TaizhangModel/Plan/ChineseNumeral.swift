
/// Chinese counting numerals as plans use them for areas and sections (一 … 九十九).
public enum ChineseNumeral {
    private static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    private static let names: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// `n` written as plans number areas and sections (1 → 一, 12 → 十二, 20 → 二十);
    /// numbers outside 1–99 are written in digits.
    public static func string(_ n: Int) -> String {
        guard (1...99).contains(n) else { return String(n) }
        if n < 10 { return String(names[n]) }
        let tens = n / 10
        let ones = n % 10
        return (tens == 1 ? "" : String(names[tens])) + "十" + (ones == 0 ? "" : String(names[ones]))
    }

    public static func isNumeralCharacter(_ character: Character) -> Bool {
        character == "十" || digits[character] != nil
    }

    /// The value of `text`, or nil when it is not a numeral below 100.
    public static func value(_ text: some StringProtocol) -> Int? {
        let characters = Array(text)
        guard !characters.isEmpty, characters.count <= 3 else { return nil }
        if let ten = characters.firstIndex(of: "十") {
            let tens = ten == 0 ? 1 : (ten == 1 ? digits[characters[0]] : nil)
            let rest = characters[(ten + 1)...]
            guard let tens, rest.count <= 1 else { return nil }
            let ones = rest.first.map { digits[$0] } ?? 0
            guard let ones else { return nil }
            return tens * 10 + ones
        }
        guard characters.count == 1 else { return nil }
        return digits[characters[0]]
    }
}
