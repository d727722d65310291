extension TextFit {
    /// `text` cut to `width` columns so that it cannot be mistaken for any of `others` shown
    /// beside it (see `DistinctNames.truncate`).
    public static func truncate(_ text: String, toWidth width: Int, distinctFrom others: [String], ellipsis: String = "…") -> String {
        DistinctNames(others).truncate(text, toWidth: width, ellipsis: ellipsis)
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
}

/// Names shown together (the units of a pane) that must stay distinguishable when cut,
/// indexed once so that cutting one costs a binary search and a few lookups, not a pass over
/// every name: a pane of 2,000 units is cut at every frame.
public struct DistinctNames: Equatable, Sendable {
    /// In String order: the names starting with a given text are a contiguous run.
    private let sorted: [String]
    private let all: Set<String>

    /// An array, not any sequence: every caller has one, and a generic init called from another
    /// module ran unspecialised, its first run scanning the binary's conformance records.
    public init(_ names: [String]) {
        all = Set(names)
        sorted = Self.inStringOrder(Array(all))
    }

    /// `names` (distinct) sorted as `String` sorts them. Comparing Chinese text as `String`
    /// normalises it at every comparison: sorting a plan's 2,000 unit names that way was a
    /// seventh of counting its workload. UTF-8 byte order is the same order for text in
    /// canonical form, which is nearly all text; so the names are sorted by their bytes and
    /// the result kept only when each pair in it is in `String` order too, else sorted again
    /// as `String`. Either way the result is the one `sorted()` gives: distinct names have
    /// one strictly increasing order.
    static func inStringOrder(_ names: [String]) -> [String] {
        let byBytes = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (before, after) in zip(byBytes, byBytes.dropFirst()) where !(before < after) { return names.sorted() }
        return byBytes
    }

    /// `text` cut to `width` columns. Cut at the end (`TextFit.truncate`) unless what remains
    /// reads like another name: it is the start of another, or another is the start of it
    /// (各区政府（管… beside 各区政府). Then the cut keeps the start, an ellipsis, and what comes
    /// after the shared part: the end when the other name stops where they part (各区…管委会）
    /// beside 各区政府), else from where they part (市直…有关… beside 市直…单位 for 市直其他有关单位
    /// and 市直其他单位).
    public func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        let plain = TextFit.truncate(text, toWidth: width, ellipsis: ellipsis)
        guard plain != text, plain.hasSuffix(ellipsis) else { return plain }
        let shown = String(plain.dropLast(ellipsis.count))
        guard !shown.isEmpty else { return plain }
        var shared = 0
        var otherGoesOn = false
        for other in confusable(with: shown, besides: text) {
            let common = zip(text, other).prefix { $0 == $1 }.count
            shared = max(shared, common)
            if other.count > common { otherGoesOn = true }
        }
        guard shared > 0, shared < text.count else { return plain }
        let room = width - DisplayWidth.of(ellipsis)
        // Keep two characters of the start where they fit: the level (市, 区, 各区) a Chinese
        // unit name starts with.
        let rest = text.dropFirst(shared)
        let head = TextFit.prefix(text.prefix(shared), maxWidth: min(4, room / 2)).width
        let after = otherGoesOn
            ? TextFit.truncate(String(rest), toWidth: room - head, ellipsis: ellipsis)
            : String(TextFit.suffix(rest, maxWidth: room - head).text)
        // The start takes the room left, never reaching what `after` shows.
        let startLimit = otherGoesOn ? shared : text.count - after.count
        return String(TextFit.prefix(text.prefix(startLimit), maxWidth: room - DisplayWidth.of(after)).text) + ellipsis + after
    }

    /// The names other than `text` that start with `shown`, or that `shown` starts with.
    private func confusable(with shown: String, besides text: String) -> [String] {
        var result: [String] = []
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < shown { low = middle + 1 } else { high = middle }
        }
        while low < sorted.count, sorted[low].hasPrefix(shown) {
            if sorted[low] != text { result.append(sorted[low]) }
            low += 1
        }
        var start = ""
        for character in shown.dropLast() {
            start.append(character)
            if all.contains(start) { result.append(start) }
        }
        return result
    }
}
