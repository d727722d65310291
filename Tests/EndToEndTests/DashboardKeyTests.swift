import Foundation
import Testing

extension DashboardInTmux {
    /// Changing a task's status from the keyboard: the screen and the ledger file must agree
    /// as soon as the change is shown (the dashboard saves before it redraws).
    @Suite("Status keys")
    struct StatusKeys {
        /// j j j moves to task 4; Space marks it done: [x] on its row, its light gone (a task
        /// signed off has none), and 1/57 in the header.
        /// q quits cleanly and the ledger has task 4 done, stamped with $USER.
        @Test func spaceMarksTheSelectedTaskDone() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch)
            defer { session.kill() }
            try await session.waitForDashboard()

            try await session.press("j", "j", "j", "Space")
            let screen = try await session.waitFor("task 4 marked done") { screen in
                DashboardScreen.rightPane(screen).contains { $0.hasPrefix("│>  4 [x]   基层政府要继续落实") }
            }
            #expect(screen[0].hasSuffix(" 1/57 done"))
            #expect(DashboardScreen.taskRows(screen).selected == 4)
            #expect(try LedgerJSON.statuses(inLedgerAt: session.ledger) == LedgerJSON.allTodo(except: [4: "done"]))

            try await session.press("q")
            let exit = try await session.waitForExit()
            #expect(exit.status == 0)
            #expect(DashboardScreen.hasNoBorders(exit.screen))
            #expect(try await session.alternateScreenOn() == false)
            let task = try LedgerJSON.task(4, inLedgerAt: session.ledger)
            #expect(task["status"] as? String == "done")
            #expect((task["statusChanged"] as? [String: Any])?["by"] as? String == CommandLineRun.user)
        }

        /// `s` cycles task 1 through doing, done and back to todo; the file follows each step.
        @Test func sCyclesTheStatus() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch)
            defer { session.kill() }
            try await session.waitForDashboard()

            for (mark, status, header) in [("[~]", "doing", "0/57 done"), ("[x]", "done", "1/57 done"), ("[ ]", "todo", "0/57 done")] {
                try await session.press("s")
                let screen = try await session.waitFor("task 1 \(mark)") { screen in
                    DashboardScreen.rightPane(screen).contains { $0.hasPrefix("│>  1 \(mark) ") }
                        && screen.last?.hasPrefix(" Created") != true
                }
                #expect(screen[0].hasSuffix(" " + header))
                #expect(try LedgerJSON.statuses(inLedgerAt: session.ledger) == LedgerJSON.allTodo(except: [1: status]))
            }
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }
    }
}
