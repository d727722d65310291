import Foundation
import Testing

/// The plan is compiled into the binary: a copy of `taizhang` on its own, with no Plans
/// folder or resource bundle beside it, still creates a complete ledger.
@Suite("The binary stands alone")
struct StandaloneBinaryTests {
    @Test func copiedBinaryCreatesTheLedgerFromTheBundledPlan() async throws {
        let scratch = ScratchFolder()
        let folder = scratch.file("alone")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let copy = folder + "/taizhang"
        // Copied by cp in its own process: a file this process held open for writing could
        // leak into a child another test is spawning at that moment and make exec fail
        // with "text file busy".
        let cp = try await CommandLineRun.run(
            "/bin/cp", [try BuiltBinary.path(), copy], environment: ["PATH": "/usr/bin:/bin"],
            scratch: scratch, directory: scratch.path)
        try #require(cp.status == 0, "cp failed: \(cp.stderr)")
        let ledger = folder + "/ledger.json"
        let result = try await CommandLineRun.taizhang(
            ["done", "1"], scratch: scratch, environment: ["TAIZHANG_LEDGER": ledger],
            executable: copy, directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "task 1: done\n")
        let object = try LedgerJSON.file(ledger)
        #expect(object["source"] as? String == "bundled:zhuhai-2022")
        let plan = try #require(object["plan"] as? [String: Any])
        #expect(plan["documentNumber"] as? String == "珠府办〔2022〕6号")
        #expect((plan["areas"] as? [Any])?.count == 5)
        #expect(try LedgerJSON.statuses(inLedgerAt: ledger) == LedgerJSON.allTodo(except: [1: "done"]))
    }
}
