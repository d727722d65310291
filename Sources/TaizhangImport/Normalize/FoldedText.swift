/// Text as printed beside the same text folded for parsing, character for character.
///
/// Plans arrive with full-width punctuation turned half-width by web pages, and some in
/// traditional characters. The grammars read the folded form, where `（：；，` are `(:;,` and
/// the traditional characters of their keywords are simplified; names and task text are cut
/// from the original at the same positions, so a unit stays `各县(市、区)政府` or `州司法局`
/// exactly as the plan prints it. Folding maps one character to one character, which is what
/// lets a range found in one be cut from the other.
struct FoldedText: Equatable, Sendable {
    let original: [Character]
    let folded: [Character]

    init(_ text: some StringProtocol) {
        original = Array(text)
        folded = original.map(Fold.character)
    }

    private init(original: [Character], folded: [Character]) {
        self.original = original
        self.folded = folded
    }

    var count: Int { original.count }
    var isEmpty: Bool { original.isEmpty }
    var text: String { String(original) }
    var foldedText: String { String(folded) }

    subscript(range: Range<Int>) -> FoldedText {
        FoldedText(original: Array(original[range]), folded: Array(folded[range]))
    }

    /// The same text without blanks at either end.
    var trimmed: FoldedText {
        var start = 0
        var end = count
        while start < end, Fold.isBlank(folded[start]) { start += 1 }
        while end > start, Fold.isBlank(folded[end - 1]) { end -= 1 }
        return self[start..<end]
    }

    func hasPrefix(_ word: String) -> Bool { folded.starts(with: Array(word)) }
    func hasSuffix(_ word: String) -> Bool {
        let characters = Array(word)
        return folded.count >= characters.count && Array(folded.suffix(characters.count)) == characters
    }

    /// The first position at or after `from` where `word` starts in the folded text.
    func index(of word: String, from: Int = 0) -> Int? {
        let characters = Array(word)
        guard !characters.isEmpty, characters.count <= folded.count else { return nil }
        var position = from
        while position + characters.count <= folded.count {
            if folded[position] == characters[0], Array(folded[position..<position + characters.count]) == characters {
                return position
            }
            position += 1
        }
        return nil
    }

    func contains(_ word: String) -> Bool { index(of: word) != nil }

    /// Splits at `separators` outside brackets, trimming and dropping empty pieces, so a name
    /// such as 各区政府(管委会、园区) is never cut apart.
    func split(on separators: Set<Character>) -> [FoldedText] {
        clauseRanges(on: separators).map { self[$0] }
    }

    /// Where `split(on:)` cuts: the ranges of the pieces, blanks at their ends left out.
    func clauseRanges(on separators: Set<Character>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var depth = 0
        var start = 0
        func close(_ end: Int) {
            var (from, to) = (start, end)
            while from < to, Fold.isBlank(folded[from]) { from += 1 }
            while to > from, Fold.isBlank(folded[to - 1]) { to -= 1 }
            if from < to { ranges.append(from..<to) }
        }
        for (index, character) in folded.enumerated() {
            if Fold.opening.contains(character) { depth += 1 }
            if Fold.closing.contains(character) { depth = max(0, depth - 1) }
            if depth == 0, separators.contains(character) {
                close(index)
                start = index + 1
            }
        }
        close(count)
        return ranges
    }

    /// Pieces joined with a separator between them.
    static func joining(_ pieces: [FoldedText], with separator: String) -> FoldedText {
        guard var result = pieces.first else { return FoldedText("") }
        for piece in pieces.dropFirst() { result = result + FoldedText(separator) + piece }
        return result
    }

    static func + (lhs: FoldedText, rhs: FoldedText) -> FoldedText {
        FoldedText(original: lhs.original + rhs.original, folded: lhs.folded + rhs.folded)
    }

    /// Removes blanks between two Han characters: a PDF or a web page wrapped the line there
    /// (`突出 政治引领`, `吴 伟`); blanks between Latin words stay.
    var closingWrapGaps: FoldedText {
        var keepOriginal: [Character] = []
        var keepFolded: [Character] = []
        var index = 0
        while index < count {
            if Fold.isBlank(folded[index]), let last = keepFolded.last, Fold.isHan(last) {
                var end = index
                while end < count, Fold.isBlank(folded[end]) { end += 1 }
                if end < count, Fold.isHan(folded[end]) || Fold.isClosingPunctuation(folded[end]) {
                    index = end
                    continue
                }
            }
            keepOriginal.append(original[index])
            keepFolded.append(folded[index])
            index += 1
        }
        return FoldedText(original: keepOriginal, folded: keepFolded)
    }
}
