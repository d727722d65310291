import TaizhangModel

/// A clause that assigns units to every task from here on instead of repeating them in each
/// task: `以下均需各县市区落实,不再逐一列出`, `各项任务均涉及各县区政府`, `均涉及相关市(州)人民政府,
/// 不再做分工,下同`, `各区政府为各项任务的责任单位,以下不再列出`. Plans use it to keep their
/// lists short; the units are real assignments and must reach every task the clause names.
///
/// Plans phrase it in many ways, so the grammar reads the family, not the sentences: a clause
/// that names units with a word for "all" (`均`, `都`, `各项任务`, `以下`) and says so for the
/// tasks after it — by its scope (`以下…`, `各项任务…`) or by a closing clause (`不再…列出`,
/// `不再做分工`, `下同`). The closing clauses are never units.
enum StandingClause {
    struct Found {
        var units: [UnitAssignment]
        /// The clause with its closing clauses and their punctuation, in the text searched.
        var range: Range<Int>
        var reach: Reach
    }

    /// Which tasks a standing clause reaches, as its words say.
    enum Reach: Equatable, Sendable {
        /// `以下…`: the tasks after it.
        case later
        /// `…,下同`, `…,不再做分工`: the task whose clause says it and the tasks after it.
        case fromHere
        /// `各项任务均…`, `所有任务…`: every task of the plan, wherever it is said.
        case all
    }

    /// Words that open a scope over tasks: `以下任务…`, `各项工作…`.
    static let scopes = ["以下", "下列", "各项", "所有", "全部", "每项", "上述", "此后", "后续", "凡"]
    /// What the scope is over: `以下各项任务的…`.
    static let scoped = ["各项", "任务", "工作", "事项", "内容", "重点", "均", "的"]
    /// `均需`, `都由`: "all" followed by a verb; the verb tells `均` from the 都 of 成都市.
    static let quantifiers: Set<Character> = ["均", "都", "皆"]
    static let quantifiedVerbs = [
        "需要", "要求", "涉及", "作为", "承担", "需", "须", "要", "应", "由", "为", "是", "有", "负责", "落实", "参与", "配合",
    ]

    /// Characters one of which every standing clause holds: an "all", 为/是, or the first of a
    /// scope word. Most text has none of the words, and is passed over at a glance.
    private static let triggers: Set<Character> = Set("均都皆为是") .union(scopes.compactMap(\.first))

    /// The first standing clause in `text`, if any.
    static func find(in text: FoldedText) -> Found? {
        guard text.folded.contains(where: triggers.contains) else { return nil }
        let clauses = text.clauseRanges(on: [",", ";", "。"])
        for (index, range) in clauses.enumerated() {
            var closing = index + 1
            while closing < clauses.count, isClosing(text[clauses[closing]]) { closing += 1 }
            let closed = closing > index + 1
            guard let units = units(in: text[range], closed: closed), !units.isEmpty else { continue }
            var end = closed ? clauses[closing - 1].upperBound : range.upperBound
            while end < text.count, ",。;".contains(text.folded[end]) || Fold.isBlank(text.folded[end]) { end += 1 }
            // `凡涉及各县的工作,均由各县政府负责落实`: the scope before it belongs to the clause.
            var start = range.lowerBound
            if index > 0, scopes.contains(where: text[clauses[index - 1]].hasPrefix) { start = clauses[index - 1].lowerBound }
            let said = text[start..<end]
            let reach: Reach = ["以下", "下列", "此后", "后续"].contains(where: said.hasPrefix) ? .later
                : ["各项", "所有", "全部", "每项"].contains(where: said.contains) ? .all : .fromHere
            return Found(units: units, range: start..<end, reach: reach)
        }
        return nil
    }

    /// `不再逐一列出`, `不再做分工`, `下同`: says the clause before it holds from here on.
    static func isClosing(_ clause: FoldedText) -> Bool {
        guard clause.count <= 20, clause.contains("不再") || clause.contains("同") || clause.contains("下略") else { return false }
        let key = FieldLabel.key(clause.foldedText).filter { !"。.;,".contains($0) }
        if ["下同", "以下同", "后同", "下略"].contains(key) { return true }
        for opener in ["以下不再", "下面不再", "后面不再", "后文不再", "不再"] where key.hasPrefix(opener) {
            return key.count <= 14 && !key.contains("要")
        }
        return false
    }

    /// The units of one clause when it reads as standing: a scope with "all", or "all" in a
    /// clause closed by `不再…`/`下同`.
    private static func units(in clause: FoldedText, closed: Bool) -> [UnitAssignment]? {
        var body = clause.trimmed
        // `注:`, `说明:`: a note's label is no part of what it says.
        if let colon = body.folded.prefix(4).firstIndex(of: ":"), colon > 0, FieldLabel.split(body) == nil {
            body = body[(colon + 1)..<body.count].trimmed
        }
        var scoped = false
        while let scope = scopes.first(where: { body.hasPrefix($0) && body.count > $0.count }) {
            body = body[scope.count..<body.count]
            scoped = true
            while let word = Self.scoped.first(where: { body.hasPrefix($0) && body.count > $0.count && $0 != "均" }) {
                body = body[word.count..<body.count]
            }
        }
        if let (before, verb, after) = quantified(body, scoped: scoped), scoped || closed {
            return assignments(before: before, verb: verb, after: after)
        }
        // `各区政府为各项任务的责任单位`, `…是各项工作的责任主体`: no 均, the scope after the verb.
        for verb in ["作为", "为", "是"] {
            guard let at = body.index(of: verb), at > 1 else { continue }
            let after = body[(at + verb.count)..<body.count]
            let hasScope = scopes.contains { after.contains($0) } || after.contains("任务")
            if hasScope || closed, let role = labelRole(after) {
                return names(body[0..<at], role: role)
            }
        }
        return nil
    }

    /// `X均需Y落实` cut at its "all" and verb; after a scope the verb alone will do
    /// (`以下任务由各县区负责`).
    private static func quantified(_ body: FoldedText, scoped: Bool) -> (FoldedText, String, FoldedText)? {
        if scoped, let verb = quantifiedVerbs.first(where: body.hasPrefix) {
            return (FoldedText(""), verb, body[verb.count..<body.count].trimmed)
        }
        for index in 0..<body.count where quantifiers.contains(body.folded[index]) {
            let rest = body[(index + 1)..<body.count]
            guard let verb = quantifiedVerbs.first(where: rest.hasPrefix) else { continue }
            return (body[0..<index].trimmed, verb, rest[verb.count..<rest.count].trimmed)
        }
        return nil
    }

    private static func assignments(before: FoldedText, verb: String, after: FoldedText) -> [UnitAssignment]? {
        // `均为责任单位`, `均为配合单位`: the names stand before the verb.
        if verb == "为" || verb == "是" || verb == "作为", let role = labelRole(after) { return names(before, role: role) }
        if let role = RolePhrase.verbs.first(where: { $0.0 == verb })?.1 { return names(before, role: role) }
        let (list, role) = RolePhrase.strip(after)
        if !list.isEmpty { return names(list, role: role ?? .responsible) }
        return names(before, role: role ?? .responsible)
    }

    /// `各项任务的责任单位`, `牵头单位`: the role the longest field name ending the text gives.
    private static func labelRole(_ text: FoldedText) -> UnitRole? {
        var key = FieldLabel.key(text.foldedText)
        while let last = key.last, "。.;,".contains(last) { key.removeLast() }
        let names = FieldLabel.meanings.keys.filter { key.hasSuffix($0) }.sorted { $0.count > $1.count }
        guard let name = names.first, case .units(let role)? = FieldLabel.meanings[name] else { return nil }
        return role
    }

    private static func names(_ list: FoldedText, role: UnitRole) -> [UnitAssignment]? {
        let names = UnitName.names(in: list)
        // `第一责任单位为牵头单位` names a rule, not a unit.
        func isName(_ name: FoldedText) -> Bool {
            let key = name.foldedText
            let bare = key.hasPrefix("第一") ? String(key.dropFirst(2)) : key
            return name.count <= 24 && UnitName.looksComplete(key) && FieldLabel.meaning(of: bare) == nil
        }
        guard !names.isEmpty, names.allSatisfy(isName) else { return nil }
        return names.map { UnitAssignment(name: $0.text, role: role) }
    }
}
