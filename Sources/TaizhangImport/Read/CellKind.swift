import TaizhangModel

/// What a cell's content looks like, for aligning cells to columns when rows leave cells out.
enum CellKind: Int, CaseIterable, Equatable, Hashable, Sendable {
    case empty
    /// A bare number (`1`, `01`, `(1)`).
    case number
    /// `一、…`
    case areaHeading
    /// `(一)…`, or a short numbered title followed by items that restart at 1.
    case sectionHeading
    /// `1.…`, `(1)…`, `①…`
    case item
    /// A short numbered title whose items (restarting at 1) follow in the next column: the
    /// task, its items the detail, where the header names no section column.
    case titleItem
    case units
    /// Several unit names in one cell (`X、Y,Z`).
    case unitList
    case person
    case deadline
    /// A figure or a measure: `≥2%`, `万亩`, `0.07`.
    case figure
    /// A sentence, or long text.
    case prose
    /// A short phrase: a title, a heading without a number.
    case short

    var index: Int { rawValue }

    /// - Parameter atEnd: the document's last cell, which the copy may cut inside a name.
    /// A target that ends on a name (`成功创建首批浙江省美丽城镇。`: its last word a town): one
    /// name, closed by a full stop, with a verb of doing in it. A cell of units may end with a
    /// full stop too (`法规科统筹,各职能科(室)配合。`), but it names no work to be done.
    static func isSentenceNamingOne(_ trimmed: FoldedText) -> Bool {
        guard trimmed.folded.last == "。", UnitName.names(in: trimmed).count == 1 else { return false }
        return targetVerbs.contains { trimmed.text.contains($0) }
    }

    /// Verbs of a target sentence that no unit's name holds.
    static let targetVerbs = ["创建", "建成", "完成", "实现", "推进", "打造", "争创", "确保", "力争"]

    static func of(_ text: FoldedText, atEnd: Bool = false) -> CellKind {
        let trimmed = text.trimmed
        if trimmed.isEmpty || Piece.isNothing(trimmed) { return .empty }
        if BareNumber.parse(trimmed) != nil { return .number }
        if let label = Label.parse(trimmed), label.length < trimmed.count {
            switch label.style {
            case .chinese: return .areaHeading
            case .bracketedChinese, .dash: return .sectionHeading
            default: return .item
            }
        }
        let folded = trimmed.foldedText
        if DeadlineGrammar.isDeadlinePhrase(folded), trimmed.count <= 24 { return .deadline }
        if trimmed.count <= 40, mentionsMonth(folded), !folded.contains("。") { return .deadline }
        if isFigure(folded) { return .figure }
        if !isSentenceNamingOne(trimmed), Piece.looksLikeUnitCell(trimmed) || (atEnd && Piece.looksLikeUnitCell(trimmed, cut: true)) {
            return UnitName.names(in: trimmed).count > 1 || trimmed.folded.contains(",") ? .unitList : .units
        }
        if People.looksLikePerson(trimmed) || People.paddedRun(trimmed) != nil { return .person }
        let sentence = folded.dropLast().contains { "。;".contains($0) } || folded.contains(",") || (folded.hasSuffix("。") && trimmed.count >= 6)
        if sentence || trimmed.count >= 24 { return .prose }
        return .short
    }

    /// `2021年2月公布…`: a cell that names months, as a 时限 cell listing two dates does.
    private static func mentionsMonth(_ folded: String) -> Bool {
        let characters = Array(folded)
        for index in characters.indices.dropFirst() where characters[index] == "月" {
            if Fold.isDigit(characters[index - 1]), index >= 5, characters[index - 2] == "年" || Fold.isDigit(characters[index - 2]) { return true }
        }
        return false
    }

    private static func isFigure(_ folded: String) -> Bool {
        if folded.count <= 8, folded.contains(where: { Fold.isDigit($0) || "%‰≥≤><".contains($0) }) { return true }
        let measures: Set<String> = ["万亩", "亩", "万元", "亿元", "万元/人", "亿斤", "万头", "万只", "万吨", "个", "项", "家", "人", "%", "万人", "公里", "吨"]
        return measures.contains(folded)
    }
}
