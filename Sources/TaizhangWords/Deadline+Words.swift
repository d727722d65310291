import TaizhangModel

extension Deadline.Recurrence {
    /// How often the work falls due: 每季度, "every quarter".
    public func words(_ language: Language) -> String {
        switch (self, language) {
        case (.yearly, .chinese): "每年"
        case (.halfYearly, .chinese): "每半年"
        case (.quarterly, .chinese): "每季度"
        case (.monthly, .chinese): "每月"
        case (.weekly, .chinese): "每周"
        case (.yearly, .english): "every year"
        case (.halfYearly, .english): "every half year"
        case (.quarterly, .english): "every quarter"
        case (.monthly, .english): "every month"
        case (.weekly, .english): "every week"
        }
    }
}

extension Deadline {
    /// The deadline as a person reads it: the day, or the period, with the plan's own words
    /// after it when they say more (`2022-12-31（年底前）`, `每季度`); words that name no date
    /// stand alone.
    public func words(_ language: Language) -> String {
        let open = language == .chinese ? "（" : " ("
        let close = language == .chinese ? "）" : ")"
        let base: String
        switch kind {
        case .date(let day): base = day
        case .recurring(let period):
            // The plan's own 每年至少… says more than 每年 and already says it.
            if let phrase, phrase.hasPrefix(period.words(.chinese)) { return phrase }
            base = period.words(language)
        case .ongoing:
            if let phrase, !phrase.isEmpty { return phrase }
            base = language == .chinese ? "持续推进" : "ongoing"
        case .asWritten: return phrase ?? ""
        }
        guard let phrase, !phrase.isEmpty, phrase != base else { return base }
        return base + open + phrase + close
    }
}

extension TypedDate.Failure {
    /// Why typed text was refused, with the forms that work: short enough to stand beside a
    /// prompt on an 80-column status line.
    public func words(_ language: Language) -> String {
        switch (self, language) {
        case (.notADate, .chinese): "无法识别：可写 2026-12-31、12月31日、6月底前"
        case (.notADate, .english): "not a date: try 2026-12-31, 12月31日, 6月底前"
        case (.noSuchDay(let text), .chinese): "没有这一天：\(text)"
        case (.noSuchDay(let text), .english): "no such day: \(text)"
        }
    }
}
