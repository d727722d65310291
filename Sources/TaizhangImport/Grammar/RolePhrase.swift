import TaizhangModel

/// The words after a list of units that say what the units do: `牵头`, `负责`, `配合`,
/// `按职责分工负责`, `参照落实`. Longest first, so 参照落实 is not read as 落实.
enum RolePhrase {
    static let suffixes: [(String, UnitRole)] = [
        ("按职能职责分工落实", .supporting), ("按职能分工落实", .supporting),
        ("按职责分工分别负责", .responsible), ("按职责分工负责", .responsible), ("按职责分工落实", .responsible),
        ("按职责负责", .responsible), ("按职责落实", .responsible), ("分别牵头", .lead), ("共同牵头", .lead),
        ("牵头负责", .lead), ("牵头落实", .lead), ("牵头抓总", .lead), ("分别负责", .responsible), ("共同负责", .responsible),
        ("具体负责", .responsible), ("负责落实", .responsible), ("抓好落实", .responsible), ("组织实施", .responsible),
        ("配合落实", .supporting), ("协助落实", .supporting), ("参照落实", .reference), ("参照执行", .reference),
        ("牵头", .lead), ("统筹", .lead), ("负责", .responsible), ("落实", .responsible), ("配合", .supporting),
        ("协助", .supporting), ("协办", .supporting), ("协同", .supporting), ("参与", .supporting), ("参照", .reference),
    ]

    /// `等`-tails that close a list without being part of a name.
    static let etcetera = [
        "等有关单位", "等有关部门", "等相关单位", "等相关部门", "等单位", "等部门", "等", 
    ]

    /// The clause without its trailing role phrase and 等-tail, and the role the phrase gives.
    static func strip(_ clause: FoldedText) -> (names: FoldedText, role: UnitRole?) {
        var text = clause.trimmed
        while text.hasSuffix("。") || text.hasSuffix(".") { text = text[0..<(text.count - 1)].trimmed }
        var role: UnitRole?
        if let (phrase, phraseRole) = suffixes.first(where: { text.hasSuffix($0.0) && text.count > $0.0.count }) {
            text = text[0..<(text.count - phrase.count)].trimmed
            role = phraseRole
        }
        for tail in etcetera where text.hasSuffix(tail) && text.count > tail.count {
            text = text[0..<(text.count - tail.count)].trimmed
            break
        }
        return (text, role)
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
