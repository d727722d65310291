/// Who changed something and when, as the ledger records it.
public struct Stamp: Hashable, Sendable {
    /// ISO 8601 with the local offset, e.g. `2026-11-27T17:05:09+08:00`.
    public var at: String
    public var by: String

    public init(at: String, by: String) {
        self.at = at
        self.by = by
    }
}

/// A dated progress note on a task (进展情况). A unit's monthly return adds one, with what it
/// says of problems (存在问题), next steps (下步计划) and any extension it asks for; a note
/// written by hand may say the same.
public struct Note: Hashable, Sendable {
    public var at: String
    public var by: String
    public var text: String
    /// 存在问题: what stands in the way, as the unit put it.
    public var problem: String? {
        get { returned?.details.problem }
        set { changeReturned { $0.problem = newValue } }
    }
    /// 下步计划: what the unit will do next.
    public var nextStep: String? {
        get { returned?.details.nextStep }
        set { changeReturned { $0.nextStep = newValue } }
    }
    /// 申请延期: the deadline asked for (a date or the unit's words), when one is asked.
    public var extensionAsked: String? {
        get { returned?.details.extensionAsked }
        set { changeReturned { $0.extensionAsked = newValue } }
    }

    /// What only a unit's return fills, kept out of line: most notes have none of it, and a
    /// note is held by its task and by the history entry that added it (a year of notes at
    /// 10,000 tasks is 7,000 of them). Nil when all three are nil, so equal notes compare equal.
    private var returned: Returned?

    private struct Details: Hashable, Sendable {
        var problem: String?
        var nextStep: String?
        var extensionAsked: String?
        var isEmpty: Bool { problem == nil && nextStep == nil && extensionAsked == nil }
    }

    private indirect enum Returned: Hashable, Sendable {
        case filled(Details)
        var details: Details {
            switch self { case .filled(let details): details }
        }
        /// Nil for details that say nothing, so a note whose fields were cleared equals one
        /// that never had them.
        static func holding(_ details: Details) -> Returned? { details.isEmpty ? nil : .filled(details) }
    }

    private mutating func changeReturned(_ change: (inout Details) -> Void) {
        var details = returned?.details ?? Details()
        change(&details)
        returned = .holding(details)
    }

    public init(at: String, by: String, text: String, problem: String? = nil, nextStep: String? = nil, extensionAsked: String? = nil) {
        self.at = at
        self.by = by
        self.text = text
        returned = .holding(Details(problem: problem, nextStep: nextStep, extensionAsked: extensionAsked))
    }
}

/// What shows a task was done (佐证材料): a link to a published page or a document's file
/// name, kept on file so the office can praise reports that come with proof.
public struct Evidence: Hashable, Sendable {
    public var at: String
    public var by: String
    /// The unit that sent it, nil when the coordinator added it.
    public var unit: String?
    /// A URL or a file name.
    public var link: String
    public var label: String?

    public init(at: String, by: String, unit: String? = nil, link: String, label: String? = nil) {
        self.at = at
        self.by = by
        self.unit = unit
        self.link = link
        self.label = label
    }
}

/// One numbered task (具体要求) of a plan and where the coordinator stands with it.
/// Named `PlanTask` so it never shadows Swift's concurrency `Task`.
public struct PlanTask: Hashable, Sendable {
    /// The strings and arrays live in one shared box, copied only when a shared task is
    /// changed: a plan of 10,000 tasks held twice (the dashboard's ledger and the store's last
    /// saved one) then costs one reference per task to copy when a key changes it, not a
    /// dozen, which was most of a save's time at that size. The numbers and the status stay
    /// in the task itself, where a pass over every task (a search's headings, a count) reads
    /// them without following a pointer to each box.
    struct Fields: Hashable, Sendable {
        var label: String?
        var text: String
        var units: [UnitAssignment]
        var people: [String]
        var statusChanged: Stamp?
        var notes: [Note]
        var evidence: [Evidence]
        var deadline: Deadline?
        var unitsDone: [String]
    }

    private var storage: CopyOnWrite<Fields>

    public var number: Int
    /// The plan's own label for the task as printed (`1`, `（三）`, `①`), nil when it has none.
    /// Plans often restart their numbering in every section; the ledger numbers tasks 1, 2, 3…
    /// in plan order and shows this label beside the number.
    public var label: String? {
        get { storage.value.label }
        _modify { yield &storage.value.label }
        set { storage.value.label = newValue }
    }
    /// The number of its work area (一 = 1).
    public var area: Int
    /// The number of its section within the area (（一） = 1), nil when the area has none.
    public var section: Int?
    /// The task's full text, verbatim, without its number prefix.
    public var text: String {
        get { storage.value.text }
        _modify { yield &storage.value.text }
        set { storage.value.text = newValue }
    }
    public var units: [UnitAssignment] {
        get { storage.value.units }
        _modify { yield &storage.value.units }
        set { storage.value.units = newValue }
    }
    /// Persons named for the task (责任领导, 责任人): never units, never counted in a workload.
    public var people: [String] {
        get { storage.value.people }
        _modify { yield &storage.value.people }
        set { storage.value.people = newValue }
    }
    public var status: TaskStatus
    /// When and by whom the status last changed; nil while it is as imported.
    public var statusChanged: Stamp? {
        get { storage.value.statusChanged }
        _modify { yield &storage.value.statusChanged }
        set { storage.value.statusChanged = newValue }
    }
    /// Progress notes, oldest first.
    public var notes: [Note] {
        get { storage.value.notes }
        _modify { yield &storage.value.notes }
        set { storage.value.notes = newValue }
    }
    /// 佐证材料, oldest first.
    public var evidence: [Evidence] {
        get { storage.value.evidence }
        _modify { yield &storage.value.evidence }
        set { storage.value.evidence = newValue }
    }
    /// When the task is due, read from the plan or set by hand; nil when it has none.
    public var deadline: Deadline? {
        get { storage.value.deadline }
        _modify { yield &storage.value.deadline }
        set { storage.value.deadline = newValue }
    }
    /// The units came from a merged cell above, not the task's own row: to confirm by hand.
    public var unitsInherited: Bool
    /// Units whose own part of a shared task is done (names from `units`).
    public var unitsDone: [String] {
        get { storage.value.unitsDone }
        _modify { yield &storage.value.unitsDone }
        set { storage.value.unitsDone = newValue }
    }
    /// The line (or spreadsheet row) of the source document the task starts on.
    public var sourceLine: Int?

    public init(
        number: Int, label: String? = nil, area: Int, section: Int?, text: String, units: [UnitAssignment],
        people: [String] = [], status: TaskStatus = .todo, statusChanged: Stamp? = nil, notes: [Note] = [], evidence: [Evidence] = [],
        deadline: Deadline? = nil, unitsInherited: Bool = false, unitsDone: [String] = [], sourceLine: Int? = nil
    ) {
        self.number = number
        self.area = area
        self.section = section
        self.status = status
        self.unitsInherited = unitsInherited
        self.sourceLine = sourceLine
        storage = CopyOnWrite(
            Fields(
                label: label, text: text, units: units, people: people, statusChanged: statusChanged, notes: notes, evidence: evidence,
                deadline: deadline, unitsDone: unitsDone))
    }

    public static func == (lhs: PlanTask, rhs: PlanTask) -> Bool {
        lhs.number == rhs.number && lhs.area == rhs.area && lhs.section == rhs.section && lhs.status == rhs.status
            && lhs.unitsInherited == rhs.unitsInherited && lhs.sourceLine == rhs.sourceLine
            && (lhs.storage.shares(with: rhs.storage) || lhs.storage.value == rhs.storage.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(area)
        hasher.combine(section)
        hasher.combine(status)
        hasher.combine(unitsInherited)
        hasher.combine(sourceLine)
        storage.value.hash(into: &hasher)
    }

    public var leads: [String] { units.filter { $0.role == .lead }.map(\.name) }
    public var supporting: [String] { units.filter { $0.role == .supporting }.map(\.name) }
    public var isUnassigned: Bool { units.isEmpty }
}
