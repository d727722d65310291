/// The ledger's file layout, written in a fixed key order (documented in docs/ledger-format.md).
public enum LedgerEncoding {
    /// The file's bytes. Written straight from the model, member by member, in the same
    /// layout `JSONWriter` gives `value(ledger)` (a test holds the two to the same bytes).
    ///
    /// With `journal`, the file is schema 5 (`LedgerSchema.newest`): the history is left out
    /// and the `journal` member names the JSON Lines file beside it that holds it
    /// (`LedgerJournal`), so a save writes only the ledger's present state and appends the
    /// new entries there.
    public static func bytes(_ ledger: Ledger, journal: JournalReference? = nil) -> [UInt8] {
        var out = JSONEmitter(capacity: 4096 + ledger.plan.tasks.count * (journal == nil ? 1400 : 900))
        out.openObject()
        for member in header(ledger, journal: journal) {
            out.key(member.key)
            out.value(member.value)
        }
        out.key("tasks")
        out.openArray()
        for task in ledger.plan.tasks {
            out.element()
            write(task, into: &out)
        }
        out.closeArray()
        for member in trailer(ledger, journal: journal) {
            out.key(member.key)
            out.value(member.value)
        }
        out.closeObject()
        return out.finish()
    }

    /// A task as the emitter writes it; the same members as `task(_:)`.
    private static func write(_ task: PlanTask, into out: inout JSONEmitter) {
        out.openObject()
        out.key("number")
        out.int(task.number)
        out.key("label")
        if let label = task.label { out.string(label) } else { out.value(.null) }
        out.key("area")
        out.int(task.area)
        out.key("section")
        if let section = task.section { out.int(section) } else { out.value(.null) }
        out.key("text")
        out.string(task.text)
        out.key("units")
        out.value(.array(task.units.map(unit)))
        out.key("people")
        out.value(.array(task.people.map(JSONValue.string)))
        out.key("status")
        out.string(task.status.rawValue)
        out.key("statusChanged")
        out.value(task.statusChanged.map(stamp) ?? .null)
        out.key("notes")
        out.value(.array(task.notes.map(note)))
        out.key("evidence")
        out.value(.array(task.evidence.map(evidence)))
        out.key("deadline")
        out.value(task.deadline.map(deadline) ?? .null)
        out.key("unitsInherited")
        out.value(.bool(task.unitsInherited))
        out.key("unitsDone")
        out.value(.array(task.unitsDone.map(JSONValue.string)))
        out.key("sourceLine")
        if let line = task.sourceLine { out.int(line) } else { out.value(.null) }
        out.closeObject()
    }

    /// The members before and after `tasks`, from the same tree `value` builds (without
    /// the tasks), so the two ways of writing cannot drift apart.
    private static func header(_ ledger: Ledger, journal: JournalReference?) -> ArraySlice<JSONMember> {
        members(value(ledger, withTasks: false, journal: journal)).prefix { $0.key != "tasks" }
    }

    private static func trailer(_ ledger: Ledger, journal: JournalReference?) -> ArraySlice<JSONMember> {
        members(value(ledger, withTasks: false, journal: journal)).drop { $0.key != "tasks" }.dropFirst()
    }

    private static func members(_ value: JSONValue) -> [JSONMember] {
        guard case .object(let members) = value else { return [] }
        return members
    }

    static func value(_ ledger: Ledger, withTasks: Bool = true, journal: JournalReference? = nil) -> JSONValue {
        var members = [
            JSONMember("format", .string(Ledger.format)),
            JSONMember("schema", .int(journal == nil ? Ledger.schema : LedgerSchema.newest)),
            JSONMember("generation", .int(ledger.generation)),
        ]
        if let journal { members.append(JSONMember("journal", LedgerJournal.value(journal))) }
        members += [
            JSONMember("source", .string(ledger.source)),
            JSONMember("plan", plan(ledger.plan)),
            JSONMember("tasks", .array(withTasks ? ledger.plan.tasks.map(task) : [])),
            JSONMember("importWarnings", .array(ledger.importWarnings.map(warning))),
            JSONMember("aliases", .array(ledger.aliases.map { alias in
                .object([JSONMember("from", .string(alias.from)), JSONMember("to", .string(alias.to))])
            })),
            JSONMember("groups", .array(ledger.groups.map { group in
                .object([JSONMember("name", .string(group.name)), JSONMember("members", .array(group.members.map(JSONValue.string)))])
            })),
            JSONMember("settings", settings(ledger.settings)),
            JSONMember("returns", .array(ledger.returns.map(returnRecord))),
        ]
        if journal == nil { members.append(JSONMember("history", .array(ledger.history.map(entry)))) }
        return .object(members)
    }

    private static func plan(_ plan: Plan) -> JSONValue {
        .object([
            JSONMember("title", .string(plan.title)),
            JSONMember("documentNumber", optional(plan.documentNumber)),
            JSONMember("issuer", optional(plan.issuer)),
            JSONMember("date", optional(plan.date)),
            JSONMember("preamble", plan.preamble.map { preamble in
                .object([
                    JSONMember("text", .string(preamble.text)),
                    JSONMember("units", .array(preamble.units.map(unit))),
                ])
            } ?? .null),
            JSONMember("areas", .array(plan.areas.map { area in
                .object([
                    JSONMember("number", .int(area.number)),
                    JSONMember("title", .string(area.title)),
                    JSONMember("sections", .array(area.sections.map { section in
                        .object([JSONMember("number", .int(section.number)), JSONMember("title", .string(section.title))])
                    })),
                ])
            })),
        ])
    }

    private static func task(_ task: PlanTask) -> JSONValue {
        .object([
            JSONMember("number", .int(task.number)),
            JSONMember("label", task.label.map(JSONValue.string) ?? .null),
            JSONMember("area", .int(task.area)),
            JSONMember("section", task.section.map(JSONValue.int) ?? .null),
            JSONMember("text", .string(task.text)),
            JSONMember("units", .array(task.units.map(unit))),
            JSONMember("people", .array(task.people.map(JSONValue.string))),
            JSONMember("status", .string(task.status.rawValue)),
            JSONMember("statusChanged", task.statusChanged.map(stamp) ?? .null),
            JSONMember("notes", .array(task.notes.map(note))),
            JSONMember("evidence", .array(task.evidence.map(evidence))),
            JSONMember("deadline", task.deadline.map(deadline) ?? .null),
            JSONMember("unitsInherited", .bool(task.unitsInherited)),
            JSONMember("unitsDone", .array(task.unitsDone.map(JSONValue.string))),
            JSONMember("sourceLine", task.sourceLine.map(JSONValue.int) ?? .null),
        ])
    }

    public static func deadline(_ deadline: Deadline) -> JSONValue {
        let kind: String
        switch deadline.kind {
        case .date: kind = "date"
        case .recurring(let period): kind = period.rawValue
        case .ongoing: kind = "ongoing"
        case .asWritten: kind = "asWritten"
        }
        return .object([
            JSONMember("kind", .string(kind)),
            JSONMember("date", deadline.date.map(JSONValue.string) ?? .null),
            JSONMember("phrase", deadline.phrase.map(JSONValue.string) ?? .null),
        ])
    }

    /// A note; what a unit's return adds (problem, next step, extension asked) only when said.
    static func note(_ note: Note) -> JSONValue {
        var members = [
            JSONMember("at", .string(note.at)), JSONMember("by", .string(note.by)),
            JSONMember("text", .string(note.text)),
        ]
        if let problem = note.problem { members.append(JSONMember("problem", .string(problem))) }
        if let nextStep = note.nextStep { members.append(JSONMember("nextStep", .string(nextStep))) }
        if let asked = note.extensionAsked { members.append(JSONMember("extensionAsked", .string(asked))) }
        return .object(members)
    }

    static func settings(_ settings: LedgerSettings) -> JSONValue {
        .object([
            JSONMember("lights", .object([
                JSONMember("dueSoonDays", .int(settings.lights.dueSoonDays)),
                JSONMember("unstartedShare", .double(settings.lights.unstartedShare)),
            ])),
            JSONMember("cycle", settings.cycle.map(cycle) ?? .null),
        ])
    }

    static func returnRecord(_ record: ReturnRecord) -> JSONValue {
        .object([
            JSONMember("unit", .string(record.unit)), JSONMember("period", .string(record.period)),
            JSONMember("received", .string(record.received)), JSONMember("file", .string(record.file)),
            JSONMember("filledBy", optional(record.filledBy)), JSONMember("phone", optional(record.phone)),
        ])
    }

    static func cycle(_ cycle: ReportingCycle) -> JSONValue {
        switch cycle {
        case .monthly(let day): .object([JSONMember("kind", .string("monthly")), JSONMember("day", .int(day))])
        case .weekly(let weekday): .object([JSONMember("kind", .string("weekly")), JSONMember("weekday", .int(weekday))])
        case .quarterly(let day): .object([JSONMember("kind", .string("quarterly")), JSONMember("day", .int(day))])
        case .once(let date): .object([JSONMember("kind", .string("once")), JSONMember("date", .string(date.description))])
        }
    }

    static func evidence(_ evidence: Evidence) -> JSONValue {
        .object([
            JSONMember("at", .string(evidence.at)), JSONMember("by", .string(evidence.by)),
            JSONMember("unit", optional(evidence.unit)), JSONMember("link", .string(evidence.link)),
            JSONMember("label", optional(evidence.label)),
        ])
    }

    static func unit(_ unit: UnitAssignment) -> JSONValue {
        .object([JSONMember("name", .string(unit.name)), JSONMember("role", .string(unit.role.rawValue))])
    }

    private static func stamp(_ stamp: Stamp) -> JSONValue {
        .object([JSONMember("at", .string(stamp.at)), JSONMember("by", .string(stamp.by))])
    }

    /// Schema 3: the warning's kind by name and its arguments, so it can be said in any
    /// language (schema 2 stored an English message).
    private static func warning(_ warning: ImportWarning) -> JSONValue {
        var members = [
            JSONMember("line", .int(warning.line)),
            JSONMember("task", warning.task.map(JSONValue.int) ?? .null),
            JSONMember("kind", .string(warning.kind.name)),
        ]
        for (key, argument) in warning.kind.arguments {
            switch argument {
            case .text(let text): members.append(JSONMember(key, .string(text)))
            case .number(let number): members.append(JSONMember(key, .int(number)))
            case .texts(let texts): members.append(JSONMember(key, .array(texts.map(JSONValue.string))))
            }
        }
        return .object(members)
    }

    static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}
