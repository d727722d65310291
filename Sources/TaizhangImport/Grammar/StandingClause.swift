import TaizhangModel

/// A clause that assigns units to every task after it instead of repeating them in each row:
/// `以下均需各县市区落实,不再逐一列出`. Plans use it to keep their tables short; the units
/// are real assignments and must reach every later task.
enum StandingClause {
    /// The units and where the clause stands in the text.
    static func find(in text: FoldedText) -> (units: [UnitAssignment], range: Range<Int>)? {
        guard let start = text.index(of: "以下") else { return nil }
        var end = text.count
        for closing in ["不再逐一列出", "不再一一列出", "不再列出", "不再逐项列出", "不再重复列出"] {
            if let at = text.index(of: closing, from: start) {
                end = at + closing.count
                break
            }
        }
        let clause = text[start..<end]
        for opener in ["均需", "均由", "均要求", "都需", "均须", "都要"] {
            guard let open = clause.index(of: opener) else { continue }
            let after = clause[(open + opener.count)..<clause.count]
            for closer in ["负责落实", "抓好落实", "落实", "负责", "执行"] {
                guard let close = after.index(of: closer) else { continue }
                let names = UnitName.names(in: after[0..<close])
                guard !names.isEmpty, names.allSatisfy({ $0.count <= 24 }) else { continue }
                var rangeEnd = end
                while rangeEnd < text.count, ",。;".contains(text.folded[rangeEnd]) { rangeEnd += 1 }
                return (names.map { UnitAssignment(name: $0.text, role: .responsible) }, start..<rangeEnd)
            }
        }
        return nil
    }
}
