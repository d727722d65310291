/// History entries in words, for `taizhang log`, `taizhang undo` and the dashboard's detail
/// pane: `task 4 status: todo → done`. Text from the ledger is returned as it is; callers
/// that print to a terminal pass it through `TerminalSafe`.
extension HistoryEntry {
    /// For an undo, redo or superseded entry: the change it refers to.
    public var referredChange: HistoryEntry? {
        ["undo", "redo", "superseded"].contains(field) ? HistoryReplay.target(of: self) : nil
    }

    /// What changed, without when and who.
    public var summary: String {
        switch field {
        case "undo", "redo":
            guard let target = HistoryReplay.target(of: self) else { return field }
            return "\(field) of \(target.by)'s change at \(target.at): \(target.change(reversed: field == "undo"))"
        case "superseded":
            guard let target = HistoryReplay.target(of: self) else { return field }
            return "not applied, a later change of the same thing won: \(target.summary)"
        default:
            return change(reversed: false)
        }
    }

    /// The change itself, or its reverse (what an undo did).
    func change(reversed: Bool) -> String {
        let (before, after) = reversed ? (to, from) : (from, to)
        let subject = task.map { "task \($0) " } ?? ""
        switch field {
        case "note":
            return reversed ? "\(subject)note removed: \(Self.words(to))" : "\(subject)note: \(Self.words(to))"
        case "restore":
            let label = HistoryReplay.stringMember(to, "label") ?? "a backup"
            return reversed ? "restore of \(label) taken back" : "restored \(label)"
        case "unitDone":
            let unit = HistoryReplay.stringMember(after, "unit") ?? HistoryReplay.stringMember(before, "unit") ?? "?"
            let done = after["done"] == .bool(true)
            return "\(subject)\(unit) \(done ? "done" : "not done")"
        case "alias":
            let name = HistoryReplay.stringMember(after, "from") ?? "?"
            return "alias \(name): \(Self.words(before["to"] ?? .null)) → \(Self.words(after["to"] ?? .null))"
        case "group":
            let name = HistoryReplay.stringMember(after, "name") ?? "?"
            return "group \(name): \(Self.words(before["members"] ?? .null)) → \(Self.words(after["members"] ?? .null))"
        case "deadline":
            return "\(subject)deadline: \(Self.deadlineWords(before)) → \(Self.deadlineWords(after))"
        default:
            return "\(subject)\(field): \(Self.words(before)) → \(Self.words(after))"
        }
    }

    static func deadlineWords(_ value: JSONValue) -> String {
        guard value != .null else { return "none" }
        return HistoryReplay.stringMember(value, "date") ?? HistoryReplay.stringMember(value, "kind") ?? words(value)
    }

    static func words(_ value: JSONValue) -> String {
        switch value {
        case .null: return "none"
        case .string(let text): return text
        case .bool(let flag): return flag ? "yes" : "no"
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .array(let items): return items.map(words).joined(separator: "、")
        case .object: return String(decoding: JSONWriter.bytes(value).dropLast(), as: UTF8.self)
        }
    }
}
