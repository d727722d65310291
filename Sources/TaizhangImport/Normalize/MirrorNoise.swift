/// What mirror sites insert into a plan's text that the plan never said: pinyin readings after
/// characters (`發(fā)`, `區(qū)`). They are removed before anything else reads the text, from
/// the text shown too, since no unit is called `經(jīng)開區(qū)`.
enum MirrorNoise {
    private static let toned: Set<Character> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
    private static let plain: Set<Character> = Set("abcdefghijklmnopqrstuvwxyzü")

    /// The text without pinyin readings; the count of readings removed.
    static func strippingPinyin(_ text: String) -> (text: String, removed: Int) {
        guard text.contains("(") || text.contains("（") else { return (text, 0) }
        let characters = Array(text)
        var result: [Character] = []
        result.reserveCapacity(characters.count)
        var removed = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "(" || character == "（", let last = result.last, Fold.isHan(last),
                let end = readingEnd(characters, from: index + 1)
            {
                removed += 1
                index = end + 1
                continue
            }
            result.append(character)
            index += 1
        }
        return (String(result), removed)
    }

    /// The index of the closing bracket when what follows `start` is one pinyin syllable with
    /// a tone mark: 1–6 lowercase letters.
    private static func readingEnd(_ characters: [Character], from start: Int) -> Int? {
        var index = start
        var hasTone = false
        while index < characters.count, index - start < 7 {
            let character = characters[index]
            if character == ")" || character == "）" {
                return hasTone && index > start ? index : nil
            }
            if toned.contains(character) { hasTone = true } else if !plain.contains(character) { return nil }
            index += 1
        }
        return nil
    }
}
