/// Turning history entries back into changes: what undo, redo and the merge of two writers
/// are built on. Every entry records its value before and after as JSON, so the change that
/// sets a field to either value can be rebuilt from the entry alone.
public enum HistoryReplay {
    /// The history fields a user can undo; `undo`, `redo` and `superseded` are bookkeeping.
    static let undoableFields: Set<String> = ["status", "note", "deadline", "unitDone", "alias", "group", "restore"]

    /// What two changes must share to be "the same thing changed twice": a task's field
    /// (one unit of a shared task, one alias, one group). Notes never conflict: both are kept.
    struct Key: Hashable {
        var task: Int?
        var field: String
        var detail: String?
    }

    static func key(of entry: HistoryEntry) -> Key? {
        switch entry.field {
        case "status", "deadline": return Key(task: entry.task, field: entry.field, detail: nil)
        case "unitDone": return Key(task: entry.task, field: entry.field, detail: stringMember(entry.to, "unit"))
        case "alias": return Key(task: nil, field: entry.field, detail: stringMember(entry.to, "from"))
        case "group": return Key(task: nil, field: entry.field, detail: stringMember(entry.to, "name"))
        case "restore": return Key(task: nil, field: entry.field, detail: nil)
        case "undo", "redo": return target(of: entry).flatMap(key(of:))
        default: return nil
        }
    }

    /// The change that sets `field` of `task` to `value`, as `Ledger.apply` takes it; nil for
    /// fields that are not a plain value (notes, restores) or a value that does not fit.
    static func change(field: String, task: Int?, value: JSONValue) -> LedgerChange? {
        switch field {
        case "status":
            guard let task, case .string(let raw) = value, let status = TaskStatus(rawValue: raw) else { return nil }
            return .status(task: task, to: status)
        case "deadline":
            guard let task else { return nil }
            if value == .null { return .deadline(task: task, to: nil) }
            guard let deadline = deadline(value) else { return nil }
            return .deadline(task: task, to: deadline)
        case "unitDone":
            guard let task, let unit = stringMember(value, "unit"), case .bool(let done)? = value["done"] else { return nil }
            return .unitDone(task: task, unit: unit, done: done)
        case "alias":
            guard let from = stringMember(value, "from") else { return nil }
            return .alias(from: from, to: stringMember(value, "to"))
        case "group":
            guard let name = stringMember(value, "name") else { return nil }
            guard case .array(let items)? = value["members"] else { return .group(name: name, members: nil) }
            var members: [String] = []
            for item in items {
                guard case .string(let member) = item else { return nil }
                members.append(member)
            }
            return .group(name: name, members: members)
        default:
            return nil
        }
    }

    /// A history entry as a JSON object: how undo, redo and superseded entries name the
    /// entry they are about. A restore is named by its time, author and label only: its
    /// before and after are whole ledgers, and copying them into every undo and redo would
    /// make the file grow by a ledger each time.
    static func object(_ entry: HistoryEntry) -> JSONValue {
        var from = entry.from
        var to = entry.to
        if entry.field == "restore" {
            from = .null
            to = .object([JSONMember("label", to["label"] ?? .null)])
        }
        return .object([
            JSONMember("at", .string(entry.at)), JSONMember("by", .string(entry.by)),
            JSONMember("task", entry.task.map(JSONValue.int) ?? .null), JSONMember("field", .string(entry.field)),
            JSONMember("from", from), JSONMember("to", to),
        ])
    }

    /// The entry an undo, redo or superseded entry names.
    static func target(of entry: HistoryEntry) -> HistoryEntry? {
        let value = entry.from
        guard let at = stringMember(value, "at"), let by = stringMember(value, "by"), let field = stringMember(value, "field"),
            let from = value["from"], let to = value["to"]
        else { return nil }
        var task: Int?
        if case .int(let number)? = value["task"] { task = number }
        return HistoryEntry(at: at, by: by, task: task, field: field, from: from, to: to)
    }

    /// Whether `entry` is the change `target` names. The value before is left out: a merge
    /// re-applies a change on the other writer's copy, where it may have started elsewhere.
    static func matches(_ entry: HistoryEntry, _ target: HistoryEntry) -> Bool {
        guard entry.at == target.at, entry.by == target.by, entry.task == target.task, entry.field == target.field else { return false }
        if entry.field == "restore" { return entry.to["label"] == target.to["label"] }
        return entry.to == target.to
    }

    static func stringMember(_ value: JSONValue, _ key: String) -> String? {
        if case .string(let text)? = value[key] { return text }
        return nil
    }

    static func deadline(_ value: JSONValue) -> Deadline? {
        guard let kind = stringMember(value, "kind") else { return nil }
        let phrase = stringMember(value, "phrase")
        switch kind {
        case "date":
            guard let day = stringMember(value, "date"), DayDate(day) != nil else { return nil }
            return Deadline(.date(day), phrase: phrase)
        case "ongoing": return Deadline(.ongoing, phrase: phrase)
        case "asWritten": return phrase.map { Deadline(.asWritten, phrase: $0) }
        default: return Deadline.Recurrence(rawValue: kind).map { Deadline(.recurring($0), phrase: phrase) }
        }
    }

    /// Seconds since 1970 for `YYYY-MM-DDTHH:MM:SS` with `Z` or `±HH:MM`, as stamps are
    /// written; nil for anything else. Stamps from different time zones compare correctly.
    public static func seconds(_ stamp: String) -> Int64? {
        let bytes = Array(stamp.utf8)
        guard bytes.count >= 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for index in range {
                guard (0x30...0x39).contains(bytes[index]) else { return nil }
                value = value * 10 + Int64(bytes[index] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month)
        else { return nil }
        var rest = Array(bytes[19...])
        if rest.first == 0x2E { rest = Array(rest.drop { $0 == 0x2E || (0x30...0x39).contains($0) }) }  // fractions
        var offset: Int64 = 0
        if rest == [0x5A] {
            offset = 0
        } else if rest.count == 6, rest[0] == 0x2B || rest[0] == 0x2D, rest[3] == 0x3A {
            let digits = rest.map { Int64($0) - 0x30 }
            guard digits[1...2].allSatisfy({ (0...9).contains($0) }), digits[4...5].allSatisfy({ (0...9).contains($0) }) else { return nil }
            offset = ((digits[1] * 10 + digits[2]) * 60 + digits[4] * 10 + digits[5]) * 60 * (rest[0] == 0x2B ? 1 : -1)
        } else {
            return nil
        }
        return DayDate.daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
    }
}
