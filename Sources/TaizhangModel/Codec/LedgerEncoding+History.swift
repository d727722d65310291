/// History entries as the ledger file writes them: `{"at", "by", "task", "field", "from",
/// "to"}`, with `from` and `to` the values before and after in the same shapes the rest of
/// the file uses, so `jq` reads a change the way it reads the ledger.
extension LedgerEncoding {
    static func entry(_ entry: HistoryEntry) -> JSONValue {
        let (field, from, to) = parts(entry.event, at: entry.at, by: entry.by)
        var members = [
            JSONMember("at", .string(entry.at)), JSONMember("by", .string(entry.by)),
            JSONMember("task", entry.task.map(JSONValue.int) ?? .null),
            JSONMember("field", .string(field)), JSONMember("from", from), JSONMember("to", to),
        ]
        if let reason = entry.reason { members.append(JSONMember("reason", .string(reason))) }
        return .object(members)
    }

    private static func parts(_ event: HistoryEvent, at: String, by: String) -> (String, JSONValue, JSONValue) {
        switch event {
        case .edit(let edit): return parts(edit, at: at, by: by)
        case .undo(let target): return ("undo", Self.entry(target), .null)
        case .redo(let target): return ("redo", Self.entry(target), .null)
        case .superseded(let target): return ("superseded", Self.entry(target), .null)
        case .unknown(let field, _, let from, let to): return (field, from, to)
        }
    }

    private static func parts(_ edit: Edit, at: String, by: String) -> (String, JSONValue, JSONValue) {
        func names(_ list: [String]?) -> JSONValue { list.map { .array($0.map(JSONValue.string)) } ?? .null }
        switch edit {
        case .status(_, let from, let to):
            return ("status", .string(from.rawValue), .string(to.rawValue))
        case .note(_, let from, let to):
            // An added note is its text: its time and author are the entry's.
            if from == nil, let to, to.at == at, to.by == by, to.problem == nil, to.nextStep == nil, to.extensionAsked == nil {
                return ("note", .null, .string(to.text))
            }
            return ("note", from.map(note) ?? .null, to.map(note) ?? .null)
        case .deadline(_, let from, let to):
            return ("deadline", from.map(deadline) ?? .null, to.map(deadline) ?? .null)
        case .evidence(_, let from, let to):
            return ("evidence", from.map(evidence) ?? .null, to.map(evidence) ?? .null)
        case .unitDone(_, let unit, let from, let to):
            return ("unitDone",
                    .object([JSONMember("unit", .string(unit)), JSONMember("done", .bool(from))]),
                    .object([JSONMember("unit", .string(unit)), JSONMember("done", .bool(to))]))
        case .alias(let name, let from, let to):
            return ("alias",
                    .object([JSONMember("from", .string(name)), JSONMember("to", from.map(JSONValue.string) ?? .null)]),
                    .object([JSONMember("from", .string(name)), JSONMember("to", to.map(JSONValue.string) ?? .null)]))
        case .group(let name, let from, let to):
            return ("group",
                    .object([JSONMember("name", .string(name)), JSONMember("members", names(from))]),
                    .object([JSONMember("name", .string(name)), JSONMember("members", names(to))]))
        case .settings(let from, let to):
            return ("settings", settings(from), settings(to))
        case .returnRecord(let from, let to):
            return ("return", from.map(returnRecord) ?? .null, to.map(returnRecord) ?? .null)
        case .units(_, let from, let to):
            func value(_ units: TaskUnits) -> JSONValue {
                .object([JSONMember("units", .array(units.units.map(unit))), JSONMember("inherited", .bool(units.inherited))])
            }
            return ("units", value(from), value(to))
        case .planInfo(let from, let to):
            func value(_ info: PlanInfo) -> JSONValue {
                .object([
                    JSONMember("title", .string(info.title)), JSONMember("documentNumber", optional(info.documentNumber)),
                    JSONMember("issuer", optional(info.issuer)), JSONMember("date", optional(info.date)),
                ])
            }
            return ("planInfo", value(from), value(to))
        case .restore(let label, let from, let to):
            let after: JSONValue = to.map { content(of: $0, label: label) } ?? .object([JSONMember("label", .string(label))])
            return ("restore", from.map { content(of: $0, label: nil) } ?? .null, after)
        }
    }

    /// A ledger's content (everything but format, schema, generation and history) as one
    /// object, with the backup's name first when it is what a restore brought back.
    static func content(of content: LedgerContent, label: String?) -> JSONValue {
        var ledger = Ledger(source: content.source, plan: content.plan)
        ledger.content = content
        guard case .object(let members) = value(ledger) else { return .null }
        var kept = members.filter { !LedgerDecoding.notContent.contains($0.key) }
        if let label { kept.insert(JSONMember("label", .string(label)), at: 0) }
        return .object(kept)
    }
}
