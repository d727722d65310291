/// Reads a responsible-units cell (牵头落实单位) into named units with roles.
///
/// A cell is a list of groups separated by `；`; a group may hold clauses separated by `，`
/// (`市卫生健康局、市政务服务数据管理局牵头，市直其他单位按职能分工落实`); a clause names units
/// separated by `、` and may end in a role phrase. Names are kept verbatim: 各区政府（管委会） and
/// 各区政府 are different bodies and stay different units.
public enum UnitCellParser {
    public static func parse(_ cell: String) -> [UnitAssignment] {
        var result: [UnitAssignment] = []
        var seen: Set<String> = []
        for group in split(cell, on: ["；", ";"]) {
            for clause in split(group, on: ["，", ","]) {
                let (names, role) = roleOf(clause)
                for name in split(names, on: ["、"]) where !seen.contains(name) {
                    seen.insert(name)
                    result.append(UnitAssignment(name: name, role: role))
                }
            }
        }
        return result
    }

    /// Strips a trailing role phrase and says which role it gave.
    private static func roleOf(_ clause: String) -> (String, UnitRole) {
        var text = clause
        var role = UnitRole.responsible
        if text.hasSuffix("牵头") {
            text.removeLast(2)
            role = .lead
        }
        for suffix in ["按职能分工落实", "按职责分工落实"] where text.hasSuffix(suffix) {
            text.removeLast(suffix.count)
            role = .supporting
        }
        if text.hasSuffix("等单位") {
            text.removeLast(3)
            role = .supporting
        }
        return (text, role)
    }

    /// Splits on any of `separators` outside brackets, trimming and dropping empty pieces, so
    /// a name such as 各区政府（管委会、园区） is never cut apart.
    private static func split(_ text: String, on separators: Set<Character>) -> [String] {
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
