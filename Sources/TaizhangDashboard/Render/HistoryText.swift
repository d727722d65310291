import TaizhangWords
import TaizhangScreen
import TaizhangModel

/// A task's history entry in the interface language, short enough for the detail pane (the
/// task is already named by the pane). Kinds without words here use the model's summary.
enum HistoryText {
    static func line(_ entry: HistoryEntry, strings: UIStrings) -> String {
        let separator = strings.labelSeparator
        switch entry.field {
        case "undo", "redo":
            // The change taken back (before and after swapped) or put back.
            guard var change = entry.referredChange else { return entry.summary }
            if entry.field == "undo" { swap(&change.from, &change.to) }
            return (entry.field == "undo" ? strings.undone : strings.redone) + line(change, strings: strings)
        case "status":
            return strings.statusLabel + separator + status(entry.from, strings) + " → " + status(entry.to, strings)
        case "note":
            if case .string(let text) = entry.to { return strings.notes + separator + text }
        case "deadline":
            return strings.deadline + separator + deadline(entry.from, strings) + " → " + deadline(entry.to, strings)
        case "unitDone":
            if case .object = entry.to, case .string(let unit)? = entry.to["unit"], case .bool(let done)? = entry.to["done"] {
                return unit + " " + (done ? strings.statusNames[.done] ?? "done" : strings.statusNames[.todo] ?? "to do")
            }
        default:
            break
        }
        return entry.summary
    }

    private static func status(_ value: JSONValue, _ strings: UIStrings) -> String {
        guard case .string(let raw) = value, let status = TaskStatus(rawValue: raw) else { return "?" }
        return strings.statusNames[status] ?? raw
    }

    private static func deadline(_ value: JSONValue, _ strings: UIStrings) -> String {
        guard case .object = value, case .string(let kind)? = value["kind"] else { return strings.noDeadline }
        switch kind {
        case "date":
            if case .string(let day)? = value["date"] { return day }
            return "?"
        case "ongoing": return Deadline(.ongoing).words(strings.language)
        case "asWritten":
            if case .string(let phrase)? = value["phrase"] { return phrase }
            return kind
        default: return Deadline.Recurrence(rawValue: kind).map { $0.words(strings.language) } ?? kind
        }
    }
}
