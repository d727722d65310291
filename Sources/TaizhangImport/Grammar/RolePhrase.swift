import TaizhangModel

/// The words after a list of units that say what the units do. Plans combine a few words
/// freely — `牵头`, `分别牵头`, `负责落实`, `分别负责落实`, `按职责分工负责`, `配合落实`,
/// `参照执行`, `牵头抓总` — so the grammar reads a run of role words from the end of the
/// clause, whatever their order, instead of listing every combination: the verbs in the run
/// give the role (牵头 over 参照 over 配合 over 负责), the modifiers (分别, 共同, 按职责分工)
/// give none.
enum RolePhrase {
    /// Verbs that give a role; longest first so 参照执行 is not read as 执行 alone.
    static let verbs: [(String, UnitRole)] = [
        ("牵头", .lead), ("统筹", .lead), ("主抓", .lead), ("抓总", .lead), ("主办", .lead),
        ("参照", .reference),
        ("配合", .supporting), ("协助", .supporting), ("协办", .supporting), ("协同", .supporting), ("参与", .supporting),
        ("负责", .responsible), ("落实", .responsible), ("执行", .responsible), ("实施", .responsible), ("承办", .responsible),
        ("办理", .responsible),
    ]

    /// Words inside a run of role words that give no role of their own.
    static let modifiers = [
        "按照职责分工", "按职能职责分工", "按职责分工", "按职能分工", "根据职责", "按照职责", "按职责", "按职能", "各自", "分别",
        "共同", "具体", "组织", "抓好", "做好", "认真", "积极", "切实",
    ]

    /// `按职能分工落实` beside a lead names the units that support it: the bundled plan's usage.
    static let supportingRuns: Set<String> = ["按职能分工落实", "按职能职责分工落实"]

    /// `等`-tails that close a list without being part of a name.
    static let etcetera = [
        "等有关单位", "等有关部门", "等相关单位", "等相关部门", "等单位", "等部门", "等",
    ]

    /// The clause without its trailing role words and 等-tail, and the role they give.
    static func strip(_ clause: FoldedText) -> (names: FoldedText, role: UnitRole?) {
        var text = clause.trimmed
        while text.hasSuffix("。") || text.hasSuffix(".") { text = text[0..<(text.count - 1)].trimmed }
        if text.hasPrefix("由"), text.count > 2 { text = text[1..<text.count].trimmed }
        let (end, role) = roleRun(in: text)
        text = text[0..<end].trimmed
        for tail in etcetera where text.hasSuffix(tail) && text.count > tail.count {
            text = text[0..<(text.count - tail.count)].trimmed
            break
        }
        return (text, role)
    }

    /// Where the run of role words at the end of `text` starts, and the role it gives; the
    /// whole text when there is no run. A run never takes the whole clause: `负责` alone is a
    /// clause without names.
    static func roleRun(in text: FoldedText) -> (start: Int, role: UnitRole?) {
        let found = run(in: text, end: text.count)
        if found.role != nil || text.count < 5 { return found }
        // A word the grammar does not know after the words that say who does the work
        // (`牵头推进`, `按职责分工推进`, a mirror's `牵头卖力`): the run still ends the names,
        // when whole names stand before it.
        var tolerant = run(in: text, end: text.count - 2)
        let head = text[0..<(text.count - 2)]
        if tolerant.role == nil, let division = divisions.first(where: { head.hasSuffix($0) && head.count > $0.count }) {
            tolerant = (head.count - division.count, .responsible)
        }
        guard tolerant.role != nil, tolerant.start > 0, strongWords.contains(where: text[tolerant.start..<text.count].contains),
            let last = UnitName.names(in: text[0..<tolerant.start]).last, UnitName.looksComplete(last.foldedText)
        else { return found }
        return tolerant
    }

    /// Words that say who does the work whatever verb follows them.
    static let strongWords = ["牵头", "负责", "配合", "协助", "按职责", "按职能", "按照职责"]
    static let divisions = ["按照职责分工", "按职责分工", "按职能分工"]

    private static func run(in text: FoldedText, end: Int) -> (start: Int, role: UnitRole?) {
        var start = end
        var roles: [UnitRole] = []
        while start > 0 {
            let before = text[0..<start]
            if let verb = verbs.first(where: { before.hasSuffix($0.0) && start > $0.0.count }) {
                roles.append(verb.1)
                start -= verb.0.count
            } else if !roles.isEmpty, let modifier = modifiers.first(where: { before.hasSuffix($0) && start > $0.count }) {
                // A modifier counts only before a verb: `分别负责`, never a bare `分别`.
                start -= modifier.count
            } else {
                break
            }
        }
        guard !roles.isEmpty else { return (text.count, nil) }
        if supportingRuns.contains(text[start..<end].foldedText) { return (start, .supporting) }
        let role = [UnitRole.lead, .reference, .supporting].first(where: roles.contains) ?? .responsible
        return (start, role)
    }

    /// Guangdong's `X会办Y`: X leads, Y works with it.
    /// `宣传处会办公室` is 宣传处 with 办公室 (会 alone, before an office's name).
    static func coHandling(_ clause: FoldedText) -> (lead: FoldedText, supporting: FoldedText)? {
        guard let at = clause.index(of: "会办"), at > 1, at + 2 < clause.count else { return nil }
        let verb = clause.index(of: "会办公", from: at) == at ? 1 : 2
        let lead = clause[0..<at]
        let supporting = clause[(at + verb)..<clause.count]
        guard UnitName.looksComplete(lead.foldedText), UnitName.looksComplete(supporting.foldedText) else { return nil }
        return (lead, supporting)
    }
}
