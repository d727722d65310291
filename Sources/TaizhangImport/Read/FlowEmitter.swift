import TaizhangModel

/// Turns the flow reader's pieces into entries once the numbering levels have their roles.
struct FlowEmitter {
    let pieces: [Piece]
    let roles: LevelRoles
    var entries: [Entry] = []
    /// The roles the last whole unit clause gave its groups, for a clause the copy cut off.
    var roleMemory: [UnitRole] = []
    var unitRole = UnitRole.responsible
    var inBody = false
    var inPreamble = false
    var lastTaskUnlabelled = false
    /// Pieces that are the value of a field name standing alone above them.
    let values: [Int: ColumnRole]
    /// The piece being read is followed by a line that names units (`责任单位:…`), which
    /// closes the task before it as a clause does.
    var closedByUnitLine = false
    /// The piece being read is a bare title over a task without a label.
    var headsNext = false

    /// The label style whose title sentences have been read as section titles.
    var titleSentenceStyle: Label.Style?
    /// Lines of a text rather than table cells (see `Grid.linesOfText`).
    let linesOfText: Bool

    init(pieces: [Piece], roles: LevelRoles, linesOfText: Bool = true) {
        self.pieces = pieces
        self.roles = roles
        self.linesOfText = linesOfText
        values = Self.fieldValues(pieces)
    }

    var lastItemIndex: Int? { pieces.lastIndex { $0.label != nil || $0.more.count > 0 } }

    mutating func emit() -> [Entry] {
        for index in pieces.indices {
            let isLast = index == pieces.count - 1
            closedByUnitLine = linesOfText && !isLast && pieces[index + 1].namesUnits
            headsNext = linesOfText && Self.headsTask(pieces, at: index)
            if let role = values[index], fieldValue(pieces[index], role: role, isLast: isLast) { continue }
            emit(pieces[index], isLast: isLast)
        }
        return entries
    }

    private mutating func emit(_ piece: Piece, isLast: Bool) {
        switch piece.kind {
        case .header(let key):
            if key == "总体要求" {
                inPreamble = true
            } else if case .units(let role)? = FieldLabel.meaning(of: key) {
                unitRole = role
                if !inPreamble { openBody(piece.line) }
            } else if !(inPreamble && key == "牵头落实单位") {
                inPreamble = false
                openBody(piece.line)
            }
        case .item(let label):
            item(piece, label: label, isLast: isLast)
        case .plain:
            plain(piece, isLast: isLast)
        case .field(let phrase):
            guard inBody || inPreamble else {
                // A standing clause before the plan's body reaches all its tasks.
                if !phrase.standing.isEmpty { entries.append(.units(phrase.standingOnly, line: piece.line, inherited: false)) } else {
                    entries.append(.front(piece.text.text, line: piece.line))
                }
                return
            }
            if isLast {
                // The copy may stop inside this line's last name.
                let cut = UnitPhrase.parse(piece.joined, defaultRole: unitRole, cut: true, cutRoles: roleMemory)
                fields(cut, line: piece.line, cut: true)
                for fragment in cut.cutFragments where cut.units.isEmpty {
                    entries.append(.unplaced(fragment, line: piece.line))
                }
                return
            }
            fields(phrase, line: piece.line)
        case .deadline:
            if inBody { entries.append(.deadline(piece.text.text, line: piece.line, inherited: false)) } else {
                entries.append(.front(piece.text.text, line: piece.line))
            }
        case .empty:
            if inBody { entries.append(.noUnits(line: piece.line)) }
        case .number(let value):
            entries.append(.unplaced(String(value), line: piece.line))
        case .notice:
            entries.append(.front(piece.text.text, line: piece.line))
        }
    }

    private mutating func openBody(_ line: Int) {
        guard !inBody else { return }
        inBody = true
        entries.append(.header(line: line))
    }

    private mutating func item(_ piece: Piece, label: Label, isLast: Bool) {
        let role = roles.role(of: label.style)
        if !inBody, role == .detail {
            entries.append(.front(piece.joined.text, line: piece.line))
            return
        }
        if role == .area || role == .section, piece.isParagraph, !UnitClauses.hasClause(in: piece.joined) {
            return plain(Piece(kind: .plain, text: FoldedText(piece.joined.text), line: piece.line), isLast: isLast)
        }
        inPreamble = false
        switch role {
        case .area, .section:
            inBody = true
            heading(piece, label: label, role: role, isLast: isLast)
        case .task:
            inBody = true
            task(text: piece.joined, label: label, line: piece.line, isLast: isLast)
        case .detail:
            entries.append(.detail(piece.joined.text, line: piece.line))
        }
    }

    /// A heading's title, with the line it wrapped onto; paragraphs under it are its
    /// introduction, or tasks without labels when they end in a unit clause.
    private mutating func heading(_ piece: Piece, label: Label, role: LevelRoles.Role, isLast: Bool) {
        var title = piece.text
        var rest = piece.more
        if let first = rest.first, !endsSentence(title), first.text.count <= 24, !first.text.folded.contains("。") {
            title = title + first.text
            rest.removeFirst()
        }
        var units: UnitPhrase?
        if let found = UnitClauses.trailing(in: title, atDocumentEnd: isLast && rest.isEmpty, defaultRole: unitRole, roleMemory: roleMemory) {
            title = found.body
            units = found.clause?.phrase
        } else {
            units = HeadingOwner.parse(title)
        }
        let text = title.closingWrapGaps.text
        if role == .area {
            entries.append(.area(label: label, title: text, line: piece.line, inherited: false))
        } else {
            entries.append(.section(label: label, title: text, line: piece.line, inherited: false))
        }
        if let units {
            entries.append(.headingUnits(units, line: piece.line))
            // `一、…(…均涉及各县区,不再做分工,下同)`: the tasks under it and after it.
            if !units.standing.isEmpty { entries.append(.units(units.standingOnly, line: piece.line, inherited: false)) }
        }
        lastTaskUnlabelled = false
        let paragraphs = rest.map { Piece(kind: .plain, text: $0.text, line: $0.line) }
        for (offset, paragraph) in paragraphs.enumerated() {
            let last = offset == rest.count - 1
            if linesOfText, !last, Self.headsTask(paragraphs, at: offset) || (offset + 2 == paragraphs.count && closedByUnitLine
                && paragraph.isBareTitle && !paragraphs[offset + 1].isBareTitle)
            {
                bareHeading(paragraph)
                continue
            }
            unlabelled(paragraph, isLast: isLast && last, closed: last && closedByUnitLine)
        }
    }

    /// A paragraph's tasks, each closed by its own unit clause; the first keeps the label.
    mutating func task(text: FoldedText, label: Label?, line: Int, isLast: Bool) {
        var segments = UnitClauses.segments(in: text, atDocumentEnd: isLast, defaultRole: unitRole, roleMemory: roleMemory)
        var label = label
        // Only where the plan has no section level of its own: a task level's title becomes
        // the section between its area and its tasks.
        if let label0 = label, !roles.roles.values.contains(.section), let split = Self.titleSentence(of: segments, tasks: titleSentenceStyle == label0.style ? 1 : 2) {
            // `(一)围绕…做好信息公开。制定…(X负责落实)推进…(Y负责落实)`: the labelled title
            // sentence heads the clause-closed tasks after it in the same paragraph; once a
            // label's level is read so, a sibling's title sentence heads even one task.
            titleSentenceStyle = label0.style
            entries.append(.section(label: label0, title: split.title, line: line, inherited: false))
            segments[0].body = split.rest
            label = nil
        }
        lastTaskUnlabelled = label == nil
        for (index, segment) in segments.enumerated() {
            entries.append(.task(label: index == 0 ? label : nil, text: segment.body.text, line: line))
            guard let clause = segment.clause else { continue }
            let phrase = clause.phrase
            if !clause.cut, !phrase.groupRoles.isEmpty { roleMemory = phrase.groupRoles }
            if !phrase.units.isEmpty || !phrase.standing.isEmpty || phrase.firstListedLeads {
                entries.append(.clause(phrase, line: line))
            }
            if !phrase.people.isEmpty { entries.append(.people(phrase.people, line: line, inherited: false)) }
            if let deadline = phrase.deadline { entries.append(.deadline(deadline, line: line, inherited: false)) }
        }
    }

    /// A paragraph that opens with a short title sentence and then holds `tasks` or more
    /// tasks, each closed by its own unit clause: the sentence is a title over them, not the
    /// first task's opening. With one clause (and no sibling read so) the sentence stays the
    /// task's own first words.
    static func titleSentence(of segments: [UnitClauses.Segment], tasks: Int) -> (title: String, rest: FoldedText)? {
        guard segments.count >= tasks, segments.prefix(tasks).allSatisfy({ $0.clause != nil }) else { return nil }
        let body = segments[0].body
        guard let end = body.folded.firstIndex(of: "。") else { return nil }
        let title = body[0..<end].trimmed
        let rest = body[(end + 1)..<body.count].trimmed
        let titleHan = title.folded.filter(Fold.isHan).count
        guard titleHan >= 4, titleHan <= 40, rest.folded.filter(Fold.isHan).count >= 6,
            !title.folded.contains(where: { Fold.opening.contains($0) && $0 != "“" && $0 != "《" })
        else { return nil }
        return (title.text, rest)
    }

    private mutating func plain(_ piece: Piece, isLast: Bool) {
        // `各项任务均需各县区政府落实,不再逐一列出。` said in the notice or the preamble.
        if !inBody || inPreamble, let found = StandingClause.find(in: piece.joined) {
            var phrase = UnitPhrase()
            phrase.takeStanding(found, in: piece.joined)
            entries.append(.units(phrase, line: piece.line, inherited: false))
        }
        if inPreamble {
            entries.append(.preamble(piece.text.text, line: piece.line))
        } else if !inBody {
            entries.append(.front(piece.text.text, line: piece.line))
        } else if headsNext {
            bareHeading(piece)
        } else {
            unlabelled(piece, isLast: isLast, closed: closedByUnitLine)
        }
    }

    /// A heading without a number: the outline's area, or a section under its numbered areas.
    private mutating func bareHeading(_ piece: Piece) {
        let title = piece.text.text
        let numberedAreas = roles.roles.values.contains(.area)
        entries.append(numberedAreas
            ? .section(label: nil, title: title, line: piece.line, inherited: false)
            : .area(label: nil, title: title, line: piece.line, inherited: false))
        lastTaskUnlabelled = false
    }

    /// A bare title (short, no punctuation) directly over a paragraph that is a task of its
    /// own, closed by a unit clause or a line naming units.
    static func headsTask(_ pieces: [Piece], at index: Int) -> Bool {
        guard index + 1 < pieces.count, pieces[index].isBareTitle, case .plain = pieces[index].kind,
            case .plain = pieces[index + 1].kind, !pieces[index + 1].isBareTitle
        else { return false }
        return (index + 2 < pieces.count && pieces[index + 2].namesUnits) || UnitClauses.hasClause(in: pieces[index + 1].joined)
    }

    /// A paragraph in the body with no label: a task when it ends in a unit clause, a line
    /// naming units follows it, or its sibling before it had no label either; else text the
    /// reading could not place.
    private mutating func unlabelled(_ piece: Piece, isLast: Bool, closed: Bool = false) {
        let text = piece.joined
        if lastTaskUnlabelled || closed || UnitClauses.hasClause(in: text) {
            task(text: text, label: nil, line: piece.line, isLast: isLast)
        } else if entries.contains(where: { if case .task = $0 { true } else { false } }) {
            entries.append(.unplaced(text.text, line: piece.line))
        } else {
            entries.append(.preamble(text.text, line: piece.line))
        }
    }

    mutating func fields(_ phrase: UnitPhrase, line: Int, cut: Bool = false) {
        if !phrase.units.isEmpty || !phrase.standing.isEmpty || phrase.firstListedLeads {
            entries.append(.units(phrase, line: line, inherited: false))
        }
        if !phrase.people.isEmpty { entries.append(.people(phrase.people, line: line, inherited: false)) }
        if let deadline = phrase.deadline { entries.append(.deadline(deadline, line: line, inherited: false)) }
    }

    private func endsSentence(_ text: FoldedText) -> Bool {
        guard let last = text.folded.last else { return false }
        return "。;!?".contains(last)
    }
}
