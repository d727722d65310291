import Foundation
import Testing

/// `taizhang list`: a look at the plan never creates or changes a ledger; with no ledger at the
/// path it says so and names the path (a mistyped path must not look like an empty plan).
@Suite("taizhang list")
struct ListCommandTests {
    /// With no ledger file, `list` fails naming the path and creates nothing.
    @Test func aMissingLedgerIsNamedAndNothingIsCreated() async throws {
        let scratch = ScratchFolder()
        let before = scratch.allNames
        let result = try await CommandLineRun.taizhang(["list", "--json", "--ledger", scratch.file("ledgr.json")], scratch: scratch)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: there is no ledger at \(scratch.file("ledgr.json"))\n"), "\(result.stderr)")
        #expect(scratch.allNames == before)
    }

    /// On a new ledger, `list --json` shows the bundled plan's 57 tasks in order, every task
    /// with the fields scripts rely on, and leaves the disk exactly as it was.
    @Test func jsonListsEveryTaskAndChangesNothing() async throws {
        let scratch = ScratchFolder()
        try scratch.freshLedger()
        let before = scratch.allNames
        let bytes = scratch.bytes(scratch.ledger)
        let result = try await CommandLineRun.taizhang(["list", "--json", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let tasks = try LedgerJSON.rows(result.stdoutData)
        #expect(tasks.count == 57)
        #expect(tasks.map { $0["number"] as? Int } == (1...57).map { $0 })
        for task in tasks {
            for field in ["number", "status", "area", "section", "text", "units"] {
                #expect(task[field] != nil, "task \(task["number"] ?? "?") has no \(field)")
            }
            #expect(task["status"] as? String == "todo")
        }
        let first = tasks[0]
        #expect(first["area"] as? String == "一、优化政务公开工作基础")
        #expect(first["section"] as? String == "（一）深化地方政府规章、规范性文件集中公开。")
        #expect(first["units"] as? [String] == ["市政府办公室", "市司法局"])
        #expect((first["text"] as? String)?.hasPrefix("依托政府信息公开平台进一步完善地方政府规章库建设") == true)
        #expect(scratch.bytes(scratch.ledger) == bytes)
        #expect(scratch.allNames == before)
    }

    /// The same through $TAIZHANG_LEDGER, and the plain-text listing: area headings and a
    /// status mark per task. Nothing is created at the default location.
    @Test func textListingThroughTheEnvironmentCreatesNothing() async throws {
        let scratch = ScratchFolder()
        try scratch.freshLedger()
        let result = try await CommandLineRun.taizhang(["list"], scratch: scratch, environment: ["TAIZHANG_LEDGER": scratch.ledger])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "一、优化政务公开工作基础")
        // Status mark, then light (yellow: the plan's year is long gone and it never started).
        #expect(lines.dropFirst().first?.hasPrefix("  1 [ ] Y 依托政府信息公开平台") == true)
        #expect(lines.filter { $0.contains("[ ]") }.count == 57)
        // Not at the default location under HOME either.
        #expect(!scratch.exists(scratch.home + "/.local/share/taizhang/ledger.json"))
    }
}
