import TaizhangModel

/// The unit clause a paragraph ends with: `…。(牵头单位:X;责任单位:Y)`, `〔…〕`, `[…]`, or
/// `(X牵头,Y配合)`. Where the copy of the document stops inside it, the clause is read as far
/// as it goes.
enum TrailingClause {
    struct Found {
        var body: FoldedText
        var phrase: UnitPhrase
        var cut: Bool
    }

    static func find(
        in text: FoldedText, atDocumentEnd: Bool, defaultRole: UnitRole, roleMemory: [UnitRole]
    ) -> Found? {
        var end = text.count
        while end > 0, Fold.isBlank(text.folded[end - 1]) || "。.;".contains(text.folded[end - 1]) { end -= 1 }
        let trimmed = text[0..<end]
        if end > 0, Fold.closing.contains(trimmed.folded[end - 1]), let open = opening(in: trimmed, closingAt: end - 1) {
            let phrase = UnitPhrase.parse(trimmed[(open + 1)..<(end - 1)], defaultRole: defaultRole)
            if phrase.isUnitStatement, open > 0 { return Found(body: trimmed[0..<open].trimmed, phrase: phrase, cut: false) }
        }
        guard atDocumentEnd, let open = unclosedOpening(in: text) else { return nil }
        let inside = text[(open + 1)..<text.count]
        let phrase = UnitPhrase.parse(inside, defaultRole: defaultRole, cut: true, cutRoles: roleMemory)
        // A cut bracket is a unit clause when it says so, or when the plan's other
        // paragraphs end in unit clauses and it starts with whole names of bodies.
        let markers = phrase.hasMarkers && (!phrase.units.isEmpty || !phrase.people.isEmpty || !phrase.cutFragments.isEmpty)
        let likely = !roleMemory.isEmpty && !phrase.units.isEmpty && phrase.allNamesComplete
        guard open > 0, markers || likely else { return nil }
        return Found(body: text[0..<open].trimmed, phrase: phrase, cut: true)
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
