/// Reads a ledger file strictly: every field checked for its type, every status known,
/// task numbers unique and every task in an existing area and section. A file that passes
/// can be saved back without losing anything; one that fails is reported and left alone.
public enum LedgerDecoding {
    /// A self-contained ledger (schema 3 or older). A schema-4 file, whose history is in a
    /// journal beside it, is read with `decode` and `LedgerJournal` (the store does both);
    /// here it throws `journal(…, .notRead)`.
    public static func ledger(from bytes: [UInt8], path: String) throws(LedgerError) -> Ledger {
        let decoded = try decode(bytes, path: path)
        if let journal = decoded.journal { throw .journal(path: path, file: journal.file, problem: .notRead) }
        return decoded.ledger
    }

    public static func decode(_ bytes: [UInt8], path: String) throws(LedgerError) -> Decoded {
        if bytes.isEmpty { throw .empty(path: path) }
        if bytes.allSatisfy({ $0 == 0 }) {
            throw .notALedger(path: path, reason: .onlyNULBytes(count: bytes.count))
        }
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        // Checked in place, without making a String copy of the whole file.
        guard Self.isUTF8(body) else { throw .notUTF8(path: path) }
        // One pass with no tree of the whole file; what it does not decide is read below.
        var streamed = Reader(path: path)
        if let ledger = streamed.streamedLedger(body) { return Decoded(ledger: ledger, journal: streamed.journal, replaysTail: streamed.replaysTail) }
        let root: JSONValue
        do {
            root = try JSONParser.parse(body, validatedUTF8: true)
        } catch {
            throw .syntax(path: path, line: error.line, column: error.column, problem: error.problem)
        }
        var reader = Reader(path: path)
        let ledger = try reader.ledger(root)
        return Decoded(ledger: ledger, journal: reader.journal, replaysTail: reader.replaysTail)
    }

    /// A value as a message quotes it: short, on one line.
    static func brief(_ value: JSONValue) -> String {
        let text = String(decoding: JSONWriter.bytes(value), as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Check.isValid)
    }

    static func isUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Check.isValid)
    }

    struct Reader {
        let path: String
        /// The schema being read; fields added in a later schema default when reading an
        /// older file (which is how older ledgers are migrated).
        var schema = Ledger.schema
        /// The journal a schema-4 file names.
        var journal: JournalReference?
        /// Unit names, one string for each spelling however often it is written.
        let names = NameTable()
        /// Whether the journal's lines after the committed part are to be made again (schema 5).
        var replaysTail: Bool { journal != nil && schema >= LedgerSchema.tailed }

        /// A field that schema `since` introduced: required from then on, absent before.
        func added(_ value: JSONValue?, since: Int, default fallback: JSONValue) -> JSONValue? {
            if value == nil, schema < since { return fallback }
            return value
        }

        func fail(_ field: String, _ problem: LedgerError.FieldProblem) -> LedgerError {
            .invalid(path: path, field: field, problem: problem)
        }

        // Field paths ("tasks[3].status") are built only when a check fails: building them for
        // every field of every task showed up in the time to read a large ledger.
        func object(_ value: JSONValue?, _ field: @autoclosure () -> String) throws(LedgerError) -> JSONValue {
            guard let value, case .object = value else { throw fail(field(), value == nil ? .missing : .expected(.object)) }
            return value
        }

        func array(_ value: JSONValue?, _ field: @autoclosure () -> String, orEmptyWhen absent: Bool) throws(LedgerError) -> [JSONValue] {
            if absent { return [] }
            return try array(value, field())
        }

        func array(_ value: JSONValue?, _ field: @autoclosure () -> String) throws(LedgerError) -> [JSONValue] {
            guard let value, case .array(let items) = value else { throw fail(field(), value == nil ? .missing : .expected(.array)) }
            return items
        }

        func string(_ value: JSONValue?, _ field: @autoclosure () -> String) throws(LedgerError) -> String {
            guard let value, case .string(let text) = value else { throw fail(field(), value == nil ? .missing : .expected(.string)) }
            return text
        }

        func optionalString(_ value: JSONValue?, _ field: @autoclosure () -> String) throws(LedgerError) -> String? {
            if value == nil || value == .null { return nil }
            return try string(value, field())
        }

        func int(_ value: JSONValue?, _ field: @autoclosure () -> String) throws(LedgerError) -> Int {
            guard let value, case .int(let number) = value else { throw fail(field(), value == nil ? .missing : .expected(.wholeNumber)) }
            return number
        }

        /// A whole number that must lie in `allowed`: numbers read from a file are bounded
        /// here, at the edge, so no arithmetic on them inside can overflow.
        func int(_ value: JSONValue?, _ field: @autoclosure () -> String, in allowed: ClosedRange<Int>) throws(LedgerError) -> Int {
            let number = try int(value, field())
            guard allowed.contains(number) else { throw fail(field(), .outOfRange(number, allowed: allowed)) }
            return number
        }

        func optionalInt(_ value: JSONValue?, _ field: @autoclosure () -> String) throws(LedgerError) -> Int? {
            if value == nil || value == .null { return nil }
            return try int(value, field())
        }

        mutating func ledger(_ root: JSONValue) throws(LedgerError) -> Ledger {
            guard case .object = root else { throw .notALedger(path: path, reason: .topLevelNotObject) }
            guard let format = root["format"] else { throw .notALedger(path: path, reason: .noFormat) }
            guard format == .string(Ledger.format) else {
                throw .notALedger(path: path, reason: .otherFormat(LedgerDecoding.brief(format)))
            }
            let schema = try int(root["schema"], "schema")
            if schema > LedgerSchema.newest { throw .newerSchema(path: path, found: schema) }
            guard schema >= 1 else { throw fail("schema", .unknownSchema(schema)) }
            self.schema = schema
            let generation = try int(root["generation"], "generation", in: Ledger.generations)
            let source = try string(root["source"], "source")
            var plan = try self.plan(try object(root["plan"], "plan"))
            plan.tasks = try tasks(try array(root["tasks"], "tasks"), areas: plan.areas)
            let warnings = try array(root["importWarnings"], "importWarnings").enumerated().map { (index, item) throws(LedgerError) in
                let field = "importWarnings[\(index)]"
                let value = try object(item, field)
                let line = try int(value["line"], field + ".line")
                let task = try optionalInt(value["task"], field + ".task")
                // Schema 2 kept a plain English message; schema 3 a kind and its arguments.
                if let message = value["message"], value["kind"] == nil {
                    return ImportWarning(line: line, task: task, .legacy(message: try string(message, field + ".message")))
                }
                let name = try string(value["kind"], field + ".kind")
                var arguments: [String: ImportWarning.Kind.Argument] = [:]
                if case .object(let members) = value {
                    for member in members where !["line", "task", "kind"].contains(member.key) {
                        switch member.value {
                        case .string(let text): arguments[member.key] = .text(text)
                        case .int(let number): arguments[member.key] = .number(number)
                        case .array(let items):
                            arguments[member.key] = .texts(items.compactMap { if case .string(let text) = $0 { text } else { nil } })
                        default: break
                        }
                    }
                }
                guard let kind = ImportWarning.Kind(name: name, arguments: arguments) else {
                    return ImportWarning(line: line, task: task, .legacy(message: "\(name)"))
                }
                return ImportWarning(line: line, task: task, kind)
            }
            let aliases = try array(added(root["aliases"], since: 2, default: .array([])), "aliases").enumerated().map { (index, item) throws(LedgerError) in
                let field = "aliases[\(index)]"
                let value = try object(item, field)
                return UnitAlias(from: try string(value["from"], field + ".from"), to: try string(value["to"], field + ".to"))
            }
            let groups = try array(added(root["groups"], since: 2, default: .array([])), "groups").enumerated().map { (index, item) throws(LedgerError) in
                let field = "groups[\(index)]"
                let value = try object(item, field)
                let members = try array(value["members"], field + ".members").enumerated().map { (memberIndex, member) throws(LedgerError) in
                    try string(member, field + ".members[\(memberIndex)]")
                }
                return UnitGroup(name: try string(value["name"], field + ".name"), members: members)
            }
            if schema >= LedgerSchema.journaled {
                guard root["history"] == nil else { throw fail("history", .inJournal) }
                journal = try LedgerJournal.reference(root["journal"], reader: self)
            }
            let history = try array(added(root["history"], since: 2, default: .array([])), "history", orEmptyWhen: journal != nil).enumerated().map { (index, item) throws(LedgerError) in
                let field = "history[\(index)]"
                let value = try object(item, field)
                guard let from = value["from"] else { throw fail(field + ".from", .missing) }
                guard let to = value["to"] else { throw fail(field + ".to", .missing) }
                return LedgerDecoding.entry(
                    at: try string(value["at"], field + ".at"), by: try string(value["by"], field + ".by"),
                    task: try optionalInt(value["task"], field + ".task"), field: try string(value["field"], field + ".field"),
                    from: from, to: to, reason: try optionalString(value["reason"], field + ".reason"))
            }
            return Ledger(
                generation: generation, source: source, plan: plan, importWarnings: warnings,
                history: history, aliases: aliases, groups: groups,
                settings: try settings(added(root["settings"], since: 3, default: .null)),
                returns: try array(added(root["returns"], since: 3, default: .array([])), "returns").enumerated().map { (index, item) throws(LedgerError) in
                    try returnRecord(item, "returns[\(index)]")
                })
        }

        func returnRecord(_ item: JSONValue, _ field: String) throws(LedgerError) -> ReturnRecord {
            let value = try object(item, field)
            return ReturnRecord(
                unit: try string(value["unit"], field + ".unit"), period: try string(value["period"], field + ".period"),
                received: try string(value["received"], field + ".received"), file: try string(value["file"], field + ".file"),
                filledBy: try optionalString(value["filledBy"], field + ".filledBy"), phone: try optionalString(value["phone"], field + ".phone"))
        }

        /// The office's settings; absent (an older ledger) or null means the standard ones.
        func settings(_ value: JSONValue?) throws(LedgerError) -> LedgerSettings {
            guard let value, value != .null else {
                if value == nil { throw fail("settings", .missing) }
                return .standard
            }
            let object = try self.object(value, "settings")
            let lights = try self.object(object["lights"], "settings.lights")
            let share: Double
            switch lights["unstartedShare"] {
            case .double(let number)?: share = number
            case .int(let number)?: share = Double(number)
            case nil: throw fail("settings.lights.unstartedShare", .missing)
            default: throw fail("settings.lights.unstartedShare", .expected(.wholeNumber))
            }
            guard (0...1).contains(share) else { throw fail("settings.lights.unstartedShare", .outOfRange(Int(share * 100), allowed: 0...100)) }
            var cycle: ReportingCycle?
            if let raw = object["cycle"], raw != .null {
                let entry = try self.object(raw, "settings.cycle")
                switch try string(entry["kind"], "settings.cycle.kind") {
                case "monthly": cycle = .monthly(day: try int(entry["day"], "settings.cycle.day", in: 1...31))
                case "weekly": cycle = .weekly(weekday: try int(entry["weekday"], "settings.cycle.weekday", in: 1...7))
                case "quarterly": cycle = .quarterly(day: try int(entry["day"], "settings.cycle.day", in: 1...31))
                case "once":
                    let text = try string(entry["date"], "settings.cycle.date")
                    guard let day = DayDate(text) else { throw fail("settings.cycle.date", .notADate(text)) }
                    cycle = .once(day)
                case let kind: throw fail("settings.cycle.kind", .unknownDeadlineKind(kind, known: ["monthly", "weekly", "quarterly", "once"]))
                }
            }
            return LedgerSettings(
                lights: LightRules(dueSoonDays: try int(lights["dueSoonDays"], "settings.lights.dueSoonDays", in: 0...366), unstartedShare: share),
                cycle: cycle)
        }

        func plan(_ value: JSONValue) throws(LedgerError) -> Plan {
            var preamble: Preamble?
            if let raw = value["preamble"], raw != .null {
                let object = try self.object(raw, "plan.preamble")
                preamble = Preamble(
                    text: try string(object["text"], "plan.preamble.text"),
                    units: try units(object["units"], "plan.preamble.units"))
            }
            var areaNumbers = DistinctNumbers()
            let areas = try array(value["areas"], "plan.areas").enumerated().map { (index, item) throws(LedgerError) -> Area in
                let field = "plan.areas[\(index)]"
                let area = try object(item, field)
                let number = try int(area["number"], field + ".number", in: Ledger.areaNumbers)
                guard areaNumbers.insert(number) else { throw fail(field + ".number", .duplicateArea(number)) }
                let sections = try array(area["sections"], field + ".sections").enumerated().map { (sectionIndex, item) throws(LedgerError) -> Section in
                    let sectionField = field + ".sections[\(sectionIndex)]"
                    let section = try object(item, sectionField)
                    return Section(
                        number: try int(section["number"], sectionField + ".number", in: Ledger.areaNumbers),
                        title: try string(section["title"], sectionField + ".title"))
                }
                return Area(number: number, title: try string(area["title"], field + ".title"), sections: sections)
            }
            return Plan(
                title: try string(value["title"], "plan.title"),
                documentNumber: try optionalString(value["documentNumber"], "plan.documentNumber"),
                issuer: try optionalString(value["issuer"], "plan.issuer"),
                date: try optionalString(value["date"], "plan.date"),
                preamble: preamble, areas: areas, tasks: [])
        }

        func tasks(_ items: [JSONValue], areas: [Area]) throws(LedgerError) -> [PlanTask] {
            var numbers = DistinctNumbers()
            var result: [PlanTask] = []
            result.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                result.append(try task(item, at: index, areas: areas, numbers: &numbers))
            }
            return result
        }

        /// The task at `index` of the file's `tasks`; `numbers` holds the numbers of the
        /// tasks before it, and gains this one's.
        func task(_ item: JSONValue, at index: Int, areas: [Area], numbers: inout DistinctNumbers) throws(LedgerError) -> PlanTask {
            let field = { "tasks[\(index)]" }
            let value = try object(item, field())
            let number = try int(value["number"], field() + ".number", in: Ledger.taskNumbers)
            guard numbers.insert(number) else { throw fail(field() + ".number", .duplicateTask(number)) }
            let areaNumber = try int(value["area"], field() + ".area")
            guard let area = areas.first(where: { $0.number == areaNumber }) else {
                throw fail(field() + ".area", .noSuchArea(task: number, area: areaNumber))
            }
            let section = try optionalInt(value["section"], field() + ".section")
            if let section, area.section(section) == nil {
                throw fail(field() + ".section", .noSuchSection(task: number, area: areaNumber, section: section))
            }
            let statusText = try string(value["status"], field() + ".status")
            guard let status = TaskStatus(rawValue: statusText) else {
                throw fail(field() + ".status", .unknownStatus(statusText, known: TaskStatus.allCases.map(\.rawValue)))
            }
            var changed: Stamp?
            if let raw = value["statusChanged"], raw != .null {
                let stamp = try object(raw, field() + ".statusChanged")
                changed = Stamp(
                    at: try string(stamp["at"], field() + ".statusChanged.at"),
                    by: try string(stamp["by"], field() + ".statusChanged.by"))
            }
            let notes = try array(value["notes"], field() + ".notes").enumerated().map { (noteIndex, item) throws(LedgerError) -> Note in
                try note(item, field() + ".notes[\(noteIndex)]")
            }
            let evidence = try array(added(value["evidence"], since: 3, default: .array([])), field() + ".evidence").enumerated().map { (itemIndex, item) throws(LedgerError) -> Evidence in
                try self.evidence(item, field() + ".evidence[\(itemIndex)]")
            }
            var deadline: Deadline?
            if let raw = added(value["deadline"], since: 2, default: .null), raw != .null {
                deadline = try self.deadline(raw, field() + ".deadline")
            } else if value["deadline"] == nil, schema >= 2 {
                throw fail(field() + ".deadline", .missing)
            }
            guard case .bool(let inherited) = added(value["unitsInherited"], since: 2, default: .bool(false)) else {
                throw fail(field() + ".unitsInherited", value["unitsInherited"] == nil ? .missing : .expected(.trueOrFalse))
            }
            let unitsDone = try array(added(value["unitsDone"], since: 2, default: .array([])), field() + ".unitsDone")
                .enumerated().map { (unitIndex, item) throws(LedgerError) in try string(item, field() + ".unitsDone[\(unitIndex)]") }
            let people = try array(added(value["people"], since: 3, default: .array([])), field() + ".people")
                .enumerated().map { (personIndex, item) throws(LedgerError) in try string(item, field() + ".people[\(personIndex)]") }
            let label = value["label"] == nil && schema < 3 ? nil : try optionalString(value["label"], field() + ".label")
            if value["label"] == nil, schema >= 3 { throw fail(field() + ".label", .missing) }
            return PlanTask(
                number: number, label: label, area: areaNumber, section: section,
                text: try string(value["text"], field() + ".text"),
                units: try units(value["units"], field() + ".units"), people: people,
                status: status, statusChanged: changed, notes: notes, evidence: evidence,
                deadline: deadline, unitsInherited: inherited, unitsDone: unitsDone,
                sourceLine: try optionalInt(value["sourceLine"], field() + ".sourceLine"))
        }

        func note(_ item: JSONValue, _ noteField: String) throws(LedgerError) -> Note {
            let note = try object(item, noteField)
            return Note(
                at: try string(note["at"], noteField + ".at"), by: try string(note["by"], noteField + ".by"),
                text: try string(note["text"], noteField + ".text"),
                problem: try optionalString(note["problem"], noteField + ".problem"),
                nextStep: try optionalString(note["nextStep"], noteField + ".nextStep"),
                extensionAsked: try optionalString(note["extensionAsked"], noteField + ".extensionAsked"))
        }

        func evidence(_ item: JSONValue, _ itemField: String) throws(LedgerError) -> Evidence {
            let object = try object(item, itemField)
            return Evidence(
                at: try string(object["at"], itemField + ".at"), by: try string(object["by"], itemField + ".by"),
                unit: try optionalString(object["unit"], itemField + ".unit"), link: try string(object["link"], itemField + ".link"),
                label: try optionalString(object["label"], itemField + ".label"))
        }

        func deadline(_ value: JSONValue, _ field: String) throws(LedgerError) -> Deadline {
            let object = try self.object(value, field)
            let phrase = try optionalString(object["phrase"], field + ".phrase")
            let kind = try string(object["kind"], field + ".kind")
            switch kind {
            case "date":
                let day = try string(object["date"], field + ".date")
                guard DayDate(day) != nil else { throw fail(field + ".date", .notADate(day)) }
                return Deadline(.date(day), phrase: phrase)
            case "ongoing": return Deadline(.ongoing, phrase: phrase)
            case "asWritten":
                guard let phrase, !phrase.isEmpty else { throw fail(field + ".phrase", .phraseMissing) }
                return Deadline(.asWritten, phrase: phrase)
            default:
                if let period = Deadline.Recurrence(rawValue: kind) { return Deadline(.recurring(period), phrase: phrase) }
                let known = ["date"] + Deadline.Recurrence.allCases.map(\.rawValue) + ["ongoing", "asWritten"]
                throw fail(field + ".kind", .unknownDeadlineKind(kind, known: known))
            }
        }

        func units(_ value: JSONValue?, _ field: String) throws(LedgerError) -> [UnitAssignment] {
            try array(value, field).enumerated().map { (index, item) throws(LedgerError) -> UnitAssignment in
                let unitField = field + "[\(index)]"
                let unit = try object(item, unitField)
                let roleText = try string(unit["role"], unitField + ".role")
                guard let role = UnitRole(rawValue: roleText) else {
                    throw fail(unitField + ".role", .unknownRole(roleText, known: UnitRole.allCases.map(\.rawValue)))
                }
                return UnitAssignment(name: try string(unit["name"], unitField + ".name"), role: role)
            }
        }
    }
}
