import Foundation
import Testing

/// `taizhang import`: reading the plan document must give exactly the plan that is bundled,
/// report what needs a human look, and never overwrite a ledger.
@Suite("taizhang import")
struct ImportCommandTests {
    /// Importing Plans/zhuhai-2022.txt yields the same task list as the bundled plan, and the
    /// report names the one problem in the document: task 35's empty unit cell on line 201.
    @Test func importMatchesTheBundledPlanAndNeverOverwrites() async throws {
        let scratch = ScratchFolder()
        let target = scratch.file("imported.json")
        let result = try await CommandLineRun.taizhang(["import", BuiltBinary.planDocument, "--out", target], scratch: scratch)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Imported zhuhai-2022.txt into \(target)\n"))
        #expect(result.stdout.contains("5 work areas, 17 sections, 57 tasks"))
        #expect(result.stdout.contains("line 201: task 35 "))
        #expect(scratch.exists(target))

        let imported = try await CommandLineRun.taizhang(["list", "--json", "--ledger", target], scratch: scratch)
        let bundled = try await CommandLineRun.taizhang(["list", "--json", "--ledger", scratch.freshLedger(at: scratch.file("bundled.json"))], scratch: scratch)
        #expect(imported.status == 0)
        #expect(bundled.status == 0)
        #expect(imported.stdoutData.count > 10_000)
        #expect(imported.stdoutData == bundled.stdoutData)

        let before = try #require(scratch.bytes(target))
        let again = try await CommandLineRun.taizhang(["import", BuiltBinary.planDocument, "--out", target], scratch: scratch)
        #expect(again.status != 0)
        #expect(again.stderr.contains(target))
        #expect(again.stderr.contains("already exists"))
        #expect(scratch.bytes(target) == before)
    }

    /// A document that is not there is a clear error and creates nothing.
    @Test func missingDocument() async throws {
        let scratch = ScratchFolder()
        let target = scratch.file("imported.json")
        let result = try await CommandLineRun.taizhang(["import", scratch.file("no-such-plan.txt"), "--out", target], scratch: scratch)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no-such-plan.txt"))
        #expect(!scratch.exists(target))
    }
}
