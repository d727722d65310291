import TaizhangModel
import TaizhangWords

/// A task's units and roles as one line to correct in a prompt (`U`), the way plans write
/// them: `市司法局（牵头）、市政府办公室、市财政局（配合）`. A role is a word in brackets after a
/// name, in either language; brackets that hold no role word are part of the name (各区政府
/// （管委会）). A plain name is responsible (负责).
public enum UnitListText {
    /// The units as the prompt starts with them, in the interface language.
    public static func format(_ units: [UnitAssignment], language: Language) -> String {
        let (open, close) = language == .chinese ? ("（", "）") : (" (", ")")
        return units.map { unit in
            unit.role == .responsible ? unit.name : unit.name + open + unit.role.words(language) + close
        }.joined(separator: language == .chinese ? "、" : ", ")
    }

    /// The units typed, in order; empty text gives none.
    public static func parse(_ text: String) -> [UnitAssignment] {
        text.split(whereSeparator: { separators.contains($0) }).compactMap { piece in
            var name = Substring(piece).trimmingSpaces
            var role = UnitRole.responsible
            if let (found, rest) = trailingRole(name) {
                role = found
                name = rest.trimmingSpaces
            }
            return name.isEmpty ? nil : UnitAssignment(name: String(name), role: role)
        }
    }

    private static let separators: Set<Character> = ["、", "，", ",", "；", ";", "\n"]

    /// Every word that names a role: both languages' words and the plans' own.
    private static let roleWords: [String: UnitRole] = {
        var words: [String: UnitRole] = [
            "牵头单位": .lead, "责任单位": .responsible, "负责落实": .responsible, "按职能分工落实": .supporting, "协同": .supporting,
            "配合单位": .supporting, "参照落实": .reference, "参照执行": .reference, "resp.": .responsible, "supp.": .supporting,
            "ref.": .reference,
        ]
        for role in UnitRole.allCases {
            for language in Language.allCases { words[role.words(language)] = role }
        }
        return words
    }()

    /// A role word in brackets at the end of `text`, and what comes before it.
    private static func trailingRole(_ text: Substring) -> (UnitRole, Substring)? {
        guard let close = text.last, close == "）" || close == ")" else { return nil }
        guard let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        let word = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces.lowercased()
        guard let role = roleWords[String(word)] else { return nil }
        return (role, text[..<open])
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var slice = self
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
