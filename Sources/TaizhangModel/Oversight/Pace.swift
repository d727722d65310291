/// 序时进度: where a task stands against the time it has had. Offices count tasks 超进度
/// (ahead), 达进度 (on schedule), 欠进度 (behind) and 已完成 (signed off): a task is behind
/// when more of its time is gone than of its work is done (by November, 11/12 of the year
/// gone, a task under about 92 % done is behind). Separate from overdue: a task can be behind
/// long before its deadline passes.
public enum Pace: String, CaseIterable, Sendable {
    /// Reported done before its time is up (超进度).
    case ahead
    /// As much done as time gone, or more (达进度).
    case onSchedule
    /// More of its time gone than of its work done (欠进度).
    case behind
    /// Signed off (已完成).
    case finished
}

extension PlanTask {
    /// The share of the work done, 0…1, as far as the ledger can tell without a percentage
    /// from the units: all of it once reported or signed off; otherwise the share of its
    /// units' parts marked done, and half once it is under way (an office counts work
    /// started as half done until the units say more). `partDone` asks for one unit's part
    /// instead of the whole task: all done, or (not done) half once the task is under way.
    public func shareDone(partDone: Bool? = nil) -> Double {
        if status == .done || status == .reported || partDone == true { return 1 }
        let started = status.isUnderWay ? 0.5 : 0
        guard partDone == nil, !units.isEmpty else { return started }
        let parts = Double(units.filter { unitsDone.contains($0.name) }.count) / Double(units.count)
        return max(started, parts)
    }

    /// The share of the task's time gone, 0…1: from the plan's start to the due day, or,
    /// with no day to be due on, to the end of the plan's first year. Nil for recurring and
    /// ongoing work, which has no end and is judged period by period (its light).
    public func shareOfTimeGone(_ judgement: Judgement) -> Double? {
        switch deadline?.kind {
        case .recurring?, .ongoing?:
            return nil
        case .date(let text)?:
            if let due = DayDate(text) { return timeShare(until: due, judgement) }
            fallthrough
        default:
            guard let end = DayDate(year: judgement.start.year, month: 12, day: 31) else { return nil }
            return timeShare(until: end, judgement)
        }
    }

    /// The task's 序时进度 (or one unit's part of it, with `partDone`): behind when more of its
    /// time is gone than its share done; recurring and ongoing work is behind when its light
    /// is red (nothing reported for the last period). One rule for the dashboard, the
    /// workload, reports and the 通报.
    public func pace(_ judgement: Judgement, partDone: Bool? = nil) -> Pace {
        if status == .done { return .finished }
        guard let gone = shareOfTimeGone(judgement) else {
            return partDone != true && light(judgement) == .red ? .behind : .onSchedule
        }
        let done = shareDone(partDone: partDone)
        if gone > done { return .behind }
        if done >= 1, gone < 1 { return .ahead }
        return .onSchedule
    }
}

/// The lights and 序时进度 of the tasks a row counts (a work area, a section, a unit): how
/// many are red, yellow and green, and how many behind. Signed-off work, and a unit's part
/// marked done, counts in none of them.
public struct OversightCounts: Hashable, Sendable {
    public var red = 0
    public var yellow = 0
    public var green = 0
    public var behind = 0

    public init(red: Int = 0, yellow: Int = 0, green: Int = 0, behind: Int = 0) {
        self.red = red
        self.yellow = yellow
        self.green = green
        self.behind = behind
    }

    public func count(_ light: Light) -> Int {
        switch light {
        case .red: red
        case .yellow: yellow
        case .green: green
        }
    }

    /// Adds (+1) or takes away (-1) `task`, or one unit's part of it (`partDone`).
    public mutating func count(_ task: PlanTask, partDone: Bool? = nil, _ judgement: Judgement, _ sign: Int) {
        guard partDone != true else { return }
        count(light: task.light(judgement), behind: task.pace(judgement, partDone: partDone) == .behind, sign)
    }

    /// Adds or takes away a task already judged: what a caller adding one task to several
    /// totals (the navigator's plan, area and section rows) uses, judging it once.
    public mutating func count(light: Light?, behind isBehind: Bool, _ sign: Int) {
        switch light {
        case .red?: red += sign
        case .yellow?: yellow += sign
        case .green?: green += sign
        case nil: break
        }
        if isBehind { behind += sign }
    }
}
