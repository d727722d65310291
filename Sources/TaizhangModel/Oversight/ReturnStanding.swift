/// Where a unit stands with its return (报送) for one period: returned on time, returned
/// late, not returned while there is still time, or not returned and past the day. What the
/// dashboard's unit pane, the chase, the report's 报送情况 and the 通报 all show.
public struct ReturnStanding: Hashable, Sendable {
    public enum State: String, CaseIterable, Sendable {
        case onTime
        case late
        /// Not returned, the day not passed yet.
        case awaited
        /// Not returned and past the day: the units the chase writes to.
        case missing
    }

    public var unit: String
    public var period: ReportingCycle.Period
    public var state: State
    /// The return, when there is one.
    public var record: ReturnRecord?

    public init(unit: String, period: ReportingCycle.Period, state: State, record: ReturnRecord?) {
        self.unit = unit
        self.period = period
        self.state = state
        self.record = record
    }

    /// Late: returned after the day, or not returned and the day passed. What the `!` mark
    /// and the "returns late" counts across plans count.
    public var isLate: Bool { state == .late || state == .missing }

    /// The day the return was received (`YYYY-MM-DD`).
    public var receivedDay: String? { record.map { String($0.received.prefix(10)) } }

    /// Days past the due day: for a late return, when it came; for a missing one, as of `today`.
    public func daysLate(today: DayDate) -> Int {
        switch state {
        case .late: (record.flatMap { DayDate($0.received.prefix(10)) }?.dayNumber ?? today.dayNumber) - period.due.dayNumber
        case .missing: today.dayNumber - period.due.dayNumber
        case .onTime, .awaited: 0
        }
    }
}

extension Ledger {
    /// Whether the office collects returns for this plan: it keeps some, or names a cycle.
    /// A plan that does neither shows no return marks and counts no return late.
    public var tracksReturns: Bool { !returns.isEmpty || settings.cycle != nil }

    /// The cycle returns follow: the office's, else monthly by the month's end.
    public var returnCycle: ReportingCycle { settings.cycle ?? .monthly(day: 31) }

    /// The period returns are collected for on `today`.
    public func returnPeriod(today: DayDate) -> ReportingCycle.Period {
        returnCycle.period(containing: today)
    }

    /// Every reporting unit's return for the period containing `today` (or `period` when
    /// given, e.g. one a form was made for), in the order of `reportingUnits`. A return
    /// counts on time when received on or before the period's due day.
    /// `workload`, when the caller has this ledger's workload as of `today` already, saves
    /// counting it again (the dashboard recounts on every change).
    public func returnStandings(today: DayDate, period: ReportingCycle.Period? = nil, workload: Workload? = nil) -> [ReturnStanding] {
        let period = period ?? returnPeriod(today: today)
        let naming = UnitNaming(self)
        let units = workload.map(Self.reportingUnits(in:)) ?? reportingUnits(today: today)
        return units.map { unit in
            let record = returns.last { naming.name($0.unit) == unit && $0.period == period.label }
            let state: ReturnStanding.State
            if let record {
                state = record.onTime(due: period.due) ? .onTime : .late
            } else {
                state = today > period.due ? .missing : .awaited
            }
            return ReturnStanding(unit: unit, period: period, state: state, record: record)
        }
    }
}

extension ReportingCycle.Period {
    /// A period named by hand: a form made with `--cycle LABEL --due DATE`.
    public init(named label: String, start: DayDate, due: DayDate) {
        self.init(label: label, start: start, due: due)
    }
}
