/// Reading history entries back into typed events. A known kind whose values do not have the
/// shape this build writes is kept as `unknown`, exactly as read: a ledger is never refused,
/// and nothing in it is lost, because of one odd history entry.
extension LedgerDecoding {
    /// Members of a ledger that are not its content (see `LedgerContent`).
    static let notContent: Set<String> = ["format", "schema", "generation", "history"]

    static func entry(at: String, by: String, task: Int?, field: String, from: JSONValue, to: JSONValue, reason: String? = nil) -> HistoryEntry {
        let event = event(at: at, by: by, task: task, field: field, from: from, to: to)
            ?? .unknown(field: field, task: task, from: from, to: to)
        return HistoryEntry(at: at, by: by, event: event, reason: reason)
    }

    private static func event(at: String, by: String, task: Int?, field: String, from: JSONValue, to: JSONValue) -> HistoryEvent? {
        func string(_ value: JSONValue?) -> String? {
            if case .string(let text)? = value { return text }
            return nil
        }
        func target(_ value: JSONValue) -> HistoryEntry? {
            guard let at = string(value["at"]), let by = string(value["by"]), let field = string(value["field"]),
                let from = value["from"], let to = value["to"]
            else { return nil }
            var task: Int?
            if case .int(let number)? = value["task"] { task = number }
            return entry(at: at, by: by, task: task, field: field, from: from, to: to)
        }
        func names(_ value: JSONValue?) -> [String]?? {
            guard let value else { return .none }
            if value == .null { return .some(nil) }
            guard case .array(let items) = value else { return .none }
            var result: [String] = []
            for item in items {
                guard let name = string(item) else { return .none }
                result.append(name)
            }
            return .some(result)
        }
        func optionalName(_ value: JSONValue?) -> String?? {
            guard let value else { return .none }
            if value == .null { return .some(nil) }
            return string(value).map { .some($0) } ?? .none
        }
        switch field {
        case "undo", "redo", "superseded":
            guard let target = target(from) else { return nil }
            return field == "undo" ? .undo(target) : field == "redo" ? .redo(target) : .superseded(target)
        case "status":
            guard let task, let old = string(from).flatMap(TaskStatus.init), let new = string(to).flatMap(TaskStatus.init) else { return nil }
            return .edit(.status(task: task, from: old, to: new))
        case "note":
            guard let task else { return nil }
            if from == .null, let text = string(to) { return .edit(.note(task: task, from: nil, to: Note(at: at, by: by, text: text))) }
            guard let old = note(from), let new = note(to), old != nil || new != nil else { return nil }
            return .edit(.note(task: task, from: old, to: new))
        case "deadline":
            guard let task, let old = deadline(from), let new = deadline(to) else { return nil }
            return .edit(.deadline(task: task, from: old, to: new))
        case "evidence":
            guard let task, let old = evidence(from), let new = evidence(to), old != nil || new != nil else { return nil }
            return .edit(.evidence(task: task, from: old, to: new))
        case "unitDone":
            guard let task, let unit = string(to["unit"]), case .bool(let old)? = from["done"], case .bool(let new)? = to["done"] else { return nil }
            return .edit(.unitDone(task: task, unit: unit, from: old, to: new))
        case "alias":
            guard let name = string(to["from"]), let old = optionalName(from["to"]), let new = optionalName(to["to"]) else { return nil }
            return .edit(.alias(name: name, from: old, to: new))
        case "group":
            guard let name = string(to["name"]), let old = names(from["members"]), let new = names(to["members"]) else { return nil }
            return .edit(.group(name: name, from: old, to: new))
        case "units":
            let reader = Reader(path: "(history)")
            func units(_ value: JSONValue) -> TaskUnits? {
                guard case .bool(let inherited)? = value["inherited"], let units = try? reader.units(value["units"], "units") else { return nil }
                return TaskUnits(units: units, inherited: inherited)
            }
            guard let task, let old = units(from), let new = units(to) else { return nil }
            return .edit(.units(task: task, from: old, to: new))
        case "planInfo":
            func info(_ value: JSONValue) -> PlanInfo? {
                guard let title = string(value["title"]) else { return nil }
                return PlanInfo(title: title, documentNumber: string(value["documentNumber"]), issuer: string(value["issuer"]), date: string(value["date"]))
            }
            guard let old = info(from), let new = info(to) else { return nil }
            return .edit(.planInfo(from: old, to: new))
        case "return":
            let reader = Reader(path: "(history)")
            func record(_ value: JSONValue) -> ReturnRecord?? {
                if value == .null { return .some(nil) }
                return (try? reader.returnRecord(value, "return")).map { .some($0) } ?? .none
            }
            guard let old = record(from), let new = record(to), old != nil || new != nil else { return nil }
            return .edit(.returnRecord(from: old, to: new))
        case "settings":
            let reader = Reader(path: "(history)")
            guard let old = try? reader.settings(from), let new = try? reader.settings(to) else { return nil }
            return .edit(.settings(from: old, to: new))
        case "restore":
            guard let label = string(to["label"]) else { return nil }
            let old: LedgerContent?
            if from == .null {
                old = nil
            } else {
                guard let content = content(from) else { return nil }
                old = content
            }
            // A reference to a restore (in an undo or redo) carries only its label.
            let new: LedgerContent? = to["source"] == nil ? nil : content(to)
            if to["source"] != nil, new == nil { return nil }
            return .edit(.restore(label: label, from: old, to: new))
        default:
            return nil
        }
    }

    /// A note object, `.some(nil)` for null, nil when it is neither.
    private static func note(_ value: JSONValue) -> Note?? {
        if value == .null { return .some(nil) }
        guard case .string(let at)? = value["at"], case .string(let by)? = value["by"], case .string(let text)? = value["text"] else { return .none }
        func optional(_ key: String) -> String? {
            if case .string(let text)? = value[key] { return text }
            return nil
        }
        return .some(Note(at: at, by: by, text: text, problem: optional("problem"), nextStep: optional("nextStep"), extensionAsked: optional("extensionAsked")))
    }

    /// An evidence object, `.some(nil)` for null, nil when it is neither.
    private static func evidence(_ value: JSONValue) -> Evidence?? {
        if value == .null { return .some(nil) }
        func optional(_ key: String) -> String? {
            if case .string(let text)? = value[key] { return text }
            return nil
        }
        guard let at = optional("at"), let by = optional("by"), let link = optional("link") else { return .none }
        return .some(Evidence(at: at, by: by, unit: optional("unit"), link: link, label: optional("label")))
    }

    /// A deadline object, `.some(nil)` for null, nil when it is neither.
    private static func deadline(_ value: JSONValue) -> Deadline?? {
        if value == .null { return .some(nil) }
        let reader = Reader(path: "(history)")
        guard let deadline = try? reader.deadline(value, "deadline") else { return .none }
        return .some(deadline)
    }

    /// The content a restore recorded, read with the ledger's own rules.
    static func content(_ snapshot: JSONValue) -> LedgerContent? {
        guard case .object(let members) = snapshot else { return nil }
        let document = JSONValue.object(
            [JSONMember("format", .string(Ledger.format)), JSONMember("schema", .int(Ledger.schema)), JSONMember("generation", .int(0))]
                + members.filter { $0.key != "label" && !notContent.contains($0.key) }
                + [JSONMember("history", .array([]))])
        return (try? ledger(from: JSONWriter.bytes(document), path: "(restore)"))?.content
    }
}
