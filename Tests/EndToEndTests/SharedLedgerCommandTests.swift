import Foundation
import Testing

/// The command line on a JSON file and on a plan in PostgreSQL: the same commands, the same
/// answers, the same ledger. Each test runs on both stores; the last runs one working
/// session on both and compares every answer and the ledgers they leave.
@Suite("commands on a file and on a database")
struct SharedLedgerCommandTests {
    /// The first change makes the ledger from the bundled plan and says so; the change is
    /// in the ledger and its history, stamped with USER.
    @Test(arguments: StoreKind.allCases)
    func theFirstChangeMakesTheLedger(_ kind: StoreKind) async throws {
        let scratch = ScratchFolder()
        let ledger = try await LedgerUnderTest.make(kind, scratch)
        #expect(try await ledger.bytes() == nil)
        let result = try await ledger.run(["done", "4", "7"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "task 4: done\ntask 7: done\n")
        #expect(result.stderr.contains("from the bundled Zhuhai 2022 plan"), "\(result.stderr)")
        #expect(try await ledger.statuses() == LedgerJSON.allTodo(except: [4: "done", 7: "done"]))
        let history = try await ledger.history()
        #expect(history.map { $0["task"] as? Int } == [4, 7])
        #expect(history.allSatisfy { $0["by"] as? String == CommandLineRun.user })
    }

    /// `note`, `due` (with a reason), `evidence`, `unit done` and `unit alias` land in the
    /// ledger as on a file; `show` prints them.
    @Test(arguments: StoreKind.allCases)
    func dailyWorkIsKept(_ kind: StoreKind) async throws {
        let scratch = ScratchFolder()
        let ledger = try await LedgerUnderTest.fresh(kind, scratch)
        for arguments in [
            ["note", "14", "区里已报送材料"], ["due", "14", "2022-06-30", "--reason", "申请延期"],
            ["evidence", "14", "https://wsjkj.zhuhai.gov.cn/1", "--label", "公开页面"],
            ["unit", "done", "14", "市卫生健康局"], ["unit", "alias", "市直其他单位", "市直各有关单位"],
        ] {
            let result = try await ledger.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let task = try await ledger.task(14)
        #expect((task["notes"] as? [[String: Any]])?.map { $0["text"] as? String } == ["区里已报送材料"])
        #expect((task["deadline"] as? [String: Any])?["date"] as? String == "2022-06-30")
        #expect((task["evidence"] as? [[String: Any]])?.first?["link"] as? String == "https://wsjkj.zhuhai.gov.cn/1")
        #expect(task["unitsDone"] as? [String] == ["市卫生健康局"])
        let history = try await ledger.history()
        #expect(history.map { $0["field"] as? String } == ["note", "deadline", "evidence", "unitDone", "alias"])
        #expect(history[1]["reason"] as? String == "申请延期")
        let show = try await ledger.run(["show", "14"])
        #expect(show.status == 0 && show.stdout.contains("区里已报送材料"), "\(show.stdout)")
    }

    /// A typo changes nothing: an unknown task is refused by name and the ledger is byte
    /// for byte as it was.
    @Test(arguments: StoreKind.allCases)
    func anUnknownTaskChangesNothing(_ kind: StoreKind) async throws {
        let scratch = ScratchFolder()
        let ledger = try await LedgerUnderTest.fresh(kind, scratch)
        _ = try await ledger.run(["done", "3"])
        let before = try await ledger.bytes()
        let result = try await ledger.run(["done", "2", "99"])
        #expect(result.status != 0)
        #expect(ledger.neutral(result.stderr) == "Error: no task 99 in LEDGER (tasks are 1–57); nothing was changed\n")
        #expect(try await ledger.bytes() == before)
    }

    /// One working session — changes, undo and redo, the lists and the report — on both
    /// stores: every answer is the same (the ledger's name aside), and so is the ledger
    /// left behind (times aside).
    @Test func oneSessionAnswersTheSameOnBoth() async throws {
        let session: [[String]] = [
            ["done", "1", "2"], ["start", "5"], ["reopen", "2"], ["note", "5", "第一次催办"],
            ["due", "5", "2022-09-30"], ["unit", "group", "各区政府（管委会）", "香洲区", "金湾区", "斗门区"],
            ["unit", "done", "1", "市政府办公室"], ["unit", "done", "1", "市司法局"], ["undo"], ["undo"], ["undo", "--redo"],
            ["evidence", "5", "a.pdf"], ["evidence", "5", "a.pdf", "--remove"],
            ["list"], ["list", "--json"], ["show", "5"], ["workload", "--json"], ["units"], ["report"],
        ]
        var answers: [StoreKind: [String]] = [:]
        var ledgers: [StoreKind: [String: Any]] = [:]
        for kind in StoreKind.allCases {
            let scratch = ScratchFolder()
            let ledger = try await LedgerUnderTest.fresh(kind, scratch)
            var said: [String] = []
            for arguments in session {
                let result = try await ledger.run(arguments + ["--today", "2022-08-01"].filter { _ in arguments.first == "report" })
                said.append(Self.timeless("\(arguments) → \(result.status)\n" + ledger.neutral(result.stdout) + ledger.neutral(result.stderr)))
            }
            answers[kind] = said
            ledgers[kind] = try await ledger.json()
        }
        let (file, database) = (answers[.file] ?? [], answers[.postgres] ?? [])
        #expect(file.count == session.count && database.count == session.count)
        for (ours, theirs) in zip(file, database) {
            #expect(ours == theirs)
        }
        #expect(Self.timeless(ledgers[.file]) == Self.timeless(ledgers[.postgres]))
    }

    /// The ledger as JSON text with every time stamp and the generation blanked.
    static func timeless(_ ledger: [String: Any]?) -> String {
        guard let ledger, let data = try? JSONSerialization.data(withJSONObject: ledger, options: [.sortedKeys]) else { return "" }
        let text = String(decoding: data, as: UTF8.self)
        let generation = try? NSRegularExpression(pattern: #""generation":\d+"#)
        return timeless(generation?.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "") ?? text)
    }

    /// `text` with every time stamp (ISO 8601, as changes are stamped) written as TIME.
    static func timeless(_ text: String) -> String {
        let stamps = try? NSRegularExpression(pattern: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)"#)
        return stamps?.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "TIME") ?? text
    }
}
