import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension DashboardInTmux {
    /// A signal must not leave the terminal in the alternate screen or raw mode.
    @Suite("Signals")
    struct Signals {
        /// SIGTERM ends the dashboard with the conventional 128+15 status and the pane back
        /// on the normal screen with no dashboard left on it.
        @Test func termGivesTheTerminalBack() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch)
            defer { session.kill() }
            try await session.waitForDashboard()
            #expect(try await session.alternateScreenOn())

            let pid = try await session.programPID()
            #expect(kill(pid, SIGTERM) == 0)
            let exit = try await session.waitForExit()
            #expect(exit.status == 143)
            #expect(DashboardScreen.hasNoBorders(exit.screen))
            #expect(try await session.alternateScreenOn() == false)
            #expect(try LedgerJSON.statuses(inLedgerAt: session.ledger) == LedgerJSON.allTodo())
        }
    }
}
