/// A unit's return (报送) collected for one period of the reporting cycle: what tells who
/// reported on time, who late and who not at all, for the dashboard, the chase and the 通报.
public struct ReturnRecord: Hashable, Sendable {
    public var unit: String
    /// The period it answers, as `ReportingCycle.Period.label` names it (`2026-11`).
    public var period: String
    /// When it was collected, ISO 8601 as stamps are written.
    public var received: String
    /// The file it came from (its name only).
    public var file: String
    /// 填报人 and 联系电话, as the unit filled them in.
    public var filledBy: String?
    public var phone: String?

    public init(unit: String, period: String, received: String, file: String, filledBy: String? = nil, phone: String? = nil) {
        self.unit = unit
        self.period = period
        self.received = received
        self.file = file
        self.filledBy = filledBy
        self.phone = phone
    }

    /// Collected on or before `due`.
    public func onTime(due: DayDate) -> Bool {
        DayDate(received.prefix(10)).map { $0 <= due } ?? false
    }
}
