/// A task and its units on one line, the units after the sentence:
/// `1.地区生产总值增长6%以上。牵头单位:市发改委;责任单位:各县(市)区政府` (徐州 2020, as web
/// copies print it). A unit field's label with its colon, right after a sentence ends, opens
/// the line's unit clause: the line is read as a task's line and a unit line under it, as the
/// plans that put them on two lines are read. A label in brackets is a clause `UnitClauses`
/// reads already; a label anywhere else (`各责任单位:`, after a comma) is left in the text.
enum InlineUnitField {
    /// `cell` as its task part and its unit line, when it has a unit field after a sentence;
    /// nil otherwise.
    static func split(_ cell: Cell) -> (task: Cell, units: Cell)? {
        // A field has a colon (any of the forms `Fold` makes `:`): most lines are not folded here.
        guard cell.text.unicodeScalars.contains(where: { $0 == ":" || $0 == "\u{FF1A}" || $0 == "\u{FE55}" }) else { return nil }
        let text = FoldedText(cell.text)
        guard let start = start(in: text) else { return nil }
        var task = cell
        task.text = text[0..<start].text
        var units = cell
        units.text = text[start..<text.count].text
        return (task, units)
    }

    /// Where the unit field begins (an index of `text`'s characters). One pass over the line,
    /// and only a few characters looked at after each sentence: a plan that lost its line
    /// breaks is one line of thousands of sentences.
    static func start(in text: FoldedText) -> Int? {
        let folded = text.folded
        // Only outside brackets: a clause in brackets (`(牵头单位:X;责任单位:Y)`) is one clause.
        var depth = 0
        // Some text of the task before it: a line that is all unit field is one already.
        var sawHan = false
        var index = 1
        while index < folded.count {
            defer { index += 1 }
            let before = folded[index - 1]
            if Fold.opening.contains(before) { depth += 1 }
            if Fold.closing.contains(before), depth > 0 { depth -= 1 }
            if Fold.isHan(before) { sawHan = true }
            guard depth == 0, sawHan, "。;".contains(before) else { continue }
            var start = index
            while start < folded.count, Fold.isBlank(folded[start]) { start += 1 }
            // A label and its colon are within the first 16 characters (`FieldLabel.split`).
            let window = text[start..<min(folded.count, start + 32)]
            guard let first = window.folded.first, !Fold.opening.contains(first), let found = FieldLabel.split(window),
                case .units = found.meaning, !found.rest.isEmpty
            else { continue }
            return start
        }
        return nil
    }
}
