import TaizhangTestSupport
import TaizhangImport
import TaizhangStore
import TaizhangWords
import Testing
@testable import TaizhangModel

/// A ledger that cannot be read is refused with a specific message and never touched.
@Suite struct LedgerDecodingTests {
    let path = "/data/ledger.json"
    var valid: String { String(decoding: LedgerEncoding.bytes(Ledger.bundled()), as: UTF8.self) }

    func decode(_ text: String) throws(LedgerError) -> Ledger {
        try LedgerDecoding.ledger(from: Array(text.utf8), path: path)
    }

    @Test func refusesBrokenFilesWithSpecificErrors() {
        #expect(throws: LedgerError.empty(path: path)) { try decode("") }
        #expect(throws: LedgerError.syntax(path: path, line: 3, column: 13, problem: .expectedValue(found: .character("x")))) {
            try decode("{\n  \"format\": \"taizhang-ledger\",\n  \"schema\": x\n}")
        }
        #expect(throws: LedgerError.notALedger(path: path, reason: .noFormat)) { try decode("{}") }
        #expect(throws: LedgerError.notALedger(path: path, reason: .topLevelNotObject)) { try decode("[1]") }
        #expect(throws: LedgerError.newerSchema(path: path, found: LedgerSchema.newest + 1)) {
            try decode(valid.replacingOccurrences(of: "\"schema\": \(Ledger.schema)", with: "\"schema\": \(LedgerSchema.newest + 1)"))
        }
        #expect(throws: LedgerError.invalid(path: path, field: "tasks[3].status", problem: .unknownStatus("finished", known: ["todo", "doing", "reported", "returned", "done"]))) {
            try decode(valid.replacing(firstTaskStatusAt: 3, with: "finished"))
        }
        #expect(throws: LedgerError.notUTF8(path: path)) {
            try LedgerDecoding.ledger(from: [0x7B, 0xFF, 0xFE, 0x7D], path: path)
        }
        #expect(throws: LedgerError.syntax(path: path, line: 1, column: 8, problem: .duplicateKey("a"))) {
            try decode("{\"a\":1,\"a\":2}")
        }
    }

    /// A schema-1 ledger (before deadlines, history, aliases and groups) reads with those empty.
    @Test func readsASchemaOneLedger() throws {
        // Schema 1 had no deadlines: start from a ledger without them.
        var ledger = Ledger.bundled()
        for index in ledger.plan.tasks.indices { ledger.plan.tasks[index].deadline = nil }
        let text = String(decoding: LedgerEncoding.bytes(ledger), as: UTF8.self)
        // Nor labels: schema 3 added them.
        for index in ledger.plan.tasks.indices { ledger.plan.tasks[index].label = nil }
        let schemaOne = OlderLedger.text(text, schema: 1, current: Ledger.schema)
        #expect(!schemaOne.contains("unitsDone") && !schemaOne.contains("\"history\""))
        #expect(try decode(schemaOne) == ledger)
        #expect(throws: LedgerError.invalid(path: path, field: "tasks[0].deadline", problem: .missing)) {
            try decode(valid.replacingOccurrences(of: "      \"deadline\": null,\n", with: ""))
        }
    }

    @Test func refusesDuplicateTaskNumbers() {
        let duplicated = valid.replacingOccurrences(of: "\"number\": 2,\n      \"label\"", with: "\"number\": 1,\n      \"label\"")
        #expect(throws: LedgerError.invalid(path: path, field: "tasks[1].number", problem: .duplicateTask(1))) {
            try decode(duplicated)
        }
    }

    /// Numbers in rising order are told apart by the last one alone; any other order keeps
    /// every number seen, the ones before it included.
    @Test func numbersInAnyOrderAreRefusedOnlyWhenWrittenTwice() throws {
        func firstRepeat(_ numbers: [Int]) -> Int? {
            var seen = DistinctNumbers()
            return numbers.firstIndex { !seen.insert($0) }
        }
        #expect(firstRepeat([1, 2, 3, 57, 1000]) == nil)
        #expect(firstRepeat([1, 2, 2]) == 2)
        #expect(firstRepeat([10, 20, 5, 7, 30]) == nil)
        #expect(firstRepeat([10, 20, 5, 20]) == 3)
        #expect(firstRepeat([10, 20, 5, 6, 10]) == 4)
        #expect(firstRepeat([3, 1, 3]) == 2)
        // A ledger whose tasks are not in number order reads; a number met again after the
        // order broke is refused by both readers, with the same words.
        var ledger = Ledger.bundled()
        ledger.plan.tasks.swapAt(0, 40)
        ledger.plan.tasks.swapAt(3, 56)
        let bytes = LedgerEncoding.bytes(ledger)
        #expect(try LedgerDecoding.ledger(from: bytes, path: path) == ledger)
        ledger.plan.tasks[50].number = ledger.plan.tasks[2].number
        #expect(throws: LedgerError.invalid(path: path, field: "tasks[50].number", problem: .duplicateTask(3))) {
            try LedgerDecoding.ledger(from: LedgerEncoding.bytes(ledger), path: path)
        }
    }

    @Test func errorMessagesNameTheFileAndTheSpot() {
        let error = LedgerError.syntax(path: path, line: 3, column: 13, problem: .expectedValue(found: .character("x")))
        #expect(error.words(.english) == "ledger /data/ledger.json is not valid JSON: line 3, column 13: expected a value, found 'x'; it was left as it is")
        #expect(error.words(.chinese) == "台账 /data/ledger.json 不是有效的 JSON：第 3 行第 13 列，此处应有一个值，却是 'x'；文件未作任何改动")
        let range = LedgerError.invalid(path: path, field: "generation", problem: .outOfRange(Int.max, allowed: Ledger.generations))
        #expect(range.words(.english).hasPrefix("ledger /data/ledger.json is inconsistent at generation: 9223372036854775807 is out of range (0–"))
    }
}

extension String {
    /// The ledger text with the status of the task at `index` replaced.
    fileprivate func replacing(firstTaskStatusAt index: Int, with status: String) -> String {
        var parts = components(separatedBy: "\"status\": \"todo\"")
        let head = parts[0...index].joined(separator: "\"status\": \"todo\"")
        parts.removeFirst(index + 1)
        return head + "\"status\": \"\(status)\"" + parts.joined(separator: "\"status\": \"todo\"")
    }
}
