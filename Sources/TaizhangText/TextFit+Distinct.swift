extension TextFit {
    /// `text` cut to `width` columns so that it cannot be mistaken for any of `others` shown
    /// beside it. Cut at the end (`truncate`) unless what remains reads like another name: it
    /// is the start of another, or another is the start of it (各区政府（管… beside 各区政府).
    /// Then the cut keeps the start, an ellipsis, and what comes after the shared part: the
    /// end when the other name stops where they part (各区…管委会） beside 各区政府), else from
    /// where they part (市直…有关… beside 市直…单位 for 市直其他有关单位 and 市直其他单位).
    public static func truncate(_ text: String, toWidth width: Int, distinctFrom others: [String], ellipsis: String = "…") -> String {
        let plain = truncate(text, toWidth: width, ellipsis: ellipsis)
        guard plain != text, plain.hasSuffix(ellipsis) else { return plain }
        let shown = plain.dropLast(ellipsis.count)
        var shared = 0
        var otherGoesOn = false
        for other in others where other != text && (other.hasPrefix(shown) || shown.hasPrefix(other)) {
            let common = commonPrefixCount(text, other)
            shared = max(shared, common)
            if other.count > common { otherGoesOn = true }
        }
        guard shared > 0, shared < text.count else { return plain }
        let room = width - DisplayWidth.of(ellipsis)
        // Keep two characters of the start where they fit: the level (市, 区, 各区) a Chinese
        // unit name starts with.
        let start = text.prefix(shared)
        let rest = text.dropFirst(shared)
        let head = prefix(start, maxWidth: min(4, room / 2)).width
        let after: String
        if otherGoesOn {
            after = truncate(String(rest), toWidth: room - head, ellipsis: ellipsis)
        } else {
            after = String(suffix(rest, maxWidth: room - head).text)
        }
        // The start takes the room left, never reaching what `after` shows.
        let startLimit = otherGoesOn ? shared : text.count - after.count
        return String(prefix(text.prefix(startLimit), maxWidth: room - DisplayWidth.of(after)).text) + ellipsis + after
    }

    /// The longest suffix of whole characters that fits in `maxWidth` columns, and its width.
    public static func suffix<S: StringProtocol>(_ text: S, maxWidth: Int) -> (text: S.SubSequence, width: Int) {
        var width = 0
        var start = text.endIndex
        while start != text.startIndex {
            let before = text.index(before: start)
            let characterWidth = DisplayWidth.of(text[before])
            if width + characterWidth > maxWidth { break }
            width += characterWidth
            start = before
        }
        return (text[start...], width)
    }

    private static func commonPrefixCount(_ a: String, _ b: String) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }
}
