import TaizhangModel

/// The field names plans put before a colon or head a column with: `牵头单位:`, `责任科室:`,
/// `分管省领导:`, `时限要求:`. One table serves the unit-phrase grammar (labels inside a
/// clause or on a line under a task) and the column roles of a table header.
enum FieldLabel {
    enum Meaning: Equatable, Sendable {
        case units(UnitRole)
        case people
        case deadline
    }

    /// Folded, simplified names. A column or line named 牵头落实单位 lists the units that lead
    /// the work: its plainly named units are leads.
    static let meanings: [String: Meaning] = {
        var table: [String: Meaning] = [:]
        for name in [
            "牵头单位", "牵头部门", "牵头科室", "牵头处室", "牵头责任单位", "主要责任单位", "主责单位", "主办单位", "牵头落实单位",
            "牵头", "牵头单位(部门)", "牵头责任部门", "主责部门",
        ] { table[name] = .units(.lead) }
        for name in [
            "责任单位", "责任部门", "责任科室", "责任处室", "责任股室", "落实单位", "实施单位", "承办单位", "部门分工", "责任主体",
            "牵头及责任单位", "牵头单位及责任单位", "责任单位(部门)", "具体责任单位", "责任单位及部门",
        ] { table[name] = .units(.responsible) }
        for name in [
            "配合单位", "配合部门", "配合科室", "配合处室", "协办单位", "协助单位", "协同单位", "协同责任单位", "协同配合单位",
            "参与单位", "协作单位", "配合责任单位",
        ] { table[name] = .units(.supporting) }
        for name in ["参照单位", "参照执行单位"] { table[name] = .units(.reference) }
        for name in [
            "分管领导", "分管省领导", "分管市领导", "分管区领导", "分管县领导", "牵头负责领导", "牵头领导", "责任领导", "责任人",
            "联系领导", "包保领导", "具体责任人", "区政府分管领导", "市政府分管领导", "县政府分管领导", "牵头市领导", "牵头区领导",
            "牵头县领导", "责任市领导", "责任区领导", "分管负责人",
        ] { table[name] = .people }
        for name in ["时限要求", "完成时限", "完成时间", "时间要求", "时限", "完成期限", "时间节点", "进度安排", "完成时间节点"] {
            table[name] = .deadline
        }
        return table
    }()

    /// A name as compared: folded, without blanks or line breaks inside (`序  号`, `具 体 要 求`).
    static func key(_ text: some StringProtocol) -> String {
        String(Fold.folded(text).filter { !Fold.isBlank($0) && $0 != "\n" && $0 != "*" && $0 != "＊" })
    }

    /// No field name is longer than this many UTF-8 bytes, blanks and all: a longer text is
    /// not looked up (folding a paragraph to learn it names no field is most of an import).
    static let longestName = 96

    static func meaning(of name: some StringProtocol) -> Meaning? {
        name.utf8.count <= longestName ? meanings[key(name)] : nil
    }

    /// `牵头单位:市财政局`, `【牵头单位】市财政局`, `〔责任单位〕市财政局` as the label's meaning and
    /// the text after it. Any bracket pair may hold the label, as any may hold a clause.
    static func split(_ text: FoldedText) -> (meaning: Meaning, rest: FoldedText)? {
        if let first = text.folded.first, Fold.opening.contains(first), first != "《",
            let close = text.folded.prefix(18).firstIndex(where: Fold.closing.contains), close > 1,
            let meaning = meaning(of: String(text.folded[1..<close]))
        {
            var rest = text[(close + 1)..<text.count].trimmed
            if rest.hasPrefix(":") { rest = rest[1..<rest.count].trimmed }
            return (meaning, rest)
        }
        guard let colon = text.folded.prefix(16).firstIndex(of: ":") else { return nil }
        guard let meaning = meaning(of: String(text.folded[0..<colon])) else { return nil }
        return (meaning, text[(colon + 1)..<text.count].trimmed)
    }
}
