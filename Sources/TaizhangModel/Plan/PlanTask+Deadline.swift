extension PlanTask {
    /// Open (not done) and past its due day. Yearly and ongoing work is never overdue by
    /// date alone: the coordinator judges it from the notes.
    public func isOverdue(today: DayDate) -> Bool {
        guard status != .done, let day = deadline?.date.flatMap(DayDate.init) else { return false }
        return day < today
    }
}
