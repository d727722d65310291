import TaizhangModel

extension WorkloadRow {
    /// What every view calls the tasks with no unit: （未明确单位） in the plan's own words
    /// (its unit cell does not make the unit clear), "(no unit)" in English.
    public static func noUnit(_ language: Language) -> String {
        language == .chinese ? "（未明确单位）" : "(no unit)"
    }

    /// The row's name as shown: the unit, or the words for no unit.
    public func name(_ language: Language) -> String {
        unit ?? Self.noUnit(language)
    }

    /// The name in a table that lists a group's members beside it: a group's row says it is
    /// their sum, 各区政府（管委会）（合计）.
    public func label(_ language: Language) -> String {
        guard isGroup else { return name(language) }
        return name(language) + (language == .chinese ? "（合计）" : " (all)")
    }
}
