import TaizhangModel

/// Small text helpers shared by the readers.
enum PlanText {
    /// Trims ASCII and full-width spaces and tabs at both ends.
    static func trimmed(_ text: some StringProtocol) -> String {
        var slice = Substring(text)
        while let first = slice.first, isBlank(first) { slice.removeFirst() }
        while let last = slice.last, isBlank(last) { slice.removeLast() }
        return String(slice)
    }

    static func isBlank(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{3000}" || character == "\r"
            || character == "\u{A0}" || character == "\u{FEFF}"
    }

    /// Joins lines of one cell: Chinese needs no space between them, and stray inner tabs go.
    static func joined(_ parts: [String]) -> String {
        parts.map(trimmed).joined().filter { $0 != "\t" }
    }
}
