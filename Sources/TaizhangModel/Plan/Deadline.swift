/// When a task is due. Plans state deadlines in words (年底前, 2022年底前, 6月底前, 每年至少…,
/// 每季度, 持续推进); the ledger keeps the phrase beside what it was read as, so the coordinator
/// can always see why a date was chosen, and a phrase that names no date is kept as written.
public struct Deadline: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Due on a day, `YYYY-MM-DD`.
        case date(String)
        /// Due again every period (每年, 每半年, 每季度, 每月, 每周), with no fixed day.
        case recurring(Recurrence)
        /// Continuous work with no end (持续推进, 长期坚持).
        case ongoing
        /// Words that name no day and no period (上级部署后, 根据工作需要): kept as written.
        case asWritten
    }

    /// How often recurring work falls due.
    public enum Recurrence: String, CaseIterable, Hashable, Sendable {
        case yearly
        case halfYearly
        case quarterly
        case monthly
        case weekly
    }

    public var kind: Kind
    /// The words it was read from (the plan's, or what the coordinator typed); nil when set
    /// as a bare date.
    public var phrase: String?

    public init(_ kind: Kind, phrase: String? = nil) {
        self.kind = kind
        self.phrase = phrase
    }

    /// The due day, when there is one.
    public var date: String? {
        if case .date(let day) = kind { return day }
        return nil
    }

    /// The period, when the work recurs.
    public var recurrence: Recurrence? {
        if case .recurring(let period) = kind { return period }
        return nil
    }
}
