import TaizhangModel

/// The unit clauses of a paragraph. A paragraph is a sequence of tasks, each closed by the
/// clause in brackets that names its units: `…。(牵头单位:X;责任单位:Y)`, `…左右(X负责落实);…`,
/// `…改革。〔责任单位:X〕确保…(X、Y分别负责落实)`. Any bracket pair may hold a clause; the
/// clause ends the task before it, and the text after it starts the next. Where the copy of the
/// document stops inside the last clause, the clause is read as far as it goes.
enum UnitClauses {
    struct Clause {
        var phrase: UnitPhrase
        /// The copy stops inside the clause.
        var cut: Bool
    }

    /// One task of the paragraph: its text and the clause that closes it, if any.
    struct Segment {
        var body: FoldedText
        var clause: Clause?
    }

    /// Words that open a bracket of plain names that are no unit clause: `(含开发区)`.
    static let notClauses = ["含", "包括", "包含", "不含", "除", "即", "如", "简称", "以下简称", "下称", "其中"]

    /// The paragraph cut into its clause-closed tasks; one segment without a clause when it
    /// names no units.
    static func segments(in text: FoldedText, atDocumentEnd: Bool, defaultRole: UnitRole, roleMemory: [UnitRole]) -> [Segment] {
        var segments: [Segment] = []
        var start = 0
        var depth = 0
        var open = 0
        for index in 0..<text.count {
            let character = text.folded[index]
            if Fold.opening.contains(character) {
                if depth == 0 { open = index }
                depth += 1
            } else if Fold.closing.contains(character), depth > 0 {
                depth -= 1
                guard depth == 0, open > start, text.folded[open] != "《" else { continue }
                let body = text[start..<open].trimmed
                guard !bodyIsEmpty(body), let phrase = clause(in: text, open: open, close: index, defaultRole: defaultRole) else { continue }
                segments.append(Segment(body: body, clause: Clause(phrase: phrase, cut: false)))
                start = index + 1
                while start < text.count, Fold.isBlank(text.folded[start]) || "。.;,".contains(text.folded[start]) { start += 1 }
            }
        }
        let rest = text[start..<text.count].trimmed
        if atDocumentEnd, let cut = cutClause(in: rest, defaultRole: defaultRole, roleMemory: roleMemory) {
            segments.append(cut)
        } else if !bodyIsEmpty(rest) {
            if let last = segments.indices.last, rest.folded.filter(Fold.isHan).count < 6 {
                // A fragment after the last clause (`等。`) is not a task of its own.
                segments[last].body = segments[last].body + rest
            } else {
                segments.append(Segment(body: rest, clause: nil))
            }
        }
        return segments.isEmpty ? [Segment(body: text.trimmed, clause: nil)] : segments
    }

    /// The clause that closes the paragraph's only task, for a heading's title.
    static func trailing(in text: FoldedText, atDocumentEnd: Bool, defaultRole: UnitRole, roleMemory: [UnitRole]) -> Segment? {
        let found = segments(in: text, atDocumentEnd: atDocumentEnd, defaultRole: defaultRole, roleMemory: roleMemory)
        guard found.count == 1, found[0].clause != nil else { return nil }
        return found[0]
    }

    /// Whether the paragraph has a clause anywhere.
    static func hasClause(in text: FoldedText, atDocumentEnd: Bool = false) -> Bool {
        segments(in: text, atDocumentEnd: atDocumentEnd, defaultRole: .responsible, roleMemory: []).contains { $0.clause != nil }
    }

    /// The brackets `open…close` as a unit clause: one that says it is (a role word, a field
    /// label, a standing clause) anywhere, or plain names of bodies where a sentence ends.
    private static func clause(in text: FoldedText, open: Int, close: Int, defaultRole: UnitRole) -> UnitPhrase? {
        let inside = text[(open + 1)..<close]
        let phrase = UnitPhrase.parse(inside, defaultRole: defaultRole)
        guard phrase.isUnitStatement else { return nil }
        var after = close + 1
        while after < text.count, Fold.isBlank(text.folded[after]) { after += 1 }
        let atEnd = text[after..<text.count].folded.allSatisfy { "。.;,".contains($0) || Fold.isBlank($0) }
        if atEnd { return phrase }
        let names = !phrase.units.isEmpty || !phrase.standing.isEmpty
        if phrase.hasMarkers, names || phrase.firstListedLeads { return phrase }
        // Plain names mid-paragraph only where a sentence ends, and never an aside (`(含开发区)`).
        guard names, !notClauses.contains(where: inside.trimmed.hasPrefix) else { return nil }
        var before = open - 1
        while before >= 0, Fold.isBlank(text.folded[before]) { before -= 1 }
        let sentenceBefore = before >= 0 && "。;!?".contains(text.folded[before])
        let sentenceAfter = "。;".contains(text.folded[after])
        return sentenceBefore || sentenceAfter ? phrase : nil
    }

    /// The text after the last clause where the copy stops inside a bracket: a unit clause when
    /// it says so, or when the plan's other paragraphs end in unit clauses and it starts with
    /// whole names of bodies.
    private static func cutClause(in text: FoldedText, defaultRole: UnitRole, roleMemory: [UnitRole]) -> Segment? {
        guard let open = unclosedOpening(in: text), open > 0 else { return nil }
        let inside = text[(open + 1)..<text.count]
        let phrase = UnitPhrase.parse(inside, defaultRole: defaultRole, cut: true, cutRoles: roleMemory)
        let markers = phrase.hasMarkers && (!phrase.units.isEmpty || !phrase.people.isEmpty || !phrase.cutFragments.isEmpty)
        let likely = !roleMemory.isEmpty && !phrase.units.isEmpty && phrase.allNamesComplete
        guard markers || likely else { return nil }
        return Segment(body: text[0..<open].trimmed, clause: Clause(phrase: phrase, cut: true))
    }

    /// A body of only punctuation and blanks is no task.
    private static func bodyIsEmpty(_ body: FoldedText) -> Bool {
        body.folded.allSatisfy { Fold.isBlank($0) || "。.;,:、".contains($0) }
    }

    static func opening(in text: FoldedText, closingAt close: Int) -> Int? {
        var depth = 0
        var index = close
        while index >= 0 {
            if Fold.closing.contains(text.folded[index]) { depth += 1 }
            if Fold.opening.contains(text.folded[index]) {
                depth -= 1
                if depth == 0 { return index }
            }
            index -= 1
        }
        return nil
    }

    /// The outermost bracket still open where the text ends.
    static func unclosedOpening(in text: FoldedText) -> Int? {
        var stack: [Int] = []
        for (index, character) in text.folded.enumerated() {
            if Fold.opening.contains(character), character != "《" { stack.append(index) }
            if Fold.closing.contains(character), character != "》", !stack.isEmpty { stack.removeLast() }
        }
        return stack.first
    }
}
