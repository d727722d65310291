import TaizhangImport
import TaizhangStore
import Foundation
import TaizhangWords
import Testing
import TaizhangModel
import TaizhangTestSupport

/// Broken and hostile ledger files through `LedgerStore.load`: each is a clear typed error
/// or a valid load, never a crash and never a write. Deterministic (seeded); set
/// `TAIZHANG_FUZZ_CASES` (and `TAIZHANG_FUZZ_SEED`) for a longer run. An input that ever
/// fails goes into `FuzzFixtures` (its failure message prints it as base64).
@Suite struct FuzzTests {
    /// Calls that change the disk; none may happen when a load fails.
    static let writes: Set<String> = ["create", "write", "rename", "link", "unlink", "mkdir", "open lock file"]

    /// A small valid ledger using every part of the format (about 3 KB), so every byte can
    /// be cut or flipped in reasonable time.
    static func seedLedger() -> [UInt8] {
        let tasks = (1...4).map { number in
            PlanTask(number: number, area: 1, section: number == 4 ? nil : 1, text: "任务\(number)：落实“粤系列”\t平台", units: [
                UnitAssignment(name: "市政务服务数据管理局", role: .lead), UnitAssignment(name: "各区政府", role: .supporting),
            ], deadline: number == 2 ? Deadline(.date("2026-12-31"), phrase: "年底前") : nil)
        }
        var ledger = Ledger(
            source: "plan.txt",
            plan: Plan(title: "分工方案", documentNumber: "珠府办〔2022〕6号", areas: [Area(number: 1, title: "总体", sections: [Section(number: 1, title: "数据")])], tasks: tasks),
            importWarnings: [ImportWarning(line: 3, task: 2, .legacy(message: "check"))])
        let stamp = Stamp(at: "2026-11-27T17:05:09+08:00", by: "张三")
        _ = try? ledger.apply(.status(task: 1, to: .done), stamp: stamp)
        _ = try? ledger.apply(.addNote(task: 2, text: "已报送 \"引号\"\n第二行"), stamp: stamp)
        _ = try? ledger.apply(.unitDone(task: 3, unit: "各区政府", done: true), stamp: stamp)
        _ = try? ledger.apply(.alias(from: "甲", to: "乙"), stamp: stamp)
        _ = try? ledger.apply(.group(name: "各区", members: ["香洲区"]), stamp: stamp)
        ledger.generation = 7
        return LedgerEncoding.bytes(ledger)
    }

    enum Outcome: Equatable { case loaded, refused }

    /// Loads `bytes` as the ledger on a fake disk and checks the promises.
    static func check(_ bytes: [UInt8], _ label: String) -> Outcome? {
        let fs = FakeFileSystem()
        fs.makeFolder(Fixture.folder)
        fs.put(Fixture.path, bytes)
        var store = LedgerStore(path: Fixture.path, fileSystem: fs)
        do {
            let opened = try store.load()
            // A valid load reads back the same after a save's encoding.
            let again = try LedgerDecoding.ledger(from: LedgerEncoding.bytes(opened.ledger), path: Fixture.path)
            guard again == opened.ledger else {
                Issue.record("\(label): does not round-trip; input base64 \(Data(bytes).base64EncodedString())")
                return nil
            }
            return .loaded
        } catch {
            let wrote = fs.callLog.filter { writes.contains($0) }
            if !wrote.isEmpty || fs.bytes(Fixture.path) != bytes {
                Issue.record("\(label): refused (\(error)) but wrote \(wrote); input base64 \(Data(bytes).base64EncodedString())")
                return nil
            }
            if !error.words(.english).contains(Fixture.path) || !error.words(.chinese).contains(Fixture.path) {
                Issue.record("\(label): message does not name the file: \(error)")
            }
            return .refused
        }
    }

    @Test func truncatedAtEveryByteAndFlippedAtRandom() {
        let valid = Self.seedLedger()
        let environment = ProcessInfo.processInfo.environment
        let total = environment["TAIZHANG_FUZZ_CASES"].flatMap(Int.init) ?? 10_000
        var random = SeededRandom(seed: environment["TAIZHANG_FUZZ_SEED"].flatMap(UInt64.init) ?? 27)
        var counts: [Outcome: Int] = [:]
        for length in 0..<valid.count {
            if let outcome = Self.check(Array(valid[..<length]), "truncated at \(length)") { counts[outcome, default: 0] += 1 }
        }
        // Only the cut of the final newline still reads; every other cut is refused.
        #expect(counts[.loaded] == 1)
        for index in 0..<max(0, total - valid.count) {
            var bytes = valid
            for _ in 0...random.next(below: 3) {
                let position = Int(random.next(below: UInt64(bytes.count)))
                switch random.next(below: 3) {
                case 0: bytes[position] ^= UInt8(1 << random.next(below: 8))
                case 1: bytes[position] = UInt8(random.next(below: 256))
                default: bytes.remove(at: position)
                }
            }
            if let outcome = Self.check(bytes, "mutation \(index)") { counts[outcome, default: 0] += 1 }
        }
        #expect((counts[.loaded] ?? 0) + (counts[.refused] ?? 0) >= total)
        #expect((counts[.refused] ?? 0) > total / 2)
    }

    @Test func namedHostileFiles() throws {
        let valid = String(decoding: Self.seedLedger(), as: UTF8.self)
        let path = Fixture.path
        func refused(_ bytes: [UInt8]) -> LedgerError? {
            let fs = FakeFileSystem()
            fs.makeFolder(Fixture.folder)
            fs.put(path, bytes)
            var store = LedgerStore(path: path, fileSystem: fs)
            do {
                _ = try store.load()
                return nil
            } catch {
                #expect(fs.callLog.filter { Self.writes.contains($0) }.isEmpty)
                return error
            }
        }
        #expect(refused([]) == .empty(path: path))
        #expect(refused([UInt8](repeating: 0, count: 512)) == .notALedger(path: path, reason: .onlyNULBytes(count: 512)))
        #expect(refused([0xEF, 0xBB, 0xBF] + Array(valid.utf8)) == nil)  // a BOM from an editor is fine
        #expect(refused(Array(valid.utf8.prefix(40)) + [0xC3, 0x28] + Array(valid.utf8.dropFirst(40))) == .notUTF8(path: path))
        #expect(refused(Array("hello".utf8)) == .syntax(path: path, line: 1, column: 1, problem: .expectedValue(found: .character("h"))))
        #expect(refused(Array("{\"format\": \"taskwarrior\"}".utf8)) == .notALedger(path: path, reason: .otherFormat("\"taskwarrior\"")))
        #expect(refused(Array(valid.replacingOccurrences(of: "\"generation\": 7", with: "\"generation\": 7, \"generation\": 8").utf8))
            == .syntax(path: path, line: 4, column: 20, problem: .duplicateKey("generation")))
        #expect(refused(Array(valid.replacingOccurrences(of: "\"generation\": 7", with: "\"generation\": 99999999999999999999").utf8))
            == .syntax(path: path, line: 4, column: 17, problem: .numberTooLarge("99999999999999999999")))
        #expect(refused(Array(valid.replacingOccurrences(of: "\"generation\": 7", with: "\"generation\": 1e400").utf8))
            == .syntax(path: path, line: 4, column: 17, problem: .numberOutOfRange("1e400")))
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(refused(Array(valid.replacingOccurrences(of: "\"importWarnings\": [", with: "\"deep\": \(deep),\n  \"importWarnings\": [").utf8)) != nil)
        #expect(refused(Array(valid.replacingOccurrences(of: "\"status\": \"done\"", with: "\"status\": \"finished\"").utf8))
            == .invalid(path: path, field: "tasks[0].status", problem: .unknownStatus("finished", known: ["todo", "doing", "reported", "returned", "done"])))
        #expect(refused(Array(valid.replacingOccurrences(of: "\"number\": 2,\n      \"label\"", with: "\"number\": 1,\n      \"label\"").utf8))
            == .invalid(path: path, field: "tasks[1].number", problem: .duplicateTask(1)))
        #expect(refused(Array("{\"format\": \"taizhang-ledger\", \"schema\": 99}".utf8)) == .newerSchema(path: path, found: 99))
        for (name, bytes) in FuzzFixtures.inputs {
            #expect(Self.check(bytes, "fixture \(name)") != nil)
        }
    }
}
