import Foundation
import Testing
import TaizhangTestSupport

/// `taizhang ledger init | push | pull | grant` as a new user runs them, a unit's account on
/// the command line, and a server that is not there.
@Suite("ledger init, push, pull, grant")
struct SharedLedgerAdminTests {
    /// A ledger file with some history, pushed and pulled back: the same bytes.
    @Test func pushThenPullGivesTheSameFile() async throws {
        let scratch = ScratchFolder()
        let file = try scratch.freshLedger()
        for arguments in [["done", "1"], ["note", "4", "区里已报送"], ["undo"], ["unit", "group", "各区政府", "香洲区"]] {
            let result = try await CommandLineRun.taizhang(arguments + ["--ledger", file], scratch: scratch)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let server = try TestPostgres.server()
        let url = server.url(plan: TestPostgres.planName("push"))
        _ = try await CommandLineRun.taizhang(["ledger", "init", url], scratch: scratch, environment: server.environment)
        let pushed = try await CommandLineRun.taizhang(["ledger", "push", file, url], scratch: scratch, environment: server.environment)
        #expect(pushed.status == 0, "\(pushed.stderr)")
        #expect(pushed.stdout == "pushed \(file) to \(url): 57 tasks, 4 history entries\n")
        let copy = scratch.file("pulled.json")
        let pulled = try await CommandLineRun.taizhang(["ledger", "pull", url, copy], scratch: scratch, environment: server.environment)
        #expect(pulled.status == 0, "\(pulled.stderr)")
        #expect(scratch.bytes(copy) == scratch.bytes(file))
        // Never over an existing file, nor over an existing plan.
        let again = try await CommandLineRun.taizhang(["ledger", "pull", url, copy], scratch: scratch, environment: server.environment)
        #expect(again.status != 0 && again.stderr.contains("already exists"), "\(again.stderr)")
        let twice = try await CommandLineRun.taizhang(["ledger", "push", file, url], scratch: scratch, environment: server.environment)
        #expect(twice.status != 0 && twice.stderr.contains("already has a plan"), "\(twice.stderr)")
    }

    /// The password is never taken from the command line; a URL that holds one is refused.
    @Test func aPasswordInTheURLIsRefused() async throws {
        let scratch = ScratchFolder()
        let result = try await CommandLineRun.taizhang(["list", "--ledger", "postgresql://u:secret@localhost/d?plan=p"], scratch: scratch)
        #expect(result.status == 64)
        #expect(result.stderr.contains("must not hold the password"), "\(result.stderr)")
        #expect(!result.stderr.contains("secret"))
    }

    /// A unit's account (granted with a password read from standard input) adds a note and
    /// marks its part on its own task; another unit's task, a status, a deadline and the plan
    /// are each refused with a clear message, and the database is as it was.
    @Test func aUnitAccountOnTheCommandLine() async throws {
        let scratch = ScratchFolder()
        let coordinator = try await LedgerUnderTest.fresh(.postgres, scratch)
        let role = "wsj_" + UUID().uuidString.prefix(6).lowercased()
        let passwordFile = scratch.file("password")
        scratch.write(passwordFile, "pw-\(role)\n")
        let granted = try await CommandLineRun.run(
            "/bin/sh", ["-c", "exec \"$0\" ledger grant \"$1\" \"$2\" --unit 市卫生健康局 --password-stdin < \"$3\"",
                        try BuiltBinary.path(), coordinator.name, role, passwordFile],
            environment: CommandLineRun.environment(scratch, coordinator.environment), scratch: scratch, directory: scratch.path)
        #expect(granted.status == 0, "\(granted.stderr)")
        #expect(granted.stdout.contains("\(role) now speaks for 市卫生健康局"), "\(granted.stdout)")
        let server = try TestPostgres.server()
        let plan = String(coordinator.name.split(separator: "=").last ?? "")
        let unit = LedgerUnderTest(kind: .postgres, scratch: scratch, name: server.url(plan: plan, user: role), environment: ["PGPASSWORD": "pw-\(role)"])
        for allowed in [["note", "14", "已完成初稿"], ["unit", "done", "14", "市卫生健康局"]] {
            let result = try await unit.run(allowed)
            #expect(result.status == 0, "\(allowed): \(result.stderr)")
        }
        let before = try await coordinator.bytes()
        let refusals: [([String], String)] = [
            (["note", "3", "不是我们的任务"], "task 3 does not name 市卫生健康局; 市卫生健康局's account cannot change it; nothing was changed"),
            (["done", "14"], "a task's status is the coordinator's to set; 市卫生健康局 marks its own part done"),
            (["due", "14", "2023-01-31"], "the deadline of task 14 is the coordinator's to set"),
            (["unit", "alias", "市直其他单位", "市直各有关单位"], "the plan itself (aliases, groups, restores) is the coordinator's to change"),
        ]
        for (arguments, message) in refusals {
            let result = try await unit.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try await coordinator.bytes() == before)
        let task = try await coordinator.task(14)
        #expect(task["unitsDone"] as? [String] == ["市卫生健康局"] && task["status"] as? String == "todo")
    }

    /// No server there: a clear message and a non-zero exit, for a command and the dashboard.
    @Test func aServerThatIsDownIsSaidPlainly() async throws {
        let scratch = ScratchFolder()
        _ = try TestPostgres.server()
        let url = try TestPostgres.downServerURL()
        let port = try #require(url.split(separator: ":").last?.split(separator: "/").first)
        let message = "Error: cannot reach the database server at 127.0.0.1:\(port): the connection was refused (is the server running?)"
        let result = try await CommandLineRun.taizhang(["list", "--ledger", url], scratch: scratch, environment: ["PGPASSWORD": "any"])
        #expect(result.status == 1)
        #expect(result.stderr == message + "\n")
        let session = try await TmuxSession(scratch: scratch, environment: ["PGPASSWORD": "any"], ledger: url)
        defer { session.kill() }
        let (status, screen) = try await session.waitForExit()
        #expect(status == 1)
        #expect(screen.contains(message), "\(screen)")
    }
}
