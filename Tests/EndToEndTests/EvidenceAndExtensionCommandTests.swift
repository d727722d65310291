import Foundation
import Testing

/// Issue 14's evidence and extensions on the command line: each a recorded change, in the
/// ledger and in the log, in both languages.
@Suite("taizhang evidence / due --reason")
struct EvidenceAndExtensionCommandTests {
    @Test func evidenceIsKeptAndRemoved() async throws {
        let scratch = ScratchFolder()
        let add = try await CommandLineRun.taizhang(
            ["evidence", "3", "https://www.zhuhai.gov.cn/gkml/a.html", "--label", "公开页面", "--unit", "市司法局", "--ledger", scratch.ledger],
            scratch: scratch)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "task 3: evidence https://www.zhuhai.gov.cn/gkml/a.html kept\n")
        let items = try #require(try LedgerJSON.task(3, inLedgerAt: scratch.ledger)["evidence"] as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["link"] as? String == "https://www.zhuhai.gov.cn/gkml/a.html")
        #expect(items.first?["label"] as? String == "公开页面")
        #expect(items.first?["unit"] as? String == "市司法局")
        #expect(items.first?["by"] as? String == CommandLineRun.user)

        let before = scratch.bytes(scratch.ledger)
        let missing = try await CommandLineRun.taizhang(["evidence", "3", "nope.docx", "--remove", "--ledger", scratch.ledger], scratch: scratch, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "错误：任务 3 没有佐证材料 nope.docx；未作任何改动\n")
        #expect(scratch.bytes(scratch.ledger) == before)

        let remove = try await CommandLineRun.taizhang(["evidence", "3", "https://www.zhuhai.gov.cn/gkml/a.html", "--remove", "--ledger", scratch.ledger], scratch: scratch)
        #expect(remove.status == 0)
        #expect((try LedgerJSON.task(3, inLedgerAt: scratch.ledger)["evidence"] as? [Any])?.isEmpty == true)
        let undo = try await CommandLineRun.taizhang(["undo", "--ledger", scratch.ledger], scratch: scratch)
        #expect(undo.stdout == "Undone: task 3 evidence added: 公开页面 https://www.zhuhai.gov.cn/gkml/a.html\n")
        #expect((try LedgerJSON.task(3, inLedgerAt: scratch.ledger)["evidence"] as? [Any])?.count == 1)
    }

    /// A deadline moved with a reason: the reason is in the history and in `log`, which says
    /// what it moved from (the plan's day, kept with its words when typed again).
    @Test func anExtensionKeepsItsReason() async throws {
        let scratch = ScratchFolder()
        _ = try await CommandLineRun.taizhang(["due", "5", "2022-12-31", "--ledger", scratch.ledger], scratch: scratch)
        let moved = try await CommandLineRun.taizhang(["due", "5", "2023-03-31", "--reason", "省里系统未上线", "--ledger", scratch.ledger], scratch: scratch)
        #expect(moved.status == 0, "\(moved.stderr)")
        let history = try #require(try LedgerJSON.file(scratch.ledger)["history"] as? [[String: Any]])
        #expect(history.last?["reason"] as? String == "省里系统未上线")
        let log = try await CommandLineRun.taizhang(["log", "5", "--ledger", scratch.ledger], scratch: scratch, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(log.stdout.hasSuffix("任务 5 时限：2022-12-31（年底前） → 2023-03-31（理由：省里系统未上线）\n"), "\(log.stdout)")
    }
}
