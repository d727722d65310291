/// How the office judges a task's light, kept in the ledger's settings so every view and
/// every coordinator judges alike. The defaults follow common practice (see
/// shared/notes/office-practice.md): red past the deadline; yellow when the deadline is near,
/// when over half the time is gone and nothing started, or when a unit reports a problem or
/// asks for more time.
public struct LightRules: Hashable, Sendable {
    /// Yellow when the deadline is this many days away or fewer.
    public var dueSoonDays: Int
    /// Yellow when more than this share of the task's time is gone and it has not started.
    public var unstartedShare: Double

    public init(dueSoonDays: Int = 15, unstartedShare: Double = 0.5) {
        self.dueSoonDays = dueSoonDays
        self.unstartedShare = unstartedShare
    }

    public static let standard = LightRules()
}

/// What the office has set for this ledger: how lights are judged, and when units report.
public struct LedgerSettings: Hashable, Sendable {
    public var lights: LightRules
    /// When units send their returns; nil until the office sets one (ongoing work is then
    /// judged month by month).
    public var cycle: ReportingCycle?

    public init(lights: LightRules = .standard, cycle: ReportingCycle? = nil) {
        self.lights = lights
        self.cycle = cycle
    }

    public static let standard = LedgerSettings()
}
