import TaizhangModel

/// The one unit-phrase grammar: whatever says who does a task, in a clause after the task's
/// text, on a line under it, or in a table cell. It reads groups separated by `;` or `。`,
/// each perhaps opening with a field label (`牵头单位:`), of clauses separated by `,`, each a
/// list of names perhaps closed by a role phrase (`牵头`, `按职责分工负责`). Persons named
/// for the task (`分管省领导:林克庆`) are kept apart from units; posts (`分管副省长`) are
/// neither; a deadline inside the clause (`6月底完成`) is the task's deadline.
struct UnitPhrase: Equatable, Sendable {
    var units: [UnitAssignment] = []
    var people: [String] = []
    var deadline: String?
    /// Units a standing clause (`以下均需X落实`, `…均涉及X,不再做分工,下同`) adds to the tasks it
    /// reaches, and the clause as printed.
    var standing: [UnitAssignment] = []
    var standingClause = ""
    /// Which tasks the standing units reach.
    var standingReach = StandingClause.Reach.later
    /// `…。逗号前为牵头单位,…,下同`: from here on the units before the first comma lead.
    var beforeCommaLeads = false
    /// How many units the first comma-separated list gave (what `beforeCommaLeads` makes leads).
    var firstListCount: Int?
    /// `(第一责任单位为牵头单位,下同)`: from here on the first-listed unit leads.
    var firstListedLeads = false
    /// A label, a role word or a person's field was read: this is a unit phrase, not prose.
    var hasMarkers = false
    /// Every name read looks like the name of a body.
    var allNamesComplete = true
    /// The role each group of names got, in order, for reading a later clause the copy cut off.
    var groupRoles: [UnitRole] = []
    /// Names dropped because the copy stops inside them.
    var cutFragments: [String] = []

    var isEmpty: Bool { units.isEmpty && people.isEmpty && deadline == nil && standing.isEmpty }

    /// Whether the text reads as a statement of units rather than prose.
    var isUnitStatement: Bool { !isEmpty && (hasMarkers || (allNamesComplete && !units.isEmpty)) }

    /// - Parameters:
    ///   - defaultRole: what a plain name gets (a 牵头单位 column makes its names leads).
    ///   - cut: the copy of the document stops inside this phrase: its last name may be a
    ///     fragment, and its last group may have lost its role word.
    ///   - cutRoles: the roles earlier clauses gave their groups, by position.
    static func parse(
        _ text: FoldedText, defaultRole: UnitRole = .responsible, cut: Bool = false, cutRoles: [UnitRole] = []
    ) -> UnitPhrase {
        var phrase = UnitPhrase()
        var body = Annotations.removing(from: text, into: &phrase)
        body = Annotations.removingCommaRule(from: body, into: &phrase)
        if let found = StandingClause.find(in: body) {
            phrase.takeStanding(found, in: body)
            body = body[0..<found.range.lowerBound] + body[found.range.upperBound..<body.count]
        }
        // What is left of a standing clause's family is never a unit: `不再做分工`, `下同`.
        body = FoldedText.joining(body.clauseRanges(on: [","]).map { body[$0] }.filter { !StandingClause.isClosing($0) }, with: ",")
        let groups = body.split(on: [";", "。", "\n"])
        for (groupIndex, group) in groups.enumerated() {
            var labelRole: UnitRole?
            var content = group
            if let (meaning, rest) = FieldLabel.split(group) {
                phrase.hasMarkers = true
                switch meaning {
                case .people:
                    phrase.people += People.names(in: rest)
                    continue
                case .deadline:
                    if !rest.isEmpty { phrase.deadline = rest.text }
                    continue
                case .units(let role):
                    labelRole = role
                    content = rest
                }
            }
            let clauses = content.split(on: [","])
            // `X牵头,A、B等部门,C配合`: a list between two roles, with none of its own, is
            // a long list broken by a comma and takes the role after it.
            let said = clauses.map { RolePhrase.strip($0).role }
            for (clauseIndex, labelled) in clauses.enumerated() {
                let isLast = cut && groupIndex == groups.count - 1 && clauseIndex == clauses.count - 1
                var clause = labelled
                // `牵头单位:X,责任单位:Y`: a label may open any clause.
                if clauseIndex > 0, let (meaning, rest) = FieldLabel.split(labelled) {
                    switch meaning {
                    case .units(let role):
                        labelRole = role
                        clause = rest
                    case .people:
                        phrase.people += People.names(in: rest)
                        continue
                    case .deadline:
                        if !rest.isEmpty { phrase.deadline = rest.text }
                        continue
                    }
                }
                if DeadlineGrammar.isDeadlinePhrase(clause.foldedText) {
                    phrase.deadline = clause.text
                    phrase.hasMarkers = true
                    continue
                }
                if let (lead, supporting) = RolePhrase.coHandling(clause) {
                    phrase.hasMarkers = true
                    phrase.add(UnitName.names(in: lead), role: .lead, cut: false)
                    phrase.add(UnitName.names(in: supporting), role: .supporting, cut: false)
                    continue
                }
                let (names, phraseRole) = RolePhrase.strip(clause)
                if phraseRole != nil { phrase.hasMarkers = true }
                var role = phraseRole ?? labelRole ?? defaultRole
                if phraseRole == nil, labelRole == nil, said[..<clauseIndex].contains(where: { $0 != nil }),
                    let next = said[(clauseIndex + 1)...].first(where: { $0 != nil }) ?? nil
                {
                    role = next
                }
                if isLast, phraseRole == nil, labelRole == nil {
                    let position = phrase.groupRoles.count
                    if position < cutRoles.count { role = cutRoles[position] } else if position > 0 { role = .responsible }
                }
                phrase.add(UnitName.names(in: names), role: role, cut: isLast)
                if groupIndex == 0, clauseIndex == 0 { phrase.firstListCount = phrase.units.count }
            }
        }
        return phrase
    }

    /// The phrase's standing clause alone, for where it stands outside any task.
    var standingOnly: UnitPhrase {
        var phrase = UnitPhrase()
        phrase.standing = standing
        phrase.standingClause = standingClause
        phrase.hasMarkers = true
        // Said outside any task, `下同` reaches the tasks after it.
        phrase.standingReach = standingReach == .all ? .all : .later
        return phrase
    }

    mutating func takeStanding(_ found: StandingClause.Found, in text: FoldedText) {
        standing = found.units
        standingClause = text[found.range].trimmed.text
        standingReach = found.reach
        hasMarkers = true
    }

    private mutating func add(_ names: [FoldedText], role: UnitRole, cut: Bool) {
        var names = names
        if cut, let last = names.last {
            // The copy stops inside this name: keep it only if it reads whole.
            let trimmedBracket = Annotations.droppingUnclosedBracket(last)
            if trimmedBracket.count < last.count, UnitName.looksComplete(trimmedBracket.foldedText) {
                names[names.count - 1] = trimmedBracket
            } else if !UnitName.looksComplete(last.foldedText), names.count > 1 || !units.isEmpty || last.count < 4 {
                // A fragment is kept as printed only when it is the phrase's one name and long
                // enough to tell the unit (`牵头单位:市人力资源社会保`); `市`, `区政` are not.
                cutFragments.append(last.text)
                names.removeLast()
            }
        }
        var added = false
        for name in names {
            let key = name.foldedText
            // A post, or a field's label with nothing after it (`(牵头单位` where the copy
            // stops): no unit.
            if UnitName.isPost(key) || FieldLabel.meaning(of: key) != nil {
                hasMarkers = true
                continue
            }
            if !UnitName.looksComplete(key) { allNamesComplete = false }
            guard !units.contains(where: { $0.name == name.text }) else { continue }
            units.append(UnitAssignment(name: name.text, role: role))
            added = true
        }
        if added { groupRoles.append(role) }
    }
}

/// Persons named for a task: `林克庆`, `金力。`, `吴 伟` (a name padded to three columns).
enum People {
    static func names(in text: FoldedText) -> [String] {
        if let padded = paddedRun(text) { return padded }
        return text.closingWrapGaps.split(on: ["、", ",", ";", " "]).map { UnitName.clean($0).text }.filter { !$0.isEmpty }
            .map { String($0.filter { !Fold.isBlank($0) }) }
    }

    /// `陆 明俞 悦`: two-character names each padded to three columns, run together in one
    /// cell. Split at the blanks, the pieces are one character, then pairs, then one; each
    /// name is a piece's last character with the next piece's first.
    static func paddedRun(_ text: FoldedText) -> [String]? {
        let pieces = text.trimmed.folded.split(whereSeparator: Fold.isBlank)
        guard pieces.count >= 3, pieces.first?.count == 1, pieces.last?.count == 1,
            pieces.dropFirst().dropLast().allSatisfy({ $0.count == 2 }), pieces.allSatisfy({ $0.allSatisfy(Fold.isHan) })
        else { return nil }
        return (0..<(pieces.count - 1)).map { String(pieces[$0].last!) + String(pieces[$0 + 1].first!) }
    }

    /// Whether a short cell is a person's name: two or three Han characters (a blank inside
    /// allowed, `吴 伟`), not a unit, a deadline or a number. Four-character phrases are far
    /// more often titles (`聚力攻坚`) than names.
    static func looksLikePerson(_ text: FoldedText) -> Bool {
        let characters = text.folded.filter { !Fold.isBlank($0) }
        guard (2...3).contains(characters.count), characters.allSatisfy(Fold.isHan) else { return false }
        let key = String(characters)
        return !UnitName.looksComplete(key) && !DeadlineGrammar.isDeadlinePhrase(key) && !UnitName.isPost(key)
    }
}

/// Bracketed notes inside a unit phrase that are not units.
enum Annotations {
    /// Removes `(见附件1,下同)` and the like; `(第一责任单位为牵头单位,下同)` sets the rule
    /// that the first-listed unit leads.
    static func removing(from text: FoldedText, into phrase: inout UnitPhrase) -> FoldedText {
        var result = text
        var search = 0
        while let open = result.folded[search...].firstIndex(where: { Fold.opening.contains($0) }) {
            guard let close = closingIndex(in: result, from: open) else { break }
            let inside = result[(open + 1)..<close].foldedText
            if inside.contains("牵头"), ["第一", "首位", "首个", "排首", "排前"].contains(where: inside.contains) {
                // `第一责任单位为牵头单位`, `列第一位者为牵头或汇总单位`, `排在首位的为牵头单位`.
                phrase.firstListedLeads = true
                phrase.hasMarkers = true
                result = result[0..<open] + result[(close + 1)..<result.count]
                search = open
            } else if phrase.standing.isEmpty, let found = StandingClause.find(in: result[(open + 1)..<close]) {
                // `(均涉及各县区政府,不再做分工,下同)` in brackets inside the phrase.
                phrase.takeStanding(found, in: result[(open + 1)..<close])
                result = result[0..<open] + result[(close + 1)..<result.count]
                search = open
            } else if inside.contains("见附件") || inside.contains("下同") || inside.hasPrefix("附件") {
                result = result[0..<open] + result[(close + 1)..<result.count]
                search = open
            } else {
                search = close + 1
            }
            if search >= result.count { break }
        }
        return result
    }

    /// `A、B,C、D。逗号前为牵头单位,多个牵头单位的按职责分别牵头,下同`: the sentence is a rule,
    /// not names; it is taken out and the phrase remembers that the list before the first
    /// comma leads.
    static func removingCommaRule(from text: FoldedText, into phrase: inout UnitPhrase) -> FoldedText {
        guard let at = text.index(of: "逗号前"), text.index(of: "牵头", from: at) != nil else { return text }
        var start = at
        while start > 0, !["。", ";", "\n"].contains(text.folded[start - 1]) { start -= 1 }
        var end = at
        while end < text.count, !["。", ";", "\n"].contains(text.folded[end]) { end += 1 }
        phrase.beforeCommaLeads = true
        phrase.hasMarkers = true
        return text[0..<start] + text[min(end + 1, text.count)..<text.count]
    }

    static func closingIndex(in text: FoldedText, from open: Int) -> Int? {
        var depth = 0
        for index in open..<text.count {
            if Fold.opening.contains(text.folded[index]) { depth += 1 }
            if Fold.closing.contains(text.folded[index]) {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// `各区人民政府〈含开发区、` where the copy stops: the name before the open bracket.
    static func droppingUnclosedBracket(_ name: FoldedText) -> FoldedText {
        guard let open = name.folded.lastIndex(where: { Fold.opening.contains($0) }), closingIndex(in: name, from: open) == nil
        else { return name }
        return name[0..<open].trimmed
    }
}
