/// What an account may change in a shared ledger. The coordinator's account may change
/// everything. A unit's account (单位账号) may write notes and evidence and mark its own part
/// of a task done, only on the tasks that name the unit, and nothing else: not another
/// unit's task or part, not a status or a deadline, not the plan. The database enforces the
/// same rule with row-level security; it is checked here first so that a refusal is said
/// plainly, before anything is sent, and so that the dashboard can say what may be changed.
public enum LedgerAccess: Equatable, Sendable {
    case everything
    /// The account speaks for this unit, named as the plan's tasks name it.
    case unit(String)

    /// The unit the account speaks for, nil for the coordinator.
    public var unit: String? {
        if case .unit(let name) = self { return name }
        return nil
    }

    /// Whether `task` is one of the account's own: for a unit, a task that names it; for the
    /// coordinator, every task.
    public func owns(_ task: PlanTask) -> Bool {
        guard let unit else { return true }
        return task.units.contains { $0.name == unit }
    }

    /// Why this account may not make `edit` on `ledger`; nil when it may.
    public func refusal(of edit: Edit, in ledger: Ledger) -> AccessRefusal? {
        guard let unit else { return nil }
        guard let number = edit.task else { return .plan(unit: unit) }
        guard let index = ledger.taskIndex(number) else { return nil }  // the model says "no such task"
        let task = ledger.plan.tasks[index]
        guard owns(task) else { return .notYourTask(task: number, unit: unit) }
        switch edit {
        case .note:
            return nil
        case .evidence(_, _, let to):
            if let sender = to?.unit, sender != unit { return .otherUnitsPart(task: number, unit: unit, part: sender) }
            return nil
        case .unitDone(_, let part, _, _):
            return part == unit ? nil : .otherUnitsPart(task: number, unit: unit, part: part)
        case .status:
            return .status(task: number, unit: unit)
        case .deadline:
            return .deadline(task: number, unit: unit)
        case .units, .alias, .group, .restore, .settings, .planInfo, .returnRecord:
            return .plan(unit: unit)
        }
    }

    /// Why this account may not make `change`; nil when it may (or when the change itself is
    /// impossible, which `Ledger.apply` then says).
    public func refusal(of change: LedgerChange, in ledger: Ledger) -> AccessRefusal? {
        guard unit != nil else { return nil }
        guard let edit = try? ledger.edit(for: change, stamp: Stamp(at: "", by: "")) else { return nil }
        return refusal(of: edit, in: ledger)
    }

    /// Why this account may not record `entry` (an edit, or an undo or redo of one); nil
    /// when it may.
    public func refusal(of entry: HistoryEntry, in ledger: Ledger) -> AccessRefusal? {
        guard unit != nil else { return nil }
        switch entry.event {
        case .edit(let edit): return refusal(of: edit, in: ledger)
        case .undo(let target), .redo(let target):
            guard let edit = target.edit else { return nil }
            return refusal(of: edit, in: ledger)
        case .superseded, .unknown: return nil
        }
    }

    /// The numbers of the account's own tasks, in plan order.
    public func ownTasks(in ledger: Ledger) -> [Int] {
        Array(ledger.plan.tasks.lazy.filter(owns).map(\.number))
    }
}

/// Why a unit's account may not make a change. The words are TaizhangWords'.
public enum AccessRefusal: Error, Equatable, Sendable {
    /// The task does not name the unit.
    case notYourTask(task: Int, unit: String)
    /// A task's status is the coordinator's to set; the unit marks its own part done.
    case status(task: Int, unit: String)
    case deadline(task: Int, unit: String)
    /// Another unit's part of the task, or evidence sent in another unit's name.
    case otherUnitsPart(task: Int, unit: String, part: String)
    /// Who answers for a task, aliases, groups, the plan's title, the office's settings,
    /// returns and restores: the plan as a whole.
    case plan(unit: String)
    /// A note or a piece of evidence another account wrote: the server let this account
    /// change only its own.
    case othersEntry(task: Int, unit: String)
}
