import TaizhangTestSupport
import TaizhangImport
import Testing
@testable import TaizhangModel

/// The one-pass reader (`JSONScanner`, `Reader.streamedLedger`) against the tree path it
/// stands in for: it accepts exactly the JSON `JSONParser` accepts and builds the same
/// values, it returns the ledger the tree path returns, and where it gives up the tree path
/// reads the file, so every error stays what it was.
@Suite struct StreamedDecodingTests {
    let path = "/data/ledger.json"

    /// The scanner's value for a whole document, nil where it gives up.
    static func scanned(_ bytes: [UInt8]) -> JSONValue? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            guard let value = try? scanner.value() else { return nil }
            scanner.skipWhitespace()
            return scanner.atEnd ? value : nil
        }
    }

    /// The tree path alone: `JSONParser` then `Reader.ledger`.
    func treeLedger(_ bytes: [UInt8]) throws(LedgerError) -> Ledger {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes, validatedUTF8: true)
        } catch {
            throw .syntax(path: path, line: error.line, column: error.column, problem: error.problem)
        }
        var reader = LedgerDecoding.Reader(path: path)
        return try reader.ledger(root)
    }

    func tree(_ bytes: [UInt8]) -> Result<Ledger, LedgerError> {
        Result { () throws(LedgerError) -> Ledger in try treeLedger(bytes) }
    }

    func streamed(_ bytes: [UInt8]) -> Ledger? {
        var reader = LedgerDecoding.Reader(path: path)
        return reader.streamedLedger(bytes)
    }

    /// The streamed reader either gives up or returns what the tree path returns; and the
    /// public entry gives what the tree path gives, error or ledger.
    func expectSame(_ bytes: [UInt8], _ label: String, mustStream: Bool = false) {
        // Both readers are only ever given checked UTF-8 (a cut may split a character).
        guard LedgerDecoding.isUTF8(bytes) else {
            #expect(throws: LedgerError.self, "\(label)") { try LedgerDecoding.ledger(from: bytes, path: path) }
            return
        }
        let expected = tree(bytes)
        let fast = streamed(bytes)
        if let fast {
            guard case .success(let ledger) = expected else {
                Issue.record("\(label): streamed a ledger the tree path refuses (\(expected))")
                return
            }
            #expect(fast == ledger, "\(label)")
        } else if mustStream {
            Issue.record("\(label): not streamed (\(expected))")
        }
        if bytes.first != 0xEF, bytes.contains(where: { $0 != 0 }) {
            let actual = Result { () throws(LedgerError) in try LedgerDecoding.ledger(from: bytes, path: path) }
            #expect(actual == expected, "\(label)")
        }
    }

    func ledgers() throws -> [(String, Ledger)] {
        var withEverything = try HistoryCodecTests().everyKind()
        withEverything.settings = LedgerSettings(lights: LightRules(dueSoonDays: 5, unstartedShare: 0.25), cycle: .monthly(day: 20))
        withEverything.importWarnings = [ImportWarning(line: 3, task: 2, .legacy(message: "check"))]
        withEverything.plan.tasks[0].people = ["张三", "李四"]
        withEverything.plan.tasks[1].label = nil
        withEverything.plan.tasks[2].statusChanged = Stamp(at: "2026-11-27T17:05:09+08:00", by: "张三")
        withEverything.plan.tasks[3].sourceLine = nil
        return [("bundled", Ledger.bundled()), ("every kind", withEverything), ("empty", Ledger(source: "x", plan: Plan(title: "t", areas: [], tasks: [])))]
    }

    @Test func readsEveryLedgerTaizhangWritesInOnePassToTheSameValue() throws {
        for (name, ledger) in try ledgers() {
            let bytes = LedgerEncoding.bytes(ledger)
            expectSame(bytes, name, mustStream: true)
            #expect(streamed(bytes) == ledger, "\(name)")
        }
    }

    /// A journal's lines are read in one pass each, to the entries the tree path reads; a
    /// line that is not an entry, or a journal that is not UTF-8, gets the tree path's error.
    @Test func journalLinesReadInOnePassToTheSameEntries() throws {
        for (name, ledger) in try ledgers() {
            let lines = LedgerJournal.lines(ledger.history)
            let reference = JournalReference(file: "ledger.history-1.jsonl", entries: ledger.history.count, bytes: lines.count)
            #expect(try LedgerJournal.entries(in: lines, reference: reference, path: path) == ledger.history, "\(name)")
            var streamedCount = 0
            for line in lines.split(separator: UInt8(ascii: "\n")) {
                let entry = Array(line).withUnsafeBufferPointer { LedgerDecoding.streamedJournalEntry($0, path: path) }
                if let entry {
                    streamedCount += 1
                    #expect(try LedgerDecoding.entry(from: JSONParser.parse(Array(line)), place: path) == entry)
                }
            }
            #expect(streamedCount == ledger.history.count, "\(name)")
        }
        let good = LedgerJournal.lines(try HistoryCodecTests().everyKind().history.prefix(2))
        let count = good.filter { $0 == UInt8(ascii: "\n") }.count
        for (label, bytes) in [("not an entry", good + Array("{\"at\": 1}\n".utf8)), ("not UTF-8", good + [0x22, 0xFF, 0x22, 0x0A])] {
            let reference = JournalReference(file: "j.jsonl", entries: count + 1, bytes: bytes.count)
            #expect(throws: LedgerError.journal(path: path, file: "j.jsonl", problem: .badLine(line: count + 1, problem: label == "not UTF-8" ? "column 3" : "not a history entry")), "\(label)") {
                try LedgerJournal.entries(in: bytes, reference: reference, path: path)
            }
        }
    }

    /// Older schemas read the same (fields they lack default), and a file arranged by hand
    /// (tasks before the plan) still reads, through the tree.
    @Test func readsOlderSchemasAndOtherArrangementsTheSame() throws {
        var ledger = Ledger.bundled()
        for index in ledger.plan.tasks.indices { ledger.plan.tasks[index].deadline = nil }
        let text = String(decoding: LedgerEncoding.bytes(ledger), as: UTF8.self)
        for schema in 1...Ledger.schema {
            expectSame(Array(OlderLedger.text(text, schema: schema, current: Ledger.schema).utf8), "schema \(schema)", mustStream: true)
        }
        // Members moved: the plan after the tasks, the schema last.
        guard case .object(let members)? = try? JSONParser.parse(LedgerEncoding.bytes(Ledger.bundled())) else {
            Issue.record("no ledger")
            return
        }
        let moved = members.filter { $0.key != "plan" && $0.key != "schema" } + members.filter { $0.key == "plan" || $0.key == "schema" }
        let bytes = JSONWriter.bytes(.object(moved))
        expectSame(bytes, "rearranged")
        #expect((try? LedgerDecoding.ledger(from: bytes, path: path)) == Ledger.bundled())
        // Compact, on one line, as a tool like jq -c writes it.
        expectSame(Array(JSONWriter.compact(.object(members)).utf8), "compact", mustStream: true)
    }

    /// Keys are looked for in the order taizhang writes them, and found in any other order
    /// too: tasks, notes, stamps and units with their keys reversed still read in one pass,
    /// to the same ledger; a note or a stamp with a key taizhang does not write is left to
    /// the tree path, which reads it (and drops the key) as it always did.
    @Test func keysInAnyOrderReadInOnePassAndUnknownKeysGoToTheTree() throws {
        let ledger = try ledgers()[1].1
        #expect(ledger.plan.tasks.contains { $0.notes.contains { $0.problem != nil } } && ledger.plan.tasks.contains { $0.statusChanged != nil })
        guard case .object(let members)? = try? JSONParser.parse(LedgerEncoding.bytes(ledger)) else {
            Issue.record("no ledger")
            return
        }
        func reversed(_ value: JSONValue) -> JSONValue {
            switch value {
            case .object(let members): .object(members.reversed().map { JSONMember($0.key, reversed($0.value)) })
            case .array(let items): .array(items.map(reversed))
            default: value
            }
        }
        func withTasks(_ change: (JSONValue) -> JSONValue) -> [UInt8] {
            JSONWriter.bytes(.object(members.map { $0.key == "tasks" ? JSONMember("tasks", change($0.value)) : $0 }))
        }
        let backwards = withTasks(reversed)
        #expect(backwards != LedgerEncoding.bytes(ledger))
        expectSame(backwards, "keys reversed", mustStream: true)
        #expect(streamed(backwards) == ledger)
        // Whitespace before a colon is JSON too.
        let spaced = Array(String(decoding: LedgerEncoding.bytes(ledger), as: UTF8.self).replacing("\"at\": ", with: "\"at\" :\n ").utf8)
        expectSame(spaced, "space before a colon", mustStream: true)
        #expect(streamed(spaced) == ledger)
        for key in ["notes", "statusChanged"] {
            func extra(_ value: JSONValue) -> JSONValue {
                guard case .array(let tasks) = value else { return value }
                return .array(tasks.map { task in
                    guard case .object(let fields) = task else { return task }
                    return .object(fields.map { field in
                        guard field.key == key else { return field }
                        func marked(_ object: JSONValue) -> JSONValue {
                            guard case .object(let inner) = object else { return object }
                            return .object(inner + [JSONMember("seenBy", .string("王五"))])
                        }
                        if case .array(let notes) = field.value { return JSONMember(key, .array(notes.map(marked))) }
                        return JSONMember(key, marked(field.value))
                    })
                })
            }
            let bytes = withTasks(extra)
            #expect(streamed(bytes) == nil, "\(key)")
            expectSame(bytes, "an unknown key in \(key)")
            #expect((try? LedgerDecoding.ledger(from: bytes, path: path)) == ledger, "\(key)")
        }
    }

    /// Every cut of a small valid ledger, and random changes to it: the same ledger or the
    /// same error as the tree path.
    @Test func brokenLedgersGiveTheTreePathsErrors() throws {
        let valid = LedgerEncoding.bytes(try ledgers()[1].1)
        for length in stride(from: 0, to: valid.count, by: max(1, valid.count / 600)) {
            expectSame(Array(valid[..<length]), "cut at \(length)")
        }
        var random = SeededRandom(seed: 16)
        let interesting: [UInt8] = Array("{}[]\",:\\-+.eE0123456789tfnu \n".utf8)
        for index in 0..<300 {
            var bytes = valid
            for _ in 0...random.next(below: 3) {
                let position = Int(random.next(below: UInt64(bytes.count)))
                switch random.next(below: 4) {
                case 0: bytes[position] = interesting[Int(random.next(below: UInt64(interesting.count)))]
                case 1: bytes.insert(interesting[Int(random.next(below: UInt64(interesting.count)))], at: position)
                case 2: bytes[position] = UInt8(random.next(below: 128))
                default: bytes.remove(at: position)
                }
            }
            expectSame(bytes, "mutation \(index)")
        }
    }

    /// Hand-picked JSON at the edges of what `JSONParser` accepts: the scanner agrees on
    /// each, value for value.
    @Test(arguments: [
        "0", "-0", "1", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
        "123456789012345678", "1234567890123456789", "99999999999999999999", "01", "-", "-a", "1.", "1.5", ".5", "1e", "1e+", "1e5",
        "1E-5", "1e400", "-1e400", "1.7976931348623157e308", "2.5e-324",
        "true", "false", "null", "tru", "fals", "nul", "truex", "nullx", "falsey", "t", "",
        "\"\"", "\"a\"", "\"a", "\"\\\"\"", "\"\\u00e9\"", "\"\\u00E9x\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\ud83dx\"", "\"\\ude00\"",
        "\"\\ud83d\\u0041\"", "\"\\u12\"", "\"\\u12g4\"", "\"\\x\"", "\"\\", "\"a\\nb\\tc\\/d\\\\e\\bf\\fg\\rh\"", "\"\u{01}\"", "\"台账\"",
        "{}", "[]", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":}", "{a:1}", "{\"a\":1 \"b\":2}", "[1 2]", "{\"a\":1,\"a\":2}",
        "{\"\\u00e9\":1,\"e\\u0301\":2}", "{\"é\":1,\"é\":2}", "[1]x", " [1] ", "\t{\n}\r\n", "{\"a\":[{\"b\":null}]}", "[[[]]]", "[",
        "{\"a\":1", "\u{0}",
    ])
    func scannerAgreesWithTheParser(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(Self.scanned(bytes) == (try? JSONParser.parse(bytes, validatedUTF8: true)))
    }

    @Test func scannerKeepsTheDepthLimitAndFindsDuplicatesInLargeObjects() {
        for depth in [JSONParser.maximumDepth - 1, JSONParser.maximumDepth, JSONParser.maximumDepth + 1] {
            let bytes = Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
            #expect(Self.scanned(bytes) == (try? JSONParser.parse(bytes)), "depth \(depth)")
        }
        for size in [3, 32, 33, 40] {
            let members = (0..<size).map { "\"k\($0)\": \($0)" }
            for extra in [[], ["\"k\(size - 1)\": 0"], ["\"k0\": 0"]] {
                let bytes = Array(("{" + (members + extra).joined(separator: ",") + "}").utf8)
                #expect(Self.scanned(bytes) == (try? JSONParser.parse(bytes)), "size \(size) extra \(extra)")
            }
        }
    }
}
