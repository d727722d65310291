import TaizhangModel

/// Reads a grid by content, cell after cell: outlines with unit clauses or unit lines under
/// each task, notices with the plan after them, the seed's flattened table, and tables
/// without a header. Which numbering level holds the tasks is decided for the whole document
/// at once: the level whose items carry units (a clause, or a unit line under them); the
/// levels above it are areas and sections, the levels below are parts of a task's text.
enum FlowReader {
    /// - Parameter limits: its time bound stops the read early (the importer then refuses
    ///   the document with `.timeLimit`).
    static func read(_ grid: Grid, limits: ImportLimits = ImportLimits()) -> [Entry] {
        let pieces = gather(grid, limits: limits)
        guard !limits.timeIsUp else { return [] }
        let roles = LevelRoles.decide(pieces, linesOfText: grid.linesOfText)
        var emitter = FlowEmitter(pieces: pieces, roles: roles, linesOfText: grid.linesOfText)
        return emitter.emit()
    }

    /// Cells into pieces: wrapped lines joined to the item they continue, a bare number
    /// given to the text after it, a unit line continued on the next line joined to it.
    static func gather(_ grid: Grid, limits: ImportLimits = ImportLimits()) -> [Piece] {
        var unitRole = UnitRole.responsible
        var pieces: [Piece] = []
        var number: (value: Int, line: Int)?
        var attachments = false
        // A task with its unit field on the same line is read as the task and a unit line.
        let cells = grid.cells.flatMap { cell in InlineUnitField.split(cell).map { [$0.task, $0.units] } ?? [cell] }
        for (position, cell) in cells.enumerated() {
            // The unit grammar is most of an import: a text of millions of characters stops
            // here when the time is up, not after its last cell.
            if position & 255 == 255, limits.timeIsUp { break }
            if Piece.isPageNoise(cell.text) { continue }
            var piece = Piece.classify(cell, unitRole: unitRole)
            // A notice's list of attachments (`附件:1.…` / `2.…`) names documents, not tasks:
            // numbered titles, without sentences, right after it.
            if case .item(let label) = piece.kind, attachments, label.style == .arabic, piece.isTitleLike {
                piece = Piece(kind: .plain, text: FoldedText(cell.text).trimmed, line: cell.line)
            } else {
                attachments = Piece.opensAttachmentList(piece.text)
            }
            // The notice's signature, an issuer above a date, names no unit and no deadline.
            if case .deadline = piece.kind, FrontMatter.isoDate(cell.text) != nil, let last = pieces.indices.last,
                case .field(let phrase) = pieces[last].kind, !phrase.hasMarkers, FrontMatter.isIssuer(pieces[last].text.text)
            {
                pieces[last].kind = .notice
                piece.kind = .notice
            }
            switch piece.kind {
            case .header(let key):
                if case .units(let role)? = FieldLabel.meaning(of: key) { unitRole = role }
            case .number(let value):
                number = (value, cell.line)
                continue
            case .plain:
                if let last = pieces.indices.last, case .field(let previous) = pieces[last].kind, !previous.allNamesComplete,
                    piece.text.count <= 60
                {
                    // A unit line the copy wrapped inside a name: `园区党工` / `委、各街道党工委`.
                    pieces[last].more.append((piece.text, cell.line))
                    pieces[last].kind = .field(UnitPhrase.parse(pieces[last].joined, defaultRole: unitRole))
                    continue
                }
                if let held = number {
                    piece.kind = .item(Label(style: .arabic, value: held.value, printed: String(held.value), length: 0))
                    number = nil
                } else if let last = pieces.indices.last, pieces[last].label != nil, cell.boundary != .sameRow {
                    pieces[last].more.append((piece.text, cell.line))
                    continue
                }
            case .field(let phrase):
                // A unit line the copy wrapped inside a name: `园区党工` / `委、各街道党工委`.
                if let last = pieces.indices.last, case .field(let previous) = pieces[last].kind, !previous.allNamesComplete,
                    !phrase.hasMarkers
                {
                    pieces[last].more.append((piece.text, cell.line))
                    pieces[last].kind = .field(UnitPhrase.parse(pieces[last].joined, defaultRole: unitRole))
                    continue
                }
            default:
                break
            }
            number = nil
            pieces.append(piece)
        }
        return pieces
    }
}

/// The role each numbering style plays in one document.
struct LevelRoles {
    enum Role { case area, section, task, detail }
    var roles: [Label.Style: Role] = [:]
    /// The tasks are paragraphs without labels under labelled headings.

    func role(of style: Label.Style) -> Role { roles[style] ?? .detail }

    /// Conventional order of Chinese numbering, outermost first.
    static let rank: [Label.Style: Int] = [.chinese: 0, .bracketedChinese: 1, .dash: 2, .arabic: 3, .bracketedArabic: 4, .circled: 5]

    static func decide(_ pieces: [Piece], linesOfText: Bool = true) -> LevelRoles {
        var items: [Label.Style: Int] = [:]
        var carrying: [Label.Style: Int] = [:]
        var unlabelled = 0
        for (index, piece) in pieces.enumerated() {
            guard let label = piece.label else { continue }
            items[label.style, default: 0] += 1
            if carriesUnits(pieces, at: index) { carrying[label.style, default: 0] += 1 }
            if piece.paragraphsApart {
                unlabelled += piece.more.reduce(0) { count, paragraph in
                    count + UnitClauses.segments(in: paragraph.text, atDocumentEnd: false, defaultRole: .responsible, roleMemory: [])
                        .filter { $0.clause != nil }.count
                }
            }
        }
        // Paragraphs without labels each closed by a line naming units are tasks; where a
        // labelled title's own paragraph is closed so and such a paragraph follows, the title
        // heads them (`(一)扩大有效投资` / text / `责任单位:…` / text / `责任单位:…`).
        // The notice before the first heading has lines that look so (a title over an addressee).
        let body = pieces.firstIndex { $0.label != nil } ?? pieces.count
        for (index, piece) in pieces.enumerated() where linesOfText && index > body && piece.label == nil && index + 1 < pieces.count {
            guard case .plain = piece.kind, pieces[index + 1].namesUnits else { continue }
            unlabelled += 1
            var title = index - 1
            while title >= 0, pieces[title].namesUnits { title -= 1 }
            if title >= 0, let label = pieces[title].label, pieces[title].isTitleLike, !pieces[title].more.isEmpty,
                carrying[label.style, default: 0] > 0
            {
                carrying[label.style, default: 0] -= 1
                unlabelled += 1
            }
        }
        let styles = items.keys.sorted { rank[$0, default: 9] < rank[$1, default: 9] }
        guard !styles.isEmpty else { return LevelRoles() }
        let taskStyle: Label.Style?
        if let best = carrying.max(by: { ($0.value, rank[$0.key, default: 0]) < ($1.value, rank[$1.key, default: 0]) }), best.value > 0 {
            taskStyle = unlabelled > best.value ? nil : best.key
        } else {
            taskStyle = unlabelled > 0 ? nil : (styles.last(where: { $0 != .dash }) ?? styles[styles.count - 1])
        }
        var result = LevelRoles()
        var above = 0
        for style in styles {
            if style == taskStyle {
                result.roles[style] = .task
            } else if rank[style, default: 9] < rank[taskStyle ?? .circled, default: 9] || taskStyle == nil {
                result.roles[style] = above == 0 ? .area : .section
                above += 1
            } else {
                result.roles[style] = .detail
            }
        }
        return result
    }

    /// An item carries units when its text ends in a unit clause or a unit line follows it
    /// before the next item.
    static func carriesUnits(_ pieces: [Piece], at index: Int) -> Bool {
        let isLast = !pieces[(index + 1)...].contains { $0.label != nil }
        if UnitClauses.hasClause(in: pieces[index].itemText, atDocumentEnd: isLast && index == pieces.count - 1) { return true }
        var next = index + 1
        while next < pieces.count {
            switch pieces[next].kind {
            case .item: return false
            case .field(let phrase) where !phrase.units.isEmpty || !phrase.standing.isEmpty: return true
            default: next += 1
            }
        }
        return false
    }
}
