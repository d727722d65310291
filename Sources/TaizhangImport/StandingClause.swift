import TaizhangModel

/// A clause that assigns a unit to every task after it instead of repeating it in each row:
/// `以下均需各县市区落实，不再逐一列出`. Plans use it to keep their tables short; the units
/// are real assignments and must reach every later task.
enum StandingClause {
    static func units(in text: String) -> [UnitAssignment]? {
        guard let start = text.range(of: "以下") else { return nil }
        let rest = text[start.upperBound...]
        guard rest.contains("不再") || rest.contains("均需") || rest.contains("均由") else { return nil }
        for opener in ["均需", "均由", "均要求", "都需"] {
            guard let open = rest.range(of: opener) else { continue }
            let after = rest[open.upperBound...]
            for closer in ["负责落实", "抓好落实", "落实", "负责", "执行"] {
                guard let close = after.range(of: closer) else { continue }
                let names = PlanText.trimmed(after[..<close.lowerBound])
                let units = UnitCellParser.parse(names)
                if !units.isEmpty, units.allSatisfy({ $0.name.count <= 20 }) { return units }
            }
        }
        return nil
    }
}
