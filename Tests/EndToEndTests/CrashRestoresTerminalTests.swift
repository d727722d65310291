import Foundation
import Testing

extension DashboardInTmux {
    /// Issue 11 item 5: a fatal error in the dashboard gives the terminal back (normal
    /// screen, echo and line mode, cursor) before anything is printed, so the message can
    /// be read and the shell works. The crash is made on purpose after the first frame by
    /// the hidden TAIZHANG_DEBUG_CRASH switch, from a shell as a person would run it.
    @Suite("Crash")
    struct Crash {
        static let trapMessage = "Fatal error: TAIZHANG_DEBUG_CRASH=trap: a deliberate crash after the first frame"

        /// A Swift trap: its message is on the normal screen after the command line, the
        /// terminal modes are what they were, and the shell reports the signal (SIGILL).
        @Test func aTrapGivesTheTerminalBackBeforeItsMessage() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(shellIn: scratch)
            defer { session.kill() }
            // Without the backtracer the message is all there is, so it can be read whole.
            let run = try await ShellRun.start(in: session, prefix: "SWIFT_BACKTRACE=enable=no TAIZHANG_DEBUG_CRASH=trap")
            let after = try await run.finish()
            #expect(after.status == 128 + Int(SIGILL))
            #expect(after.output.contains { $0.hasSuffix(Self.trapMessage) }, "\(after.output)")
            #expect(try await session.alternateScreenOn() == false)
            #expect(DashboardScreen.hasNoBorders(after.screen))
            try run.expectTerminalRestored()
            try await Self.expectTheShellEchoes(session)
        }

        /// With the Swift backtracer on, as it is by default: the terminal is given back
        /// first, then the backtracer asks its question on a working terminal and prints its
        /// report after the trap's message.
        @Test func aTrapWithTheBacktracerGivesTheTerminalBackFirst() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(shellIn: scratch)
            defer { session.kill() }
            let run = try await ShellRun.start(in: session, prefix: "TAIZHANG_DEBUG_CRASH=trap")
            // The question is looked for in the pane's history, not only on its screen: on a
            // loaded machine the backtracer can stop waiting for an answer (it gives 30 s) and
            // print its report over the question before a capture sees it.
            let deadline = ContinuousClock.now + .seconds(120)
            var asked = false
            while !asked, ContinuousClock.now < deadline {
                let history = try await session.tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "main"]).stdout
                asked = history.components(separatedBy: "\n").contains { $0.hasPrefix("Press space to interact") }
                if !asked { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(asked, "the backtracer asked its question")
            #expect(try await session.alternateScreenOn() == false)
            // Answered while it still waits; once it has given up, the shell is back already.
            if try await session.capture().contains(where: { $0.hasPrefix("Press space to interact") }) {
                try await session.press("q")
            }
            let after = try await run.finish()
            #expect(after.status == 128 + Int(SIGILL))
            let history = try await session.tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "main"]).stdout
                .components(separatedBy: "\n")
            let message = try #require(history.firstIndex { $0.hasSuffix(Self.trapMessage) }, "\(history)")
            let report = try #require(history.firstIndex { $0.contains("Program crashed: Illegal instruction") })
            #expect(message < report, "the trap's message comes first, then the backtracer's report")
            try run.expectTerminalRestored()
        }

        /// A thrown error: the terminal is given back, then the error printed as one line.
        @Test func aThrownErrorIsPrintedAfterTheTerminalIsBack() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(shellIn: scratch)
            defer { session.kill() }
            let run = try await ShellRun.start(in: session, prefix: "TAIZHANG_DEBUG_CRASH=throw")
            let after = try await run.finish()
            #expect(after.status == 1)
            // (Before it, the line saying the ledger was created, printed before the dashboard began.)
            #expect(after.output.last == "Error: TAIZHANG_DEBUG_CRASH=throw: a deliberate error after the first frame", "\(after.output)")
            #expect(try await session.alternateScreenOn() == false)
            try run.expectTerminalRestored()
            try await Self.expectTheShellEchoes(session)
        }

        /// Typed text shows as it is typed, and the shell runs it.
        static func expectTheShellEchoes(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) async throws {
            try await session.type("echo typed-back")
            try await session.waitFor("the typed command echoed", sourceLocation: sourceLocation) { screen in
                screen.contains { $0.hasSuffix("echo typed-back") }
            }
            try await session.press("Enter")
            try await session.waitFor("the command's output", sourceLocation: sourceLocation) { $0.contains("typed-back") }
        }
    }
}
