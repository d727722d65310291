import Foundation
import Testing
import TaizhangTestSupport

extension DashboardInTmux {
    /// Dashboards on a ledger in PostgreSQL: two people's dashboards see each other's
    /// changes at once, a unit's account sees its own tasks first and is told what it may
    /// change, and a server that goes away and comes back loses nothing.
    @Suite("Shared ledger")
    struct SharedLedger {
        /// A dashboard on `ledger`.
        static func dashboard(
            _ ledger: LedgerUnderTest, name: String? = nil, environment: [String: String]? = nil, width: Int = 100, height: Int = 30
        ) async throws -> TmuxSession {
            let session = try await TmuxSession(
                scratch: ledger.scratch, width: width, height: height, environment: environment ?? ledger.environment, ledger: name ?? ledger.name)
            try await session.waitForDashboard()
            return session
        }

        /// The same keys on a file and on a database: the same screens and the same ledger.
        @Test(arguments: StoreKind.allCases)
        func theDashboardWorksAsOnAFile(_ kind: StoreKind) async throws {
            let scratch = ScratchFolder()
            let ledger = try await LedgerUnderTest.fresh(kind, scratch)
            // 50 rows, so the detail pane has room for the notes below the task text.
            let session = try await Self.dashboard(ledger, height: 50)
            defer { session.kill() }
            try await session.press("j", "Space")
            try await session.waitFor("task 2 done") { $0.contains { $0.contains("│>  2 [x]") } }
            try await session.press("a")
            try await session.type("已报送")
            try await session.press("Enter")
            try await session.waitFor("the note in the detail pane") { screen in
                DashboardScreen.paneLines(screen, titled: "Task 2").contains("    已报送")
            }
            try await session.press("j", "s", "u")
            let screen = try await session.waitFor("the undo said") { $0.last?.hasPrefix(" Undone: task 3 status") == true }
            #expect(screen[0].hasSuffix("1/57 done"))
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
            #expect(try await ledger.statuses() == LedgerJSON.allTodo(except: [2: "done"]))
            let history = try await ledger.history()
            #expect(history.map { $0["field"] as? String } == ["status", "note", "status", "undo"])
        }

        /// Two coordinators' dashboards on one ledger. What one marks appears in the other
        /// within a second, with no key pressed there; the other keeps its filter, its
        /// selected task and the note being typed in it, which it then saves.
        @Test func twoDashboardsSeeEachOther() async throws {
            let scratch = ScratchFolder()
            let ledger = try await LedgerUnderTest.fresh(.postgres, scratch)
            let first = try await Self.dashboard(ledger, height: 50)
            defer { first.kill() }
            let second = try await Self.dashboard(ledger)
            defer { second.kill() }
            // The second: only tasks to do, task 4 selected, a note half typed.
            try await second.press("1", "j", "j", "j", "a")
            try await second.type("正在核实")
            try await second.waitFor("the note being typed") { $0.last == " 4 Note: 正在核实" }
            // The first marks task 1 done.
            try await first.press("Space")
            try await first.waitFor("task 1 done in the first") { $0.contains { $0.contains("│>  1 [x]") } }
            let shown = try await second.waitFor("task 1 done in the second", timeout: .seconds(20)) { $0[0].hasSuffix("1/57 done") }
            #expect(DashboardScreen.taskRows(shown).selected == 4)
            #expect(DashboardScreen.tasksTitle(shown)?.hasPrefix("Tasks 56/57") == true, "\(DashboardScreen.tasksTitle(shown) ?? "")")
            #expect(shown.last == " 4 Note: 正在核实")
            // The note typed meanwhile is saved and reaches the first dashboard: its undo takes
            // back the latest change in effect, which is now the second's note.
            try await second.press("Enter")
            try await ledger.waitForNote("正在核实", on: 4)
            try await first.press("u")
            try await first.waitFor("the first undoing the second's note") { $0.last?.hasPrefix(" Undone: task 4") == true }
            let history = try await ledger.history()
            #expect(history.map { $0["field"] as? String } == ["status", "note", "undo"])
            #expect(try await ledger.statuses() == LedgerJSON.allTodo(except: [1: "done"]))
        }

        /// A unit's account (市卫生健康局, named by tasks 11, 12, 13, 14 and 24): its tasks are
        /// listed first, the status line says what it may change, a status is refused with the
        /// reason, and its own part is marked and saved.
        @Test func aUnitSeesItsOwnTasksFirst() async throws {
            let scratch = ScratchFolder()
            let ledger = try await LedgerUnderTest.fresh(.postgres, scratch)
            let role = "wsj_" + UUID().uuidString.prefix(6).lowercased()
            let grant = try await CommandLineRun.taizhang(
                ["ledger", "grant", ledger.name, role, "--unit", "市卫生健康局"], scratch: scratch, environment: ledger.environment)
            #expect(grant.status == 0, "\(grant.stderr)")
            let password = try await CommandLineRun.run(
                "/usr/bin/env", ["psql", "-X", "-q", "-d", String(ledger.name.split(separator: "?")[0]), "-c", "ALTER ROLE \(role) PASSWORD 'pw'"],
                environment: CommandLineRun.environment(scratch, ledger.environment), scratch: scratch, directory: scratch.path)
            #expect(password.status == 0, "\(password.stderr)")
            let server = try TestPostgres.server()
            let url = server.url(plan: String(ledger.name.split(separator: "=").last ?? ""), user: role)
            let session = try await Self.dashboard(ledger, name: url, environment: ["PGPASSWORD": "pw"], width: 130, height: 40)
            defer { session.kill() }
            var screen = try await session.capture()
            let rows = DashboardScreen.taskRows(screen)
            let own = [11, 12, 13, 14, 24]
            #expect(Array(rows.numbers.prefix(own.count)) == own, "\(rows.numbers)")
            #expect(rows.selected == 11)
            #expect(screen.last?.contains("市卫生健康局's account: notes, evidence and its own part, on its 5 tasks") == true, "\(screen.last ?? "")")
            try await session.press("Space")
            screen = try await session.waitFor("the refusal") { $0.last?.contains("a task's status is the coordinator's to set") == true }
            // Task 11's units: 各区政府（管委会）, then 市卫生健康局.
            try await session.press("m", "j", "Space", "Escape")
            screen = try await session.waitFor("the part marked") { $0.last?.contains("account") == true }
            let task = try await ledger.task(11)
            #expect(task["unitsDone"] as? [String] == ["市卫生健康局"] && task["status"] as? String == "todo")
        }

        /// The server stops while a dashboard is open: it says so at once and keeps the last
        /// ledger on screen, read-only; a change is refused, a note typed is kept. When the
        /// server is back the dashboard finds it by itself and changes save again.
        @Test func theDashboardRidesOutAServerStop() async throws {
            let scratch = ScratchFolder()
            let cluster = try await TestPostgres.OwnCluster.start()
            let url = cluster.server.url(plan: "stop")
            for arguments in [["ledger", "init", url], ["done", "1", "--ledger", url]] {
                let result = try await CommandLineRun.taizhang(arguments, scratch: scratch, environment: cluster.server.environment)
                #expect(result.status == 0, "\(result.stderr)")
            }
            let ledger = LedgerUnderTest(kind: .postgres, scratch: scratch, name: url, environment: cluster.server.environment)
            let session = try await Self.dashboard(ledger)
            defer { session.kill() }
            try await cluster.stopServer()
            var screen = try await session.waitFor("the connection lost", timeout: .seconds(30)) { screen in
                screen[0].contains("READ-ONLY") && screen.last?.contains("connection to the database server") == true
            }
            #expect(screen.contains { $0.contains("│>  1 [x]") }, "the last ledger stays on screen")
            try await session.press("j", "Space")
            screen = try await session.waitFor("the change refused") { $0.contains { $0.contains("│>  2 [ ]") } && $0[0].contains("READ-ONLY") }
            try await cluster.startServer()
            try await session.waitFor("the server found again", timeout: .seconds(30)) { !$0[0].contains("READ-ONLY") }
            try await session.press("Space")
            try await session.waitFor("task 2 done") { $0.contains { $0.contains("│>  2 [x]") } }
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
            #expect(try await ledger.statuses() == LedgerJSON.allTodo(except: [1: "done", 2: "done"]))
        }
    }
}
