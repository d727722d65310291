/// Area and section titles as a ledger shows them: without the wrap blanks a PDF left, a
/// dangling `:` or `;`, or a score (`(5分)`) a scoring table puts after them. A heading that
/// is a sentence keeps its 。 as printed.
enum Titles {
    static func clean(_ title: String) -> String {
        var text = FoldedText(title).closingWrapGaps.trimmed
        while text.hasSuffix(":") || text.hasSuffix(";") {
            text = text[0..<(text.count - 1)].trimmed
        }
        if text.hasSuffix(")"), let open = UnitClauses.opening(in: text, closingAt: text.count - 1) {
            let inside = text[(open + 1)..<(text.count - 1)].foldedText.filter { !Fold.isBlank($0) }
            if inside.hasSuffix("分"), inside.dropLast().allSatisfy({ Fold.isDigit($0) || $0 == "." }), inside.count > 1 {
                text = text[0..<open].trimmed
            }
        }
        return text.text
    }
}
