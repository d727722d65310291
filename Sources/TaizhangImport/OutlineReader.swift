import TaizhangModel

/// Reads plans with no table: headings (一、, （一）) and numbered paragraphs, each ending in
/// its units, `（牵头单位：…；责任单位：…）`. A heading may name units for the tasks under it;
/// a task with none names none (there is no merged cell to inherit from).
enum OutlineReader {
    static let labels = [
        "牵头单位", "责任单位", "配合单位", "牵头部门", "责任部门", "配合部门", "协办单位", "参照单位",
        "落实单位", "牵头及责任单位", "牵头落实单位", "参照执行单位",
    ]

    /// The paragraph without its trailing unit clause, and the clause's inside.
    static func unitClause(in line: String) -> (body: String, units: String)? {
        guard let last = line.last, last == "）" || last == ")" else { return nil }
        let characters = Array(line)
        var depth = 0
        var index = characters.count - 1
        while index >= 0 {
            let character = characters[index]
            if character == "）" || character == ")" { depth += 1 }
            if character == "（" || character == "(" {
                depth -= 1
                if depth == 0 { break }
            }
            index -= 1
        }
        guard index >= 0 else { return nil }
        let inside = String(characters[(index + 1)..<(characters.count - 1)])
        guard labels.contains(where: { inside.hasPrefix($0 + "：") || inside.hasPrefix($0 + ":") }) else { return nil }
        return (PlanText.trimmed(String(characters[..<index])), inside)
    }

    static func document(of text: String) throws(ImportError) -> SourceDocument {
        var cells: [SourceCell] = []
        var found = false
        /// The last paragraph was a task still open for wrapped lines.
        var openTask: Int?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = PlanText.trimmed(rawLine)
            let number = index + 1
            if line.isEmpty { continue }
            let opens = TaskLine.parse(line) != nil || AreaLine.parse(line) != nil || SectionLine.parse(line) != nil
            if !opens, let open = openTask, StandingClause.units(in: line) == nil, case .text(let previous) = cells[open].content {
                // A hard-wrapped task paragraph: join it, and take the units if it ends there.
                let joined = PlanText.joined([previous, line])
                if let (body, units) = unitClause(in: joined) {
                    cells[open].content = .text(body)
                    cells.append(SourceCell(.text(units), line: number, row: cells[open].row))
                    openTask = nil
                    found = true
                } else {
                    cells[open].content = .text(joined)
                }
                continue
            }
            if let (body, units) = unitClause(in: line) {
                found = true
                cells.append(SourceCell(.text(body), line: number, row: number))
                cells.append(SourceCell(.text(units), line: number, row: number))
                openTask = nil
            } else {
                cells.append(SourceCell(.text(line), line: number, row: number))
                let endsSentence = line.last.map { "。；;！？".contains($0) } ?? true
                openTask = TaskLine.parse(line) != nil && !endsSentence ? cells.count - 1 : nil
            }
        }
        guard found else { throw .unreadable("no inline unit clauses such as （牵头单位：…）") }
        return SourceDocument(layout: .outline, cells: cells, missingUnitCellMeansMerged: false)
    }
}
