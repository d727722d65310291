/// When a task is due. Plans state deadlines in words (年底前, 2022年底前, 6月底前, 每年至少…,
/// 持续推进); the ledger keeps the phrase beside what it was read as, so the coordinator can
/// always see why a date was chosen.
public struct Deadline: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Due on a day, `YYYY-MM-DD`.
        case date(String)
        /// Due every year (每年至少…), with no fixed day.
        case yearly
        /// Continuous work with no end (持续推进, 长期坚持).
        case ongoing
    }

    public var kind: Kind
    /// The words of the plan it was read from; nil when set by hand.
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
}
