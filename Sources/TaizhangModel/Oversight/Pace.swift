/// 序时进度: how a task's progress compares with the time gone. Offices count tasks 超进度
/// (ahead), 达进度 (on pace), 欠进度 (behind) and 已完成 (signed off) in their 通报; a task is
/// behind when the share of its time gone exceeds the share of it done — by November
/// (11/12 of the year gone) a task under about 92 % is behind. Separate from overdue: a task
/// can be behind long before its day, and a reported one past its day is overdue but not behind.
public enum Pace: String, CaseIterable, Sendable {
    case ahead
    case onPace
    case behind
    case done
}

extension PlanTask {
    /// The task's pace as of the judgement's day. The share done is read from the status (a
    /// task records no percentage): nothing before it starts, half while under way or sent
    /// back, all once a unit reports it done. The time is the task's own (from the plan's
    /// start to its day) or, with no day, the plan's year; recurring and ongoing work, which
    /// has no share to finish, is behind exactly when its light is red (nothing reported for
    /// the period before).
    public func pace(_ judgement: Judgement) -> Pace {
        if status == .done { return .done }
        guard let gone = timeGone(judgement) else {
            return light(judgement) == .red ? .behind : .onPace
        }
        let share = shareDone
        if gone > share { return .behind }
        if share > gone { return .ahead }
        return .onPace
    }

    /// The share of the work done as the status tells it, 0…1.
    public var shareDone: Double {
        switch status {
        case .todo: 0
        case .doing, .returned: 0.5
        case .reported, .done: 1
        }
    }

    /// The share of the task's time gone, nil for recurring and ongoing work. The same time
    /// the lights judge by: a task's own day, else the end of the plan's year.
    func timeGone(_ judgement: Judgement) -> Double? {
        switch deadline?.kind {
        case .date?:
            guard let due = deadline?.date.flatMap(DayDate.init) else { return nil }
            return timeShare(until: due, judgement)
        case .recurring?, .ongoing?:
            return nil
        case .asWritten?, nil:
            guard let end = DayDate(year: judgement.start.year, month: 12, day: 31) else { return nil }
            return timeShare(until: end, judgement)
        }
    }
}
