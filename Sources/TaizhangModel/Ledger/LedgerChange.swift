/// A change a coordinator makes to the ledger. Every change goes through `Ledger.apply`, which
/// records it in the history with its value before and after, so it can be shown, merged with
/// another writer's changes and undone.
public enum LedgerChange: Equatable, Sendable {
    case status(task: Int, to: TaskStatus)
    case addNote(task: Int, text: String)
    case deadline(task: Int, to: Deadline?)
    /// One unit's part of a shared task done or not.
    case unitDone(task: Int, unit: String, done: Bool)
    /// `to` nil removes the alias.
    case alias(from: String, to: String?)
    /// `members` nil removes the group.
    case group(name: String, members: [String]?)

    /// The task the change is about, if any.
    public var task: Int? {
        switch self {
        case .status(let task, _), .addNote(let task, _), .deadline(let task, _), .unitDone(let task, _, _): task
        case .alias, .group: nil
        }
    }
}

/// Why a change cannot be made; nothing is changed.
public enum LedgerChangeError: Error, Equatable, CustomStringConvertible {
    case noSuchTask(Int)
    case noSuchUnit(task: Int, unit: String)
    case emptyNote

    public var description: String {
        switch self {
        case .noSuchTask(let number): "there is no task \(number)"
        case .noSuchUnit(let task, let unit): "task \(task) does not name the unit \(unit)"
        case .emptyNote: "a note needs some text"
        }
    }
}

extension Ledger {
    /// Applies `change` and records it in `history`. Returns the history entry, or nil when
    /// the change would change nothing (the same status again), in which case nothing is
    /// recorded.
    @discardableResult
    public mutating func apply(_ change: LedgerChange, stamp: Stamp) throws(LedgerChangeError) -> HistoryEntry? {
        var index = 0
        if let number = change.task {
            guard let found = taskIndex(number) else { throw .noSuchTask(number) }
            index = found
        }
        let entry: HistoryEntry
        switch change {
        case .status(let number, let status):
            let old = plan.tasks[index].status
            guard old != status else { return nil }
            plan.tasks[index].status = status
            plan.tasks[index].statusChanged = stamp
            entry = HistoryEntry(at: stamp.at, by: stamp.by, task: number, field: "status", from: .string(old.rawValue), to: .string(status.rawValue))
        case .addNote(let number, let text):
            let trimmed = text.trimmingWhitespace
            guard !trimmed.isEmpty else { throw .emptyNote }
            let note = Note(at: stamp.at, by: stamp.by, text: trimmed)
            plan.tasks[index].notes.append(note)
            entry = HistoryEntry(at: stamp.at, by: stamp.by, task: number, field: "note", from: .null, to: .string(trimmed))
        case .deadline(let number, let deadline):
            let old = plan.tasks[index].deadline
            guard old != deadline else { return nil }
            plan.tasks[index].deadline = deadline
            entry = HistoryEntry(
                at: stamp.at, by: stamp.by, task: number, field: "deadline",
                from: old.map(LedgerEncoding.deadline) ?? .null, to: deadline.map(LedgerEncoding.deadline) ?? .null)
        case .unitDone(let number, let unit, let done):
            guard plan.tasks[index].units.contains(where: { $0.name == unit }) else { throw .noSuchUnit(task: number, unit: unit) }
            let wasDone = plan.tasks[index].unitsDone.contains(unit)
            guard wasDone != done else { return nil }
            if done {
                plan.tasks[index].unitsDone.append(unit)
            } else {
                plan.tasks[index].unitsDone.removeAll { $0 == unit }
            }
            entry = HistoryEntry(
                at: stamp.at, by: stamp.by, task: number, field: "unitDone",
                from: .object([JSONMember("unit", .string(unit)), JSONMember("done", .bool(wasDone))]),
                to: .object([JSONMember("unit", .string(unit)), JSONMember("done", .bool(done))]))
        case .alias(let from, let to):
            let old = aliases.first { $0.from == from }?.to
            guard old != to else { return nil }
            aliases.removeAll { $0.from == from }
            if let to { aliases.append(UnitAlias(from: from, to: to)) }
            entry = HistoryEntry(
                at: stamp.at, by: stamp.by, task: nil, field: "alias",
                from: .object([JSONMember("from", .string(from)), JSONMember("to", old.map(JSONValue.string) ?? .null)]),
                to: .object([JSONMember("from", .string(from)), JSONMember("to", to.map(JSONValue.string) ?? .null)]))
        case .group(let name, let members):
            let old = groups.first { $0.name == name }?.members
            guard old != members else { return nil }
            if let position = groups.firstIndex(where: { $0.name == name }) {
                if let members { groups[position].members = members } else { groups.remove(at: position) }
            } else if let members {
                groups.append(UnitGroup(name: name, members: members))
            }
            func list(_ names: [String]?) -> JSONValue { names.map { .array($0.map(JSONValue.string)) } ?? .null }
            entry = HistoryEntry(
                at: stamp.at, by: stamp.by, task: nil, field: "group",
                from: .object([JSONMember("name", .string(name)), JSONMember("members", list(old))]),
                to: .object([JSONMember("name", .string(name)), JSONMember("members", list(members))]))
        }
        history.append(entry)
        return entry
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
