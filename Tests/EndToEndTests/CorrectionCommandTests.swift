import Foundation
import Testing

/// Issue 12's corrections on the command line: a note changed or deleted, a task given its
/// units, the plan's title and number corrected; each a recorded change that `undo` takes back,
/// and a refused one leaving the ledger byte for byte as it was.
@Suite("taizhang note --edit/--delete, unit set, plan set")
struct CorrectionCommandTests {
    @Test func aNoteIsChangedDeletedAndBroughtBack() async throws {
        let scratch = ScratchFolder()
        let ledger = ["--ledger", scratch.ledger]
        _ = try await CommandLineRun.taizhang(["note", "4", "区里已报送初稿"] + ledger, scratch: scratch)
        _ = try await CommandLineRun.taizhang(["note", "4", "第二条"] + ledger, scratch: scratch)
        let edit = try await CommandLineRun.taizhang(["note", "4", "区里已报送定稿", "--edit", "1"] + ledger, scratch: scratch)
        #expect(edit.stdout == "task 4: note 1 changed\n", "\(edit.stderr)")
        var notes = try #require(try LedgerJSON.task(4, inLedgerAt: scratch.ledger)["notes"] as? [[String: Any]])
        #expect(notes.map { $0["text"] as? String } == ["区里已报送定稿", "第二条"])
        let delete = try await CommandLineRun.taizhang(["note", "4", "--delete", "2"] + ledger, scratch: scratch, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(delete.stdout == "任务 4：已删除第 2 条进展\n")
        notes = try #require(try LedgerJSON.task(4, inLedgerAt: scratch.ledger)["notes"] as? [[String: Any]])
        #expect(notes.count == 1)

        let before = scratch.bytes(scratch.ledger)
        let missing = try await CommandLineRun.taizhang(["note", "4", "--delete", "5"] + ledger, scratch: scratch)
        #expect(missing.status == 1 && missing.stderr == "Error: task 4 has no note 5 (it has 1); nothing was changed\n")
        #expect(scratch.bytes(scratch.ledger) == before)

        _ = try await CommandLineRun.taizhang(["undo"] + ledger, scratch: scratch)
        notes = try #require(try LedgerJSON.task(4, inLedgerAt: scratch.ledger)["notes"] as? [[String: Any]])
        #expect(notes.map { $0["text"] as? String } == ["区里已报送定稿", "第二条"])
    }

    /// Task 35 has no unit in the bundled plan: it gets one, with roles, and the workload counts it.
    @Test func aTaskIsGivenItsUnits() async throws {
        let scratch = ScratchFolder()
        let ledger = ["--ledger", scratch.ledger]
        let set = try await CommandLineRun.taizhang(["unit", "set", "35", "市委宣传部", "--lead", "市政府办公室"] + ledger, scratch: scratch)
        #expect(set.stdout == "task 35 units: 市政府办公室（lead）、市委宣传部（responsible）\n", "\(set.stderr)")
        let units = try #require(try LedgerJSON.task(35, inLedgerAt: scratch.ledger)["units"] as? [[String: Any]])
        #expect(units.map { $0["name"] as? String } == ["市政府办公室", "市委宣传部"])
        #expect(units.map { $0["role"] as? String } == ["lead", "responsible"])
        let twice = try await CommandLineRun.taizhang(["unit", "set", "35", "市委宣传部", "--lead", "市委宣传部"] + ledger, scratch: scratch)
        #expect(twice.status == 1 && twice.stderr.contains("the unit 市委宣传部 is named twice"))
        _ = try await CommandLineRun.taizhang(["undo"] + ledger, scratch: scratch)
        #expect((try LedgerJSON.task(35, inLedgerAt: scratch.ledger)["units"] as? [Any])?.isEmpty == true)
    }

    @Test func thePlansTitleAndNumberAreCorrected() async throws {
        let scratch = ScratchFolder()
        let ledger = ["--ledger", scratch.ledger]
        let set = try await CommandLineRun.taizhang(["plan", "set", "--title", "珠海市2022年政务公开工作要点分工方案", "--number", "珠府办〔2022〕7号"] + ledger, scratch: scratch)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.hasPrefix("Title:  珠海市2022年政务公开工作要点分工方案\nNumber: 珠府办〔2022〕7号\n"))
        let plan = try #require(try LedgerJSON.file(scratch.ledger)["plan"] as? [String: Any])
        #expect(plan["title"] as? String == "珠海市2022年政务公开工作要点分工方案")
        #expect(plan["documentNumber"] as? String == "珠府办〔2022〕7号")
        let before = scratch.bytes(scratch.ledger)
        let bad = try await CommandLineRun.taizhang(["plan", "set", "--date", "2022-02-30"] + ledger, scratch: scratch)
        #expect(bad.status == 1 && scratch.bytes(scratch.ledger) == before)
        let undo = try await CommandLineRun.taizhang(["undo"] + ledger, scratch: scratch)
        #expect(undo.stdout.hasPrefix("Undone: plan title: 珠海市贯彻落实国家和省2022年政务公开工作要点分工方案"), "\(undo.stdout)")
        // `plan` alone (and `plan show`) prints what identifies the plan.
        for arguments in [["plan"], ["plan", "show"], ["--lang", "zh", "plan"]] {
            let shown = try await CommandLineRun.taizhang(arguments + ledger, scratch: scratch)
            #expect(shown.status == 0, "\(arguments): \(shown.stderr)")
            #expect(shown.stdout.contains("珠海市贯彻落实国家和省2022年政务公开工作要点分工方案"), "\(arguments): \(shown.stdout)")
            #expect(shown.stdout.contains("珠府办〔2022〕6号"), "\(arguments): \(shown.stdout)")
        }
    }
}
