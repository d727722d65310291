import TaizhangModel

/// Reads a responsible-units cell (牵头落实单位) into named units with roles.
///
/// A cell is a list of groups separated by `；`/`;` or line breaks; a group may start with a
/// label (`牵头单位：`) and hold clauses separated by `，`/`,`
/// (`市卫生健康局、市政务服务数据管理局牵头，市直其他单位按职能分工落实`); a clause names units
/// separated by `、` and may end in a role phrase. Names are kept verbatim: 各区政府（管委会） and
/// 各区政府 are different bodies and stay different units.
public enum UnitCellParser {
    public static func parse(_ cell: String) -> [UnitAssignment] {
        parse(cell, defaultRole: .responsible)
    }

    /// `defaultRole` is what a plain name gets: a 牵头单位 column makes its names leads.
    static func parse(_ cell: String, defaultRole: UnitRole) -> [UnitAssignment] {
        var result: [UnitAssignment] = []
        var seen: Set<String> = []
        for group in split(cell, on: ["；", ";", "\n", "。"]) {
            let (labelRole, body) = label(of: group)
            for clause in split(body, on: ["，", ","]) {
                let (names, role) = roleOf(clause)
                for name in split(names, on: ["、", " ", "\u{3000}"]) where !seen.contains(name) {
                    seen.insert(name)
                    result.append(UnitAssignment(name: name, role: role ?? labelRole ?? defaultRole))
                }
            }
        }
        return result
    }

    /// Labels that outlines and some tables put before the names: `牵头单位：`, `责任单位:`.
    private static let labels: [(String, UnitRole)] = [
        ("牵头及责任单位", .responsible), ("牵头落实单位", .responsible),
        ("牵头单位", .lead), ("牵头部门", .lead), ("责任单位", .responsible), ("责任部门", .responsible),
        ("落实单位", .responsible), ("配合单位", .supporting), ("协办单位", .supporting), ("配合部门", .supporting),
        ("参照单位", .reference), ("参照执行单位", .reference),
    ]

    private static func label(of group: String) -> (UnitRole?, String) {
        guard let colon = group.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return (nil, group) }
        let name = PlanText.trimmed(group[..<colon])
        guard let role = labels.first(where: { $0.0 == name })?.1 else { return (nil, group) }
        return (role, String(group[group.index(after: colon)...]))
    }

    /// Role phrases at the end of a clause, longest first so 参照落实 is not read as 落实.
    private static let phrases: [(String, UnitRole)] = [
        ("按职能职责分工落实", .supporting), ("按职能分工落实", .supporting), ("按职责分工落实", .supporting),
        ("按职责分工负责", .supporting), ("牵头负责", .lead), ("牵头落实", .lead), ("负责落实", .responsible),
        ("配合落实", .supporting), ("参照落实", .reference), ("参照执行", .reference), ("牵头", .lead),
        ("负责", .responsible), ("配合", .supporting), ("协助", .supporting), ("协办", .supporting),
        ("落实", .responsible), ("参照", .reference),
    ]

    /// Strips a trailing role phrase (and 等单位) and says which role it gave, nil for none.
    private static func roleOf(_ clause: String) -> (String, UnitRole?) {
        var text = PlanText.trimmed(clause)
        var role: UnitRole?
        if let (phrase, phraseRole) = phrases.first(where: { text.hasSuffix($0.0) && text.count > $0.0.count }) {
            text.removeLast(phrase.count)
            role = phraseRole
        }
        for suffix in ["等单位", "等部门"] where text.hasSuffix(suffix) {
            text.removeLast(suffix.count)
            role = role == .lead ? .lead : .supporting
        }
        return (text, role)
    }

    /// Whether a cell reads as a list of units rather than task prose: every name ends the
    /// way the names of bodies end (局, 办, 政府, 单位 …), or the cell carries role words.
    static func looksLikeUnits(_ cell: String) -> Bool {
        let text = PlanText.trimmed(cell)
        guard !text.isEmpty, text.count <= 120, !text.contains("。") else { return false }
        let units = parse(text)
        guard !units.isEmpty, units.allSatisfy({ $0.name.count <= 30 }) else { return false }
        if labels.contains(where: { text.hasPrefix($0.0) }) { return true }
        return units.allSatisfy { looksLikeName($0.name) }
    }

    private static let nameEndings: Set<Character> = [
        "局", "办", "委", "厅", "院", "会", "部", "处", "科", "室", "站", "所", "心", "府", "位", "门",
        "司", "团", "队", "组", "道", "镇", "乡", "县", "区", "市", "构", "行", "联", "关", "署", "馆",
        "台", "社", "街", "校", "园", "庭", "办", "省",
    ]

    private static func looksLikeName(_ name: String) -> Bool {
        var text = Substring(name)
        // 各区政府（管委会）: the body is named before the bracket.
        if text.last == "）" || text.last == ")", let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }) {
            text = text[..<open]
        }
        guard let last = text.last else { return false }
        return nameEndings.contains(last)
    }

    /// Splits on any of `separators` outside brackets, trimming and dropping empty pieces, so
    /// a name such as 各区政府（管委会、园区） is never cut apart.
    static func split(_ text: String, on separators: Set<Character>) -> [String] {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "（", "(", "【", "[": depth += 1
            case "）", ")", "】", "]": depth = max(0, depth - 1)
            default: break
            }
            if depth == 0, separators.contains(character) {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces.map(PlanText.trimmed).filter { !$0.isEmpty }
    }
}
