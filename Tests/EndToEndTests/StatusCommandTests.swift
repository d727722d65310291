import Foundation
import Testing

/// `done`, `start` and `reopen`: they create the ledger from the bundled plan on first use,
/// record who changed what, and change nothing at all when any argument is wrong.
@Suite("taizhang done / start / reopen")
struct StatusCommandTests {
    /// The first `done` creates the ledger and marks exactly the tasks named, stamped with
    /// $USER; every other task stays to do.
    @Test func doneCreatesTheLedgerAndMarksBothTasks() async throws {
        let scratch = ScratchFolder()
        let result = try await CommandLineRun.taizhang(["done", "4", "7", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0)
        #expect(result.stdout == "task 4: done\ntask 7: done\n")
        #expect(try LedgerJSON.statuses(inLedgerAt: scratch.ledger) == LedgerJSON.allTodo(except: [4: "done", 7: "done"]))
        for number in [4, 7] {
            let task = try LedgerJSON.task(number, inLedgerAt: scratch.ledger)
            let changed = try #require(task["statusChanged"] as? [String: Any])
            #expect(changed["by"] as? String == CommandLineRun.user)
            #expect((changed["at"] as? String)?.count ?? 0 >= 20, "an ISO 8601 time with offset")
        }
        let untouched = try LedgerJSON.task(5, inLedgerAt: scratch.ledger)
        #expect(untouched["statusChanged"] is NSNull || untouched["statusChanged"] == nil)
        let ledger = try LedgerJSON.file(scratch.ledger)
        #expect(ledger["format"] as? String == "taizhang-ledger")
        #expect(ledger["source"] as? String == "bundled:zhuhai-2022")
    }

    /// `start` then `reopen` move a task to doing and back to todo; the ledger follows each.
    @Test func startThenReopen() async throws {
        let scratch = ScratchFolder()
        let environment = ["TAIZHANG_LEDGER": scratch.ledger]
        let start = try await CommandLineRun.taizhang(["start", "10"], scratch: scratch, environment: environment)
        #expect(start.status == 0)
        #expect(start.stdout == "task 10: doing\n")
        #expect(try LedgerJSON.statuses(inLedgerAt: scratch.ledger) == LedgerJSON.allTodo(except: [10: "doing"]))

        let reopen = try await CommandLineRun.taizhang(["reopen", "10"], scratch: scratch, environment: environment)
        #expect(reopen.status == 0)
        #expect(reopen.stdout == "task 10: todo\n")
        #expect(try LedgerJSON.statuses(inLedgerAt: scratch.ledger) == LedgerJSON.allTodo())
        let changed = try #require(try LedgerJSON.task(10, inLedgerAt: scratch.ledger)["statusChanged"] as? [String: Any])
        #expect(changed["by"] as? String == CommandLineRun.user)
    }

    /// Setting a status a task already has says "(unchanged)" and does not rewrite the file.
    @Test func repeatingAChangeLeavesTheFileAlone() async throws {
        let scratch = ScratchFolder()
        _ = try await CommandLineRun.taizhang(["done", "4", "--ledger", scratch.ledger], scratch: scratch)
        let before = try #require(scratch.bytes(scratch.ledger))
        let again = try await CommandLineRun.taizhang(["done", "4", "--ledger", scratch.ledger], scratch: scratch)
        #expect(again.status == 0)
        #expect(again.stdout == "task 4: done (unchanged)\n")
        #expect(scratch.bytes(scratch.ledger) == before)
    }

    /// A number that is not a task fails the whole command, names the bad number, and leaves
    /// the ledger byte for byte as it was — even the valid task given beside it.
    @Test(arguments: [["99"], ["4", "99"]])
    func unknownTaskChangesNothing(numbers: [String]) async throws {
        let scratch = ScratchFolder()
        _ = try await CommandLineRun.taizhang(["done", "1", "--ledger", scratch.ledger], scratch: scratch)
        let before = try #require(scratch.bytes(scratch.ledger))
        let result = try await CommandLineRun.taizhang(["done"] + numbers + ["--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no task 99"))
        #expect(result.stderr.contains("nothing was changed"))
        #expect(result.stdout == "")
        #expect(scratch.bytes(scratch.ledger) == before)
        #expect(try LedgerJSON.statuses(inLedgerAt: scratch.ledger) == LedgerJSON.allTodo(except: [1: "done"]))
    }

    /// "nothing was changed" holds on a fresh path too: a rejected command leaves no new
    /// ledger behind.
    @Test func unknownTaskOnAFreshPathCreatesNoLedger() async throws {
        let scratch = ScratchFolder()
        let result = try await CommandLineRun.taizhang(["done", "99", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no task 99"))
        #expect(!scratch.exists(scratch.ledger))
    }

    /// An argument that is not a number is a usage error (ArgumentParser's exit 64) naming the
    /// argument; the ledger is untouched.
    @Test(arguments: ["done", "start", "reopen"])
    func nonNumberIsRejected(command: String) async throws {
        let scratch = ScratchFolder()
        _ = try await CommandLineRun.taizhang(["done", "1", "--ledger", scratch.ledger], scratch: scratch)
        let before = try #require(scratch.bytes(scratch.ledger))
        let result = try await CommandLineRun.taizhang([command, "4", "x", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 64)
        #expect(result.stderr.contains("'x'"))
        #expect(scratch.bytes(scratch.ledger) == before)
    }
}
