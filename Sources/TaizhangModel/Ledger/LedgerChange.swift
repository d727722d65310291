/// A change a coordinator asks of the ledger. `Ledger.apply` turns it into an `Edit` that
/// holds what it replaced, makes it, and records it in the history, so it can be shown,
/// merged with another writer's changes and undone.
public enum LedgerChange: Equatable, Sendable {
    case status(task: Int, to: TaskStatus)
    /// A progress note; a unit's return adds what it says of problems, next steps and any
    /// extension it asks for.
    case addNote(task: Int, text: String, problem: String? = nil, nextStep: String? = nil, extensionAsked: String? = nil)
    case deadline(task: Int, to: Deadline?)
    /// 佐证材料: a link or a file name, from a unit or the coordinator.
    case addEvidence(task: Int, link: String, label: String?, unit: String?)
    case removeEvidence(task: Int, link: String)
    /// One unit's part of a shared task done or not.
    case unitDone(task: Int, unit: String, done: Bool)
    /// `to` nil removes the alias.
    case alias(from: String, to: String?)
    /// `members` nil removes the group.
    case group(name: String, members: [String]?)
    /// How lights are judged and when units report.
    case settings(LedgerSettings)
    /// Note `index` (0-based, oldest first) of a task given new text, or deleted.
    case editNote(task: Int, index: Int, text: String)
    case deleteNote(task: Int, index: Int)
    /// A task's units and roles, set by hand (and so no longer awaiting a check).
    case setUnits(task: Int, units: [UnitAssignment])
    /// The plan's title, document number, issuer and date.
    case planInfo(PlanInfo)
    /// A unit's return collected for a period; it replaces an earlier one for the same period.
    case recordReturn(ReturnRecord)

    /// The task the change is about, if any.
    public var task: Int? {
        switch self {
        case .status(let task, _), .addNote(let task, _, _, _, _), .deadline(let task, _), .unitDone(let task, _, _),
             .addEvidence(let task, _, _, _), .removeEvidence(let task, _), .editNote(let task, _, _), .deleteNote(let task, _),
             .setUnits(let task, _):
            task
        case .alias, .group, .settings, .planInfo, .recordReturn: nil
        }
    }
}

/// Why a change cannot be made; nothing is changed.
public enum LedgerChangeError: Error, Equatable, Sendable {
    case noSuchTask(Int)
    case noSuchUnit(task: Int, unit: String)
    case emptyNote
    /// The note to change or delete is not on the task (another writer deleted it).
    case noSuchNote(task: Int)
    /// There is no note with that number on the task (numbered from 1, oldest first).
    case noNoteNumbered(task: Int, number: Int, count: Int)
    case emptyTitle
    case badDate(String)
    case sameUnitTwice(String)
    case emptyEvidence
    /// The task has no evidence with that link.
    case noSuchEvidence(task: Int, link: String)
}

extension Ledger {
    /// Applies `change` and records it in `history`. Returns the history entry, or nil when
    /// the change would change nothing (the same status again), in which case nothing is
    /// recorded.
    /// `reason` says why, for the history: the reason a task was sent back, or a deadline
    /// moved (an extension's log is the deadline changes with their reasons).
    @discardableResult
    public mutating func apply(_ change: LedgerChange, stamp: Stamp, reason: String? = nil) throws(LedgerChangeError) -> HistoryEntry? {
        guard let edit = try edit(for: change, stamp: stamp) else { return nil }
        try perform(edit, stamp: stamp)
        let entry = HistoryEntry(stamp, .edit(edit), reason: reason.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 })
        history.append(entry)
        return entry
    }

    /// The edit `change` makes here, with the values it replaces; nil when it changes nothing.
    func edit(for change: LedgerChange, stamp: Stamp) throws(LedgerChangeError) -> Edit? {
        func task(_ number: Int) throws(LedgerChangeError) -> PlanTask {
            guard let index = taskIndex(number) else { throw .noSuchTask(number) }
            return plan.tasks[index]
        }
        switch change {
        case .status(let number, let status):
            let old = try task(number).status
            return old == status ? nil : .status(task: number, from: old, to: status)
        case .addNote(let number, let text, let problem, let nextStep, let extensionAsked):
            _ = try task(number)
            let trimmed = text.trimmingWhitespace
            guard !trimmed.isEmpty else { throw .emptyNote }
            func said(_ text: String?) -> String? { text.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 } }
            let note = Note(at: stamp.at, by: stamp.by, text: trimmed, problem: said(problem), nextStep: said(nextStep), extensionAsked: said(extensionAsked))
            return .note(task: number, from: nil, to: note)
        case .deadline(let number, let deadline):
            let old = try task(number).deadline
            return old == deadline ? nil : .deadline(task: number, from: old, to: deadline)
        case .addEvidence(let number, let link, let label, let unit):
            _ = try task(number)
            let trimmed = link.trimmingWhitespace
            guard !trimmed.isEmpty else { throw .emptyEvidence }
            let label = label.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
            return .evidence(task: number, from: nil, to: Evidence(at: stamp.at, by: stamp.by, unit: unit, link: trimmed, label: label))
        case .removeEvidence(let number, let link):
            guard let found = try task(number).evidence.last(where: { $0.link == link }) else { throw .noSuchEvidence(task: number, link: link) }
            return .evidence(task: number, from: found, to: nil)
        case .unitDone(let number, let unit, let done):
            let found = try task(number)
            guard found.units.contains(where: { $0.name == unit }) else { throw .noSuchUnit(task: number, unit: unit) }
            let wasDone = found.unitsDone.contains(unit)
            return wasDone == done ? nil : .unitDone(task: number, unit: unit, from: wasDone, to: done)
        case .alias(let name, let to):
            let old = aliases.first { $0.from == name }?.to
            return old == to ? nil : .alias(name: name, from: old, to: to)
        case .group(let name, let members):
            let old = groups.first { $0.name == name }?.members
            return old == members ? nil : .group(name: name, from: old, to: members)
        case .settings(let new):
            return settings == new ? nil : .settings(from: settings, to: new)
        case .editNote(let number, let index, let text):
            let notes = try task(number).notes
            guard notes.indices.contains(index) else { throw .noNoteNumbered(task: number, number: index + 1, count: notes.count) }
            let trimmed = text.trimmingWhitespace
            guard !trimmed.isEmpty else { throw .emptyNote }
            var changed = notes[index]
            changed.text = trimmed
            return changed == notes[index] ? nil : .note(task: number, from: notes[index], to: changed)
        case .deleteNote(let number, let index):
            let notes = try task(number).notes
            guard notes.indices.contains(index) else { throw .noNoteNumbered(task: number, number: index + 1, count: notes.count) }
            return .note(task: number, from: notes[index], to: nil)
        case .setUnits(let number, let units):
            let found = try task(number)
            var seen: Set<String> = []
            for unit in units where !seen.insert(unit.name).inserted { throw .sameUnitTwice(unit.name) }
            let old = TaskUnits(units: found.units, inherited: found.unitsInherited)
            let new = TaskUnits(units: units, inherited: false)
            return old == new ? nil : .units(task: number, from: old, to: new)
        case .recordReturn(let record):
            let old = returns.last { $0.unit == record.unit && $0.period == record.period }
            return old == record ? nil : .returnRecord(from: old, to: record)
        case .planInfo(let info):
            guard !info.title.trimmingWhitespace.isEmpty else { throw .emptyTitle }
            if let date = info.date, DayDate(date) == nil { throw .badDate(date) }
            return plan.info == info ? nil : .planInfo(from: plan.info, to: info)
        }
    }

    /// Makes the ledger hold what `edit` sets (its value after), whatever it held before:
    /// how an edit is applied, redone, undone (as its reverse) and replayed on another
    /// writer's copy. Records nothing.
    mutating func perform(_ edit: Edit, stamp: Stamp) throws(LedgerChangeError) {
        func index(_ number: Int) throws(LedgerChangeError) -> Int {
            guard let index = taskIndex(number) else { throw .noSuchTask(number) }
            return index
        }
        switch edit {
        case .status(let number, _, let status):
            let at = try index(number)
            plan.tasks[at].status = status
            plan.tasks[at].statusChanged = stamp
        case .note(let number, let from, let to):
            let at = try index(number)
            if let from {
                // The note as it was, else the same note (first written then, by them) since
                // changed by another writer: a merge replays on their copy.
                let notes = plan.tasks[at].notes
                guard let position = notes.lastIndex(of: from) ?? notes.lastIndex(where: { $0.at == from.at && $0.by == from.by }) else {
                    throw .noSuchNote(task: number)
                }
                if let to { plan.tasks[at].notes[position] = to } else { plan.tasks[at].notes.remove(at: position) }
            } else if let to {
                // Among the notes by when they were written: a new note goes last, and a
                // deleted one brought back by undo goes back where it was.
                let notes = plan.tasks[at].notes
                plan.tasks[at].notes.insert(to, at: notes.lastIndex { $0.at <= to.at }.map { $0 + 1 } ?? 0)
            }
        case .deadline(let number, _, let deadline):
            plan.tasks[try index(number)].deadline = deadline
        case .evidence(let number, let from, let to):
            let at = try index(number)
            if let from {
                let items = plan.tasks[at].evidence
                guard let position = items.lastIndex(of: from) ?? items.lastIndex(where: { $0.link == from.link }) else {
                    throw .noSuchEvidence(task: number, link: from.link)
                }
                if let to { plan.tasks[at].evidence[position] = to } else { plan.tasks[at].evidence.remove(at: position) }
            } else if let to {
                plan.tasks[at].evidence.append(to)
            }
        case .unitDone(let number, let unit, _, let done):
            let at = try index(number)
            guard plan.tasks[at].units.contains(where: { $0.name == unit }) else { throw .noSuchUnit(task: number, unit: unit) }
            plan.tasks[at].unitsDone.removeAll { $0 == unit }
            if done { plan.tasks[at].unitsDone.append(unit) }
        case .alias(let name, _, let to):
            aliases.removeAll { $0.from == name }
            if let to { aliases.append(UnitAlias(from: name, to: to)) }
        case .group(let name, _, let members):
            if let position = groups.firstIndex(where: { $0.name == name }) {
                if let members { groups[position].members = members } else { groups.remove(at: position) }
            } else if let members {
                groups.append(UnitGroup(name: name, members: members))
            }
        case .restore(_, _, let to):
            if let to { content = to }
        case .settings(_, let to):
            settings = to
        case .units(let number, _, let to):
            let at = try index(number)
            plan.tasks[at].units = to.units
            plan.tasks[at].unitsInherited = to.inherited
        case .planInfo(_, let to):
            plan.info = to
        case .returnRecord(let from, let to):
            let key = from ?? to
            returns.removeAll { $0.unit == key?.unit && $0.period == key?.period }
            if let to { returns.append(to) }
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
