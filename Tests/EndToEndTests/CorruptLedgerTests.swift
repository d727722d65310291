import Foundation
import Testing

/// A ledger that is not valid JSON is the coordinator's only record: every command must
/// refuse it with a message that points at the file and the exact spot, and must never
/// rewrite or replace it.
@Suite("A corrupt ledger is refused, never replaced")
struct CorruptLedgerTests {
    static let corrupt = #"{"format": "taizhang-ledger", "schema": 1, oops"#

    /// Every command-line subcommand stops with the file, line and column. (The dashboard
    /// needs a terminal to get that far; it is checked in tmux, DashboardRefusalTests.)
    @Test(arguments: [["list"], ["list", "--json"], ["done", "1"], ["start", "1"], ["show", "1"], ["workload"]])
    func refused(arguments: [String]) async throws {
        let scratch = ScratchFolder()
        scratch.write(scratch.ledger, Self.corrupt)
        let before = try #require(scratch.bytes(scratch.ledger))
        let result = try await CommandLineRun.taizhang(arguments + ["--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "Error: ledger \(scratch.ledger) is not valid JSON: line 1, column 44: expected a key in quotes; it was left as it is\n")
        #expect(scratch.bytes(scratch.ledger) == before)
        #expect(scratch.allNames == ["home", "ledger.json"], "no backup or temporary file left behind")
    }

    /// The line and column count lines, not bytes: an error on line 3 is reported there.
    @Test func errorOnALaterLine() async throws {
        let scratch = ScratchFolder()
        scratch.write(scratch.ledger, "{\n  \"format\": \"taizhang-ledger\",\n  \"schema\": 1,,\n}\n")
        let before = try #require(scratch.bytes(scratch.ledger))
        let result = try await CommandLineRun.taizhang(["done", "1"], scratch: scratch, environment: ["TAIZHANG_LEDGER": scratch.ledger])
        #expect(result.status == 1)
        #expect(result.stderr.contains(scratch.ledger))
        #expect(result.stderr.contains("line 3, column 15"))
        #expect(scratch.bytes(scratch.ledger) == before)
    }

    /// Without a terminal the dashboard (by name or by default) refuses before reading the
    /// ledger, and a corrupt ledger stays exactly as it was.
    @Test(arguments: [["dashboard"], []])
    func dashboardWithoutATerminalLeavesTheFileAlone(arguments: [String]) async throws {
        let scratch = ScratchFolder()
        scratch.write(scratch.ledger, Self.corrupt)
        let before = try #require(scratch.bytes(scratch.ledger))
        let result = try await CommandLineRun.taizhang(arguments + ["--ledger", scratch.ledger], scratch: scratch,
                                                       environment: ["TERM": "xterm-256color"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: standard output is not a terminal"))
        #expect(scratch.bytes(scratch.ledger) == before)
    }

    /// A dashboard that cannot start (no terminal here) leaves no new ledger behind.
    @Test func dashboardWithoutATerminalCreatesNoLedger() async throws {
        let scratch = ScratchFolder()
        let result = try await CommandLineRun.taizhang(["--ledger", scratch.ledger], scratch: scratch,
                                                       environment: ["TERM": "xterm-256color"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: standard output is not a terminal"))
        #expect(scratch.allNames == ["home"])
    }
}
