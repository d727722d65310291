/// Reading a ledger in one pass over its bytes, with no tree of the whole document: the
/// tasks and the history (nearly all of a large file) are read one item at a time, each item
/// checked by the tree reader's own rules as soon as it is read and its small tree dropped.
/// The rest of the file (the plan, settings and other small members) goes through
/// `Reader.ledger` as it always did.
///
/// It only ever succeeds: on anything it does not decide itself (broken JSON, a field that
/// fails its check, members in an order taizhang does not write) it gives up, and the caller
/// reads the file again through `JSONParser` and `Reader.ledger`, which report exactly what
/// they always did. So a ledger it returns is the one the tree path returns, and every error
/// still comes from the tree path.
extension LedgerDecoding.Reader {
    /// The ledger in `body` (checked UTF-8, without a BOM), or nil when the tree path must
    /// read it.
    mutating func streamedLedger(_ body: [UInt8]) -> Ledger? {
        body.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            do {
                return try streamedLedger(&scanner)
            } catch {
                return nil
            }
        }
    }

    private mutating func streamedLedger(_ scanner: inout JSONScanner) throws -> Ledger {
        try scanner.enter(UInt8(ascii: "{"))
        var top = TopLevel()
        var first = true
        while try scanner.more(UInt8(ascii: "}"), first: first) {
            first = false
            scanner.skipWhitespace()
            let key = try scanner.string()
            try top.expectNew(key)
            try scanner.expect(UInt8(ascii: ":"))
            if let areas = top.streamsTasks(key) {
                top.tasks = try streamedTasks(&scanner, areas: areas)
                top.members.append(JSONMember(key, .array([])))
            } else if key == "history" {
                top.history = try streamedHistory(&scanner)
                top.members.append(JSONMember(key, .array([])))
            } else {
                take(key, try scanner.value(), into: &top)
            }
        }
        scanner.skipWhitespace()
        guard scanner.atEnd else { throw FastPathMiss() }
        return try assembled(top)
    }

    /// What the one-pass readers gather from the top of the file: the small members as
    /// trees (the streamed arrays stand in empty), the tasks and history read item by item,
    /// and what reading the tasks needs.
    struct TopLevel {
        var members: [JSONMember] = []
        var tasks: [PlanTask]?
        var history: [HistoryEntry]?
        var areas: [Area]?
        var schemaSeen = false

        /// Each key once, as the tree reader requires.
        func expectNew(_ key: String) throws(FastPathMiss) {
            guard !members.contains(where: { $0.key == key }) else { throw FastPathMiss() }
        }

        /// The plan's areas when `key` is the tasks and they can be read item by item: they
        /// are checked against the schema (fields it added) and the plan's areas, both of
        /// which come before them in a file taizhang writes. Otherwise they are a tree.
        func streamsTasks(_ key: String) -> [Area]? {
            key == "tasks" && schemaSeen ? areas : nil
        }
    }

    /// A small member read as a tree; the schema and the plan's areas are noted for the tasks.
    mutating func take(_ key: String, _ value: JSONValue, into top: inout TopLevel) {
        if key == "schema", case .int(let number) = value {
            schema = number
            top.schemaSeen = true
        } else if key == "plan" {
            top.areas = try? plan(value).areas
        }
        top.members.append(JSONMember(key, value))
    }

    /// The ledger from what was gathered, checked by the tree reader's own rules.
    mutating func assembled(_ top: TopLevel) throws(LedgerError) -> Ledger {
        var ledger = try self.ledger(.object(top.members))
        if let tasks = top.tasks { ledger.plan.tasks = tasks }
        if let history = top.history { ledger.history = history }
        return ledger
    }

    private func streamedTasks(_ scanner: inout JSONScanner, areas: [Area]) throws -> [PlanTask] {
        var numbers = DistinctNumbers()
        return try scanner.items { (scanner) throws in try streamedTask(&scanner, areas: areas, numbers: &numbers) }
    }

    private func streamedHistory(_ scanner: inout JSONScanner) throws -> [HistoryEntry] {
        try scanner.items { (scanner) throws in try streamedEntry(&scanner) }
    }

    // MARK: Items read straight from the bytes
    //
    // Each reads the keys taizhang writes, in any order, each at most once; any other key is
    // a miss (the tree path reads such a file). The checks are those of the tree reader, the
    // function named with each; nested parts taizhang rarely writes (notes, evidence,
    // deadlines) are read as small trees and checked by the tree reader's own functions.

    private static let taskKeys: [StaticString] = [
        "number", "label", "area", "section", "text", "units", "people", "status",
        "statusChanged", "notes", "evidence", "deadline", "unitsInherited", "unitsDone", "sourceLine",
    ]

    /// A task, with the checks of `task(_:at:areas:numbers:)`.
    func streamedTask(_ scanner: inout JSONScanner, areas: [Area], numbers: inout DistinctNumbers) throws -> PlanTask {
        var number = 0
        var areaNumber = 0
        var section: Int?
        var sourceLine: Int?
        var label: String?
        var text = ""
        var status = TaskStatus.todo
        var units: [UnitAssignment] = []
        var people: [String] = []
        var unitsDone: [String] = []
        var notes: [Note] = []
        var evidence: [Evidence] = []
        var changed: Stamp?
        var deadline: Deadline?
        var inherited = false
        let seen = try scanner.members(Self.taskKeys) { (scanner, key) throws in
            switch key {
            case 0: number = try scanner.int()
            case 1: label = try scanner.optionalString()
            case 2: areaNumber = try scanner.int()
            case 3: section = scanner.null() ? nil : try scanner.int()
            case 4: text = try scanner.string()
            case 5: units = try streamedUnits(&scanner)
            case 6: people = try scanner.items { (scanner) throws(FastPathMiss) in try scanner.string() }
            case 7: status = try scanner.word(Self.statuses)
            case 8: if !scanner.null() { changed = try streamedStamp(&scanner) }
            case 9: notes = try scanner.items { (scanner) throws in try streamedNote(&scanner) }
            case 10: evidence = try scanner.items { (scanner) throws in try self.evidence(try scanner.value(), "") }
            case 11: if !scanner.null() { deadline = try self.deadline(try scanner.value(), "") }
            case 12: inherited = try scanner.bool()
            case 13: unitsDone = try scanner.items { (scanner) throws(FastPathMiss) in try scanner.string(sharingFrom: names) }
            default: sourceLine = scanner.null() ? nil : try scanner.int()
            }
        }
        // Required always; from schema 2 (deadline, unitsInherited, unitsDone); from schema 3
        // (label, people, evidence). Absent before, they take the tree reader's defaults.
        var required: UInt32 = 1 << 0 | 1 << 2 | 1 << 4 | 1 << 5 | 1 << 7 | 1 << 9
        if schema >= 2 { required |= 1 << 11 | 1 << 12 | 1 << 13 }
        if schema >= 3 { required |= 1 << 1 | 1 << 6 | 1 << 10 }
        guard seen & required == required, Ledger.taskNumbers.contains(number), numbers.insert(number),
            let area = areas.first(where: { $0.number == areaNumber })
        else { throw FastPathMiss() }
        if let section, area.section(section) == nil { throw FastPathMiss() }
        return PlanTask(
            number: number, label: label, area: areaNumber, section: section, text: text, units: units, people: people,
            status: status, statusChanged: changed, notes: notes, evidence: evidence, deadline: deadline,
            unitsInherited: inherited, unitsDone: unitsDone, sourceLine: sourceLine)
    }

    private static let stampKeys: [StaticString] = ["at", "by"]

    /// A task's last status change: both strings there. (The tree reader passes other keys
    /// by; here they are a miss, and the tree reads such a file.)
    private func streamedStamp(_ scanner: inout JSONScanner) throws -> Stamp {
        var at = ""
        var by = ""
        let seen = try scanner.members(Self.stampKeys) { (scanner, key) throws(FastPathMiss) in
            if key == 0 { at = try scanner.string() } else { by = try scanner.string() }
        }
        guard seen == 0b11 else { throw FastPathMiss() }
        return Stamp(at: at, by: by)
    }

    private static let noteKeys: [StaticString] = ["at", "by", "text", "problem", "nextStep", "extensionAsked"]

    /// A note, with the checks of `note(_:_:)`: read from the bytes instead of through a
    /// small tree, which made notes a fifth of reading the tasks.
    private func streamedNote(_ scanner: inout JSONScanner) throws -> Note {
        var at = ""
        var by = ""
        var text = ""
        var problem: String?
        var nextStep: String?
        var extensionAsked: String?
        let seen = try scanner.members(Self.noteKeys) { (scanner, key) throws(FastPathMiss) in
            switch key {
            case 0: at = try scanner.string()
            case 1: by = try scanner.string()
            case 2: text = try scanner.string()
            case 3: problem = try scanner.optionalString()
            case 4: nextStep = try scanner.optionalString()
            default: extensionAsked = try scanner.optionalString()
            }
        }
        guard seen & 0b111 == 0b111 else { throw FastPathMiss() }
        return Note(at: at, by: by, text: text, problem: problem, nextStep: nextStep, extensionAsked: extensionAsked)
    }

    private static let unitKeys: [StaticString] = ["name", "role"]
    private static let roles = Words<UnitRole>()
    private static let statuses = Words<TaskStatus>()

    /// A task's units, with the checks of `units(_:_:)`.
    private func streamedUnits(_ scanner: inout JSONScanner) throws -> [UnitAssignment] {
        try scanner.items { (scanner) throws in
            var name = ""
            var role = UnitRole.lead
            let seen = try scanner.members(Self.unitKeys) { (scanner, key) throws(FastPathMiss) in
                if key == 0 {
                    name = try scanner.string(sharingFrom: names)
                } else {
                    role = try scanner.word(Self.roles)
                }
            }
            guard seen == 0b11 else { throw FastPathMiss() }
            return UnitAssignment(name: name, role: role)
        }
    }

    private static let entryKeys: [StaticString] = ["at", "by", "task", "field", "from", "to", "reason"]

    /// A history entry, with the checks of the tree reader's `history[i]` (and
    /// `LedgerDecoding.entry(from:place:)`).
    func streamedEntry(_ scanner: inout JSONScanner) throws -> HistoryEntry {
        var at = ""
        var by = ""
        var field = ""
        var task: Int?
        var from = JSONValue.null
        var to = JSONValue.null
        var reason: String?
        let seen = try scanner.members(Self.entryKeys) { (scanner, key) throws(FastPathMiss) in
            switch key {
            case 0: at = try scanner.string()
            case 1: by = try scanner.string()
            case 2: task = scanner.null() ? nil : try scanner.int()
            case 3: field = try scanner.string()
            case 4: from = try scanner.value()
            case 5: to = try scanner.value()
            default: reason = try scanner.optionalString()
            }
        }
        let required: UInt32 = 0b11_1011
        guard seen & required == required else { throw FastPathMiss() }
        return LedgerDecoding.entry(at: at, by: by, task: task, field: field, from: from, to: to, reason: reason)
    }
}

extension LedgerDecoding {
    /// One journal line (no line end) read straight from its bytes, checked as a history
    /// item is; nil where the tree path must read it, which then reports exactly what it
    /// always did. The bytes must be checked UTF-8, as the scanner does not check again.
    static func streamedJournalEntry(_ line: UnsafeBufferPointer<UInt8>, path: String) -> HistoryEntry? {
        let reader = Reader(path: path)
        var scanner = JSONScanner(line)
        guard let entry = try? reader.streamedEntry(&scanner) else { return nil }
        scanner.skipWhitespace()
        return scanner.atEnd ? entry : nil
    }
}
