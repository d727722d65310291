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

    init(pieces: [Piece], roles: LevelRoles) {
        self.pieces = pieces
        self.roles = roles
    }

    var lastItemIndex: Int? { pieces.lastIndex { $0.label != nil || $0.more.count > 0 } }

    mutating func emit() -> [Entry] {
        for index in pieces.indices { emit(pieces[index], isLast: index == pieces.count - 1) }
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
                entries.append(.front(piece.text.text, line: piece.line))
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
        if let found = TrailingClause.find(in: title, atDocumentEnd: isLast && rest.isEmpty, defaultRole: unitRole, roleMemory: roleMemory) {
            title = found.body
            units = found.phrase
        }
        let text = title.closingWrapGaps.text
        if role == .area {
            entries.append(.area(label: label, title: text, line: piece.line, inherited: false))
        } else {
            entries.append(.section(label: label, title: text, line: piece.line, inherited: false))
        }
        if let units { entries.append(.headingUnits(units, line: piece.line)) }
        lastTaskUnlabelled = false
        for (offset, paragraph) in rest.enumerated() {
            let last = isLast && offset == rest.count - 1
            unlabelled(Piece(kind: .plain, text: paragraph.text, line: paragraph.line), isLast: last)
        }
    }

    private mutating func task(text: FoldedText, label: Label?, line: Int, isLast: Bool) {
        var body = text
        var clause: TrailingClause.Found?
        if let found = TrailingClause.find(in: text, atDocumentEnd: isLast, defaultRole: unitRole, roleMemory: roleMemory) {
            body = found.body
            clause = found
        }
        entries.append(.task(label: label, text: body.text, line: line))
        lastTaskUnlabelled = label == nil
        if let clause {
            if !clause.cut, !clause.phrase.groupRoles.isEmpty { roleMemory = clause.phrase.groupRoles }
            let phrase = clause.phrase
            if !phrase.units.isEmpty || !phrase.standing.isEmpty || phrase.firstListedLeads {
                entries.append(.clause(phrase, line: line))
            }
            if !phrase.people.isEmpty { entries.append(.people(phrase.people, line: line, inherited: false)) }
            if let deadline = phrase.deadline { entries.append(.deadline(deadline, line: line, inherited: false)) }
        }
    }

    private mutating func plain(_ piece: Piece, isLast: Bool) {
        if inPreamble {
            entries.append(.preamble(piece.text.text, line: piece.line))
        } else if !inBody {
            entries.append(.front(piece.text.text, line: piece.line))
        } else {
            unlabelled(piece, isLast: isLast)
        }
    }

    /// A paragraph in the body with no label: a task when it ends in a unit clause or its
    /// sibling before it had no label either; else text the reading could not place.
    private mutating func unlabelled(_ piece: Piece, isLast: Bool) {
        let text = piece.joined
        if lastTaskUnlabelled || TrailingClause.find(in: text, atDocumentEnd: false, defaultRole: unitRole, roleMemory: roleMemory) != nil {
            task(text: text, label: nil, line: piece.line, isLast: isLast)
        } else if entries.contains(where: { if case .task = $0 { true } else { false } }) {
            entries.append(.unplaced(text.text, line: piece.line))
        } else {
            entries.append(.preamble(text.text, line: piece.line))
        }
    }

    private mutating func fields(_ phrase: UnitPhrase, line: Int, cut: Bool = false) {
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
