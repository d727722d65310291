import Foundation
import Testing

/// `reported`, `return` and `signoff` on the command line: the status flow in the ledger,
/// `list --json`'s status values, the reason in the history, and undo of each step.
@Suite("taizhang reported / return / signoff")
struct SignOffCommandTests {
    @Test func theFlowIsRecordedAndUndone() async throws {
        let scratch = ScratchFolder()
        let ledger = ["--ledger", scratch.ledger]
        let first = try await CommandLineRun.taizhang(["reported", "4"] + ledger, scratch: scratch)
        #expect(first.stdout == "task 4: reported\n", "\(first.stderr)")
        let back = try await CommandLineRun.taizhang(["return", "4", "--reason", "请补充佐证材料"] + ledger, scratch: scratch, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(back.stdout == "任务 4：已退回\n")
        let history = try #require(try LedgerJSON.file(scratch.ledger)["history"] as? [[String: Any]])
        #expect(history.last?["reason"] as? String == "请补充佐证材料")
        let noReason = try await CommandLineRun.taizhang(["return", "4", "--reason", " "] + ledger, scratch: scratch)
        #expect(noReason.status != 0 && noReason.stderr.contains("a return needs a reason"))
        _ = try await CommandLineRun.taizhang(["reported", "4"] + ledger, scratch: scratch)
        let off = try await CommandLineRun.taizhang(["signoff", "4", "5"] + ledger, scratch: scratch)
        #expect(off.stdout == "task 4: done\ntask 5: done\n")
        var statuses = try LedgerJSON.statuses(inLedgerAt: scratch.ledger)
        #expect(statuses[4] == "done" && statuses[5] == "done")
        _ = try await CommandLineRun.taizhang(["undo"] + ledger, scratch: scratch)
        _ = try await CommandLineRun.taizhang(["undo"] + ledger, scratch: scratch)
        statuses = try LedgerJSON.statuses(inLedgerAt: scratch.ledger)
        #expect(statuses[4] == "reported" && statuses[5] == "todo")
        let list = try await CommandLineRun.taizhang(["list", "--json", "--today", "2022-07-01"] + ledger, scratch: scratch)
        let rows = try LedgerJSON.rows(list.stdoutData)
        #expect(rows[3]["status"] as? String == "reported")
        #expect(rows[3]["light"] as? String == "green" && rows[4]["light"] as? String == "green")
    }

    /// A unit reports its part of a shared task; the task is reported once every part is.
    @Test func aUnitReportsItsPart() async throws {
        let scratch = ScratchFolder()
        let ledger = ["--ledger", scratch.ledger]
        let part = try await CommandLineRun.taizhang(["reported", "1", "--unit", "市司法局"] + ledger, scratch: scratch)
        #expect(part.stdout == "task 1: todo\n", "\(part.stderr)")
        let all = try await CommandLineRun.taizhang(["reported", "1", "--unit", "市政府办公室"] + ledger, scratch: scratch)
        #expect(all.stdout == "task 1: reported\n")
        let stranger = try await CommandLineRun.taizhang(["reported", "1", "--unit", "市教育局"] + ledger, scratch: scratch)
        #expect(stranger.status == 1 && stranger.stderr.contains("task 1 does not name the unit 市教育局"))
    }
}
