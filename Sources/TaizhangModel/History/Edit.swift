/// One change of one thing, holding its value before and after. An edit is all that undo
/// (set the value before), redo (set the value after), a merge with another writer (which
/// thing, set to what) and the history's words need: nothing is parsed back from text.
///
/// An enum is as large as its largest case, and every history entry holds one: the cases
/// whose values are large (two notes, two settings, two ledgers' content) are `indirect`, so
/// a year of status changes is not stored at the size of a settings change.
public enum Edit: Equatable, Sendable {
    case status(task: Int, from: TaskStatus, to: TaskStatus)
    /// A note added (`from` nil), changed, or deleted (`to` nil). A note is known by when and
    /// by whom it was first written.
    indirect case note(task: Int, from: Note?, to: Note?)
    indirect case deadline(task: Int, from: Deadline?, to: Deadline?)
    /// A piece of evidence added (`from` nil) or removed (`to` nil), known by its link.
    indirect case evidence(task: Int, from: Evidence?, to: Evidence?)
    /// One unit's part of a shared task done or not.
    case unitDone(task: Int, unit: String, from: Bool, to: Bool)
    /// A unit name counted as another; nil: no alias.
    case alias(name: String, from: String?, to: String?)
    /// The bodies behind a collective name; nil: no group.
    case group(name: String, from: [String]?, to: [String]?)
    /// A task's units and roles set by hand.
    indirect case units(task: Int, from: TaskUnits, to: TaskUnits)
    /// The plan's title, document number, issuer and date corrected.
    indirect case planInfo(from: PlanInfo, to: PlanInfo)
    /// A unit's return recorded for a period (`from` nil), or taken off.
    indirect case returnRecord(from: ReturnRecord?, to: ReturnRecord?)
    /// The office's settings (lights, reporting cycle).
    indirect case settings(from: LedgerSettings, to: LedgerSettings)
    /// A backup's content brought back; `from` nil when the ledger it replaced did not read.
    /// Entries that name a restore (undo, redo, superseded) leave both out: copying whole
    /// ledgers into them would make the file grow by a ledger each time.
    indirect case restore(label: String, from: LedgerContent?, to: LedgerContent?)

    /// The task it is about, nil for a change to the whole ledger.
    public var task: Int? {
        switch self {
        case .status(let task, _, _), .note(let task, _, _), .deadline(let task, _, _), .evidence(let task, _, _), .unitDone(let task, _, _, _),
             .units(let task, _, _):
            task
        case .alias, .group, .restore, .settings, .planInfo, .returnRecord: nil
        }
    }

    /// The same edit the other way round: what taking it back does.
    public var reversed: Edit {
        switch self {
        case .status(let task, let from, let to): .status(task: task, from: to, to: from)
        case .note(let task, let from, let to): .note(task: task, from: to, to: from)
        case .deadline(let task, let from, let to): .deadline(task: task, from: to, to: from)
        case .evidence(let task, let from, let to): .evidence(task: task, from: to, to: from)
        case .unitDone(let task, let unit, let from, let to): .unitDone(task: task, unit: unit, from: to, to: from)
        case .alias(let name, let from, let to): .alias(name: name, from: to, to: from)
        case .group(let name, let from, let to): .group(name: name, from: to, to: from)
        case .restore(let label, let from, let to): .restore(label: label, from: to, to: from)
        case .settings(let from, let to): .settings(from: to, to: from)
        case .units(let task, let from, let to): .units(task: task, from: to, to: from)
        case .planInfo(let from, let to): .planInfo(from: to, to: from)
        case .returnRecord(let from, let to): .returnRecord(from: to, to: from)
        }
    }

    /// What two edits must share to be "the same thing changed twice", so that when two
    /// writers both change it the later wins. Added notes never conflict: both are kept.
    public var subject: Subject? {
        switch self {
        case .status(let task, _, _): .status(task: task)
        case .note(let task, let from, _): from.map { .note(task: task, at: $0.at, by: $0.by) }
        case .deadline(let task, _, _): .deadline(task: task)
        case .evidence(let task, let from, _): from.map { .evidence(task: task, link: $0.link) }
        case .unitDone(let task, let unit, _, _): .unitDone(task: task, unit: unit)
        case .alias(let name, _, _): .alias(name: name)
        case .group(let name, _, _): .group(name: name)
        case .restore: .restore
        case .settings: .settings
        case .units(let task, _, _): .units(task: task)
        case .planInfo: .planInfo
        case .returnRecord(let from, let to): (from ?? to).map { .returnRecord(unit: $0.unit, period: $0.period) }
        }
    }

    /// The things an edit can change.
    public enum Subject: Hashable, Sendable {
        case status(task: Int)
        case note(task: Int, at: String, by: String)
        case deadline(task: Int)
        case evidence(task: Int, link: String)
        case unitDone(task: Int, unit: String)
        case alias(name: String)
        case group(name: String)
        case restore
        case settings
        case units(task: Int)
        case planInfo
        case returnRecord(unit: String, period: String)
    }

    /// Whether `other` is this edit as recorded elsewhere: the same thing set to the same
    /// value. The value before is left out, because a merge re-applies an edit on another
    /// writer's copy, where it may have started from something else; a restore is known by
    /// its label alone.
    public func isSameChange(as other: Edit) -> Bool {
        switch (self, other) {
        case (.restore(let label, _, _), .restore(let otherLabel, _, _)): label == otherLabel
        case (.note(let task, let from, let to), .note(let otherTask, let otherFrom, let otherTo)):
            task == otherTask && to == otherTo && (from == nil) == (otherFrom == nil)
        case (.evidence(let task, let from, let to), .evidence(let otherTask, let otherFrom, let otherTo)):
            task == otherTask && to == otherTo && from?.link == otherFrom?.link
        default: subject == other.subject && subject != nil && afterState == other.afterState
        }
    }

    /// The value after, as something comparable across kinds.
    private var afterState: AfterState {
        switch self {
        case .status(_, _, let to): .status(to)
        case .note(_, _, let to): .note(to)
        case .deadline(_, _, let to): .deadline(to)
        case .evidence(_, _, let to): .evidence(to)
        case .unitDone(_, _, _, let to): .flag(to)
        case .alias(_, _, let to): .name(to)
        case .group(_, _, let to): .names(to)
        case .restore: .none
        case .settings(_, let to): .settings(to)
        case .units(_, _, let to): .units(to)
        case .planInfo(_, let to): .planInfo(to)
        case .returnRecord(_, let to): .returnRecord(to)
        }
    }

    private enum AfterState: Equatable {
        case status(TaskStatus)
        case note(Note?)
        case deadline(Deadline?)
        case evidence(Evidence?)
        case flag(Bool)
        case name(String?)
        case names([String]?)
        case settings(LedgerSettings)
        case units(TaskUnits)
        case planInfo(PlanInfo)
        case returnRecord(ReturnRecord?)
        case none
    }

    /// A note or piece of evidence added: something new, which no other writer's change
    /// can have replaced.
    public var isAddition: Bool {
        switch self {
        case .note(_, nil, _?), .evidence(_, nil, _?): true
        default: false
        }
    }

    /// For an undo or redo reference: the edit without what a restore carries.
    var reference: Edit {
        if case .restore(let label, _, _) = self { return .restore(label: label, from: nil, to: nil) }
        return self
    }
}
