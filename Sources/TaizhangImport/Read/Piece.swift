import TaizhangModel

/// A cell of the grid as the flow reader sees it, before it knows which numbering level
/// holds the tasks.
struct Piece {
    enum Kind {
        /// Opens with a label: a heading or a task.
        case item(Label)
        /// Prose with no label: a wrapped line, a paragraph, the notice.
        case plain
        /// `牵头单位:…`, `分管省领导:…`, `时限要求:…`, or a cell that only names units.
        case field(UnitPhrase)
        /// A cell that only says when (`年底前`, `长期`).
        case deadline
        /// A column name (`工作要求`, `牵头落实单位`): the table starts.
        case header(String)
        /// A cell that is there and empty.
        case empty
        /// A cell holding only a number: the label of the text after it (a 序号 column).
        case number(Int)
        /// The covering notice's own text: its signature (issuer, then date).
        case notice
    }

    var kind: Kind
    /// The text after the label, for an item; the whole text otherwise.
    var text: FoldedText
    var line: Int
    /// Wrapped lines and later paragraphs of the same item, in order.
    var more: [(text: FoldedText, line: Int)] = []

    var label: Label? {
        if case .item(let label) = kind { return label }
        return nil
    }

    /// A heading's line: short, no sentence in it.
    var isTitleLike: Bool { text.count <= 40 && !text.folded.contains("。") }

    /// The paragraphs after a title-like line are not part of it when they are long, or when
    /// the first closes with a unit clause the title does not have: they are the heading's
    /// introduction, or tasks that carry no label (`(一)扩大有效投资` / `实施…。〔责任单位:…〕`).
    var paragraphsApart: Bool {
        guard isTitleLike, let first = more.first else { return false }
        if first.text.count > 40 { return true }
        return text.count <= 30 && first.text.count > 12 && UnitClauses.hasClause(in: first.text) && !UnitClauses.hasClause(in: text)
    }

    /// The item's own text: all of it, or only its line when the paragraphs after stand apart.
    var itemText: FoldedText { paragraphsApart ? text.closingWrapGaps : joined }

    /// The item's text with every line after it, joined as Chinese text is (no blank between).
    var joined: FoldedText {
        more.reduce(text) { $0 + $1.text }.closingWrapGaps
    }

    /// Words that head a table's columns; a cell that is only one of these is a header cell.
    static let headerWords: Set<String> = [
        "工作要求", "具体任务", "具体要求", "工作任务", "序号", "重点工作", "工作内容", "具体内容", "具体措施", "主要措施", "工作措施",
        "总体要求", "完成情况", "备注", "进展情况", "任务内容", "重点任务", "目标任务", "考核内容",
    ]

    /// Classifies one cell.
    static func classify(_ cell: Cell, unitRole: UnitRole) -> Piece {
        let text = FoldedText(cell.text).trimmed
        if text.isEmpty || isNothing(text) { return Piece(kind: .empty, text: text, line: cell.line) }
        let key = text.count <= 32 ? FieldLabel.key(text.foldedText) : ""
        if headerWords.contains(key) || (FieldLabel.meaning(of: key) != nil && !key.contains(":")) {
            return Piece(kind: .header(key), text: text, line: cell.line)
        }
        if let number = BareNumber.parse(text) { return Piece(kind: .number(number), text: text, line: cell.line) }
        if let label = Label.parse(text), label.length < text.count || label.style == .dash {
            return Piece(kind: .item(label), text: text[label.length..<text.count].trimmed, line: cell.line)
        }
        if FieldLabel.split(text) != nil {
            return Piece(kind: .field(UnitPhrase.parse(text, defaultRole: unitRole)), text: text, line: cell.line)
        }
        // A unit clause on a line of its own, in whatever brackets: `〔责任单位:X〕`.
        if let inside = bracketed(text) {
            let phrase = UnitPhrase.parse(inside, defaultRole: unitRole)
            if phrase.isUnitStatement, phrase.hasMarkers || phrase.allNamesComplete {
                return Piece(kind: .field(phrase), text: text, line: cell.line)
            }
        }
        if let found = StandingClause.find(in: bracketed(text) ?? text), found.range.count * 3 >= text.count * 2 {
            return Piece(kind: .field(UnitPhrase.parse(bracketed(text) ?? text, defaultRole: unitRole)), text: text, line: cell.line)
        }
        if DeadlineGrammar.isDeadlinePhrase(text.foldedText), text.count <= 24 {
            return Piece(kind: .deadline, text: text, line: cell.line)
        }
        if looksLikeUnitCell(text) {
            return Piece(kind: .field(UnitPhrase.parse(text, defaultRole: unitRole)), text: text, line: cell.line)
        }
        return Piece(kind: .plain, text: text, line: cell.line)
    }

    /// A cell that names units and nothing else: short, no sentence inside, every name the
    /// name of a body or the names closed by role words.
    static func looksLikeUnitCell(_ text: FoldedText, cut: Bool = false) -> Bool {
        guard text.count <= 160 else { return false }
        let inner = text.folded.dropLast()
        guard !inner.contains("。"), !text.contains("要"), !text.contains("的") else { return false }
        let phrase = UnitPhrase.parse(text, cut: cut)
        guard !phrase.units.isEmpty, phrase.units.allSatisfy({ $0.name.count <= 26 }) else { return false }
        return phrase.allNamesComplete
    }

    /// `附件:1.…`, `附件：`: the notice lists its attachments from here.
    static func opensAttachmentList(_ text: FoldedText) -> Bool {
        text.hasPrefix("附件") && text.folded.prefix(5).contains(":")
    }

    /// A short line without punctuation and without more lines: a title, never a sentence.
    var isBareTitle: Bool {
        more.isEmpty && text.count <= 16 && !text.folded.contains { "。,;:!?、".contains($0) }
    }

    /// A line that names units (`责任单位:…`, a unit cell), or a standing clause.
    var namesUnits: Bool {
        guard case .field(let phrase) = kind else { return false }
        return !phrase.units.isEmpty || !phrase.standing.isEmpty
    }

    /// A heading's line that is a paragraph — a title sentence with more sentences after it,
    /// as a notice's numbered requirements are (`三、加强督导,健全推进机制。市发展改革委负责…`):
    /// headings are titles, so this is prose.
    var isParagraph: Bool {
        guard let stop = text.folded.firstIndex(of: "。") else { return false }
        return text.count - stop > 12
    }

    /// The inside of a line that is one bracket from start to end (a closing 。 aside).
    static func bracketed(_ text: FoldedText) -> FoldedText? {
        var end = text.count
        while end > 0, "。.;".contains(text.folded[end - 1]) || Fold.isBlank(text.folded[end - 1]) { end -= 1 }
        guard end > 2, let first = text.folded.first, Fold.opening.contains(first), first != "《",
            Fold.closing.contains(text.folded[end - 1]), UnitClauses.opening(in: text, closingAt: end - 1) == 0
        else { return nil }
        return text[1..<(end - 1)].trimmed
    }

    /// `/`, `-`, `无`: a cell that says there is nothing.
    static func isNothing(_ text: FoldedText) -> Bool {
        ["/", "-", "—", "——", "无", "\\", "|"].contains(text.foldedText)
    }

    /// Page numbers and rules a PDF copy leaves between lines (`— 3 —`, `— 15 -`).
    static func isPageNoise(_ text: String) -> Bool {
        let folded = Fold.folded(text)
        return folded.allSatisfy { Fold.isDigit($0) || Fold.isBlank($0) || "—-–_·•".contains($0) }
            && folded.contains(where: Fold.isDigit) && folded.contains(where: { "—-–_".contains($0) })
    }
}
