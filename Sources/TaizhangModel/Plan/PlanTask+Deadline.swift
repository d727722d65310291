extension PlanTask {
    /// Open (not done) and past its due day. Yearly and ongoing work is never overdue by
    /// date alone: the coordinator judges it from the notes.
    public func isOverdue(today: DayDate) -> Bool {
        status != .done && isPastDue(today: today)
    }

    /// The task's due day is before `today`, whatever its status: overdue for every unit
    /// whose part is not done.
    public func isPastDue(today: DayDate) -> Bool {
        guard let day = deadline?.date.flatMap(DayDate.init) else { return false }
        return day < today
    }
}
