import Foundation
import Testing

/// `show` and `workload`: read-only views of one task and of the units' load.
@Suite("taizhang show / workload")
struct ShowAndWorkloadCommandTests {
    /// `show 4` prints the heading lines and the task's full text, which ends with 等服务。
    /// (the list view cuts it short; this must not).
    @Test func showPrintsTheWholeTask() async throws {
        let scratch = ScratchFolder()
        try scratch.freshLedger()
        let bytes = scratch.bytes(scratch.ledger)
        let result = try await CommandLineRun.taizhang(["show", "4", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(4)) == [
            "Task 4  [ ] todo",
            "Area:    一、优化政务公开工作基础",
            "Section: （二）持续推进基层政务公开标准化规范化。",
            "Units:   [ ] 各区政府（管委会） (lead)",
        ])
        let text = try #require(lines.last { !$0.isEmpty })
        #expect(text.hasPrefix("基层政府要继续落实基层政务公开标准化规范化要求"))
        #expect(text.hasSuffix("政策咨询等服务。"))
        #expect(text.count == 200)
        #expect(scratch.bytes(scratch.ledger) == bytes)
    }

    /// After `done 4` the status and who changed it show up.
    @Test func showReflectsTheLedger() async throws {
        let scratch = ScratchFolder()
        _ = try await CommandLineRun.taizhang(["done", "4", "--ledger", scratch.ledger], scratch: scratch)
        let result = try await CommandLineRun.taizhang(["show", "4", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.stdout.hasPrefix("Task 4  [x] done\n"))
        #expect(result.stdout.contains(" by \(CommandLineRun.user)\n"))
    }

    /// `show 99` fails and names the task.
    @Test func showUnknownTaskFails() async throws {
        let scratch = ScratchFolder()
        try scratch.freshLedger()
        let result = try await CommandLineRun.taizhang(["show", "99", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no task 99"))
    }

    /// The district governments carry 51 of the 57 tasks, and the one task with an empty
    /// unit cell (35) is counted under a null unit rather than dropped.
    @Test func workloadJSON() async throws {
        let scratch = ScratchFolder()
        _ = try await CommandLineRun.taizhang(["done", "4", "7", "--ledger", scratch.ledger], scratch: scratch)
        let result = try await CommandLineRun.taizhang(["workload", "--json", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0)
        let rows = try LedgerJSON.rows(result.stdoutData)
        let districts = try #require(rows.first { $0["unit"] as? String == "各区政府（管委会）" })
        #expect(districts["total"] as? Int == 51)
        #expect(districts["done"] as? Int == 2)
        #expect(districts["open"] as? Int == 49)
        #expect(rows.first?["unit"] as? String == "各区政府（管委会）", "the busiest unit comes first")
        let unassigned = rows.filter { $0["unit"] is NSNull }
        #expect(unassigned.count == 1)
        #expect(unassigned.first?["total"] as? Int == 1)
        #expect(unassigned.first?["open"] as? Int == 1)
    }
}
