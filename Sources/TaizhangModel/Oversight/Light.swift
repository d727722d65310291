/// The three lights offices put on a task (红黄绿灯): red overdue, yellow behind or near its
/// deadline or in trouble, green on track. A signed-off task has none.
public enum Light: String, CaseIterable, Sendable {
    case green
    case yellow
    case red
}

/// What the light is judged against: the day, where the plan's time starts, the office's
/// rules and reporting cycle.
public struct Judgement: Hashable, Sendable {
    public var today: DayDate
    /// When the plan's time began: its date of issue, else 1 January of its year.
    public var start: DayDate
    public var settings: LedgerSettings

    public init(today: DayDate, start: DayDate, settings: LedgerSettings = .standard) {
        self.today = today
        self.start = start
        self.settings = settings
    }

    /// For `plan` as of `today`, under `settings`: the one place the plan's start is taken.
    public init(plan: Plan, today: DayDate, settings: LedgerSettings) {
        self.init(today: today, start: plan.start(orYearOf: today), settings: settings)
    }

    /// For `ledger` as of `today`.
    public init(_ ledger: Ledger, today: DayDate) {
        self.init(plan: ledger.plan, today: today, settings: ledger.settings)
    }
}

extension PlanTask {
    /// The task's light, nil once it is signed off. One rule, used by the dashboard, `list`,
    /// `show`, `workload`, reports, forms and the chase.
    public func light(_ judgement: Judgement) -> Light? {
        guard status != .done else { return nil }
        let rules = judgement.settings.lights
        let today = judgement.today
        if case .date? = deadline?.kind, let due = deadline?.date.flatMap(DayDate.init) {
            if due < today { return .red }
            if due.dayNumber - today.dayNumber <= rules.dueSoonDays { return .yellow }
            if status == .todo, timeShare(until: due, judgement) > rules.unstartedShare { return .yellow }
        } else if let period = reportingPeriod(judgement) {
            // Recurring and ongoing work has no day to miss: it is judged by whether the
            // latest note or return falls in the current period.
            let latest = notes.last.flatMap { DayDate($0.at.prefix(10)) }
            let reported = latest.map { $0 >= period.current.start } ?? false
            let reportedBefore = latest.map { $0 >= period.previous.start } ?? false
            if !reportedBefore, period.previous.start >= judgement.start, period.previous.start < period.current.start { return .red }
            if !reported, period.current.due.dayNumber - today.dayNumber <= rules.dueSoonDays { return .yellow }
        } else if status == .todo, let end = DayDate(year: judgement.start.year, month: 12, day: 31),
            timeShare(until: end, judgement) > rules.unstartedShare
        {
            return .yellow
        }
        if let note = notes.last, note.problem != nil || note.extensionAsked != nil { return .yellow }
        return .green
    }

    /// How much of the time from the plan's start to `due` is gone, 0…1.
    func timeShare(until due: DayDate, _ judgement: Judgement) -> Double {
        let total = due.dayNumber - judgement.start.dayNumber
        guard total > 0 else { return 1 }
        let gone = judgement.today.dayNumber - judgement.start.dayNumber
        return min(1, max(0, Double(gone) / Double(total)))
    }

    /// The current and previous periods recurring or ongoing work is judged by: the
    /// deadline's own period, else the office's reporting cycle, else the month.
    func reportingPeriod(_ judgement: Judgement) -> (current: ReportingCycle.Period, previous: ReportingCycle.Period)? {
        let cycle: ReportingCycle
        switch deadline?.kind {
        case .recurring(.monthly)?: cycle = .monthly(day: 31)
        case .recurring(.quarterly)?: cycle = .quarterly(day: 31)
        case .recurring(.weekly)?: cycle = .weekly(weekday: 5)
        case .recurring(.halfYearly)?, .recurring(.yearly)?:
            // Half-yearly and yearly work: judged by the year, due at its end.
            let period = ReportingCycle.Period(
                label: String(judgement.today.year),
                start: DayDate(year: judgement.today.year, month: 1, day: 1) ?? judgement.today,
                due: DayDate(year: judgement.today.year, month: 12, day: 31) ?? judgement.today)
            return (period, period)
        case .ongoing?: cycle = judgement.settings.cycle ?? .monthly(day: 31)
        default: return nil
        }
        let current = cycle.period(containing: judgement.today)
        return (current, cycle.period(before: current))
    }
}

extension Plan {
    /// When the plan's time began: its date of issue, else 1 January of the year its title
    /// names, else of `today`'s year.
    public func start(orYearOf today: DayDate) -> DayDate {
        if let date, let day = DayDate(date) { return day }
        return DayDate(year: year ?? today.year, month: 1, day: 1) ?? today
    }

    /// The plan's year: from its date, else the first 20xx in its title.
    public var year: Int? {
        if let date, let day = DayDate(date) { return day.year }
        let digits = Array(title.unicodeScalars)
        for index in digits.indices where index + 4 <= digits.count {
            let run = digits[index..<index + 4]
            guard run.allSatisfy({ ("0"..."9").contains($0) }), run.first == "2" else { continue }
            if let year = Int(String(String.UnicodeScalarView(run))), (2000...2099).contains(year) { return year }
        }
        return nil
    }
}

extension Light {
    /// A mark that reads without colour: `G`, `Y`, `R`.
    public var mark: String {
        switch self {
        case .green: "G"
        case .yellow: "Y"
        case .red: "R"
        }
    }
}
