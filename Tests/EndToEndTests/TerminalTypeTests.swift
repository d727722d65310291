import Foundation
import Testing

extension DashboardInTmux {
    /// Issue 4 end to end: the dashboard in the terminals coordinators have, started from a
    /// shell the way a person starts it, and the terminal given back exactly as it was
    /// (`stty -a` the same before and after, the shell prompt back, no alternate screen).
    @Suite("Terminal types")
    struct TerminalTypes {
        /// The TERMs issue 4 names; linux and vt100 have no alternate screen (no smcup).
        static let terms = ["xterm-256color", "tmux-256color", "screen-256color", "xterm", "linux", "vt100"]
        static let withoutAlternateScreen: Set<String> = ["linux", "vt100"]

        /// The frame is drawn with every border in place, q exits 0, the terminal modes are
        /// what they were and the shell prompt is back.
        @Test(arguments: terms)
        func drawsAndGivesTheTerminalBack(_ term: String) async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(shellIn: scratch, environment: ["TERM": term])
            defer { session.kill() }
            let run = try await ShellRun.start(in: session, "--today", "2022-07-01")
            let screen = try await session.waitForDashboard()
            DashboardScreen.checkFrame(screen, width: 100, height: 30)
            #expect(DashboardScreen.tasksTitle(screen) == "Tasks 57/57")
            #expect(DashboardScreen.taskRows(screen).selected == 1)
            #expect(try await session.alternateScreenOn() == !Self.withoutAlternateScreen.contains(term))

            try await session.press("q")
            let after = try await run.finish()
            #expect(after.status == 0)
            #expect(try await session.alternateScreenOn() == false)
            if !Self.withoutAlternateScreen.contains(term) {
                #expect(DashboardScreen.hasNoBorders(after.screen), "the dashboard is gone with the alternate screen")
            }
            try run.expectTerminalRestored()
        }

        /// Ctrl-C in the middle of typing a note (the editor open, Chinese half typed) ends the
        /// program as cleanly as q, and the half-typed note is not saved.
        @Test func ctrlCInTheNoteEditorGivesTheTerminalBack() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(shellIn: scratch)
            defer { session.kill() }
            let run = try await ShellRun.start(in: session, "--today", "2022-07-01")
            try await session.waitForDashboard()
            try await session.press("a")
            try await session.type("市司法局")
            try await session.waitFor("the typed note") { $0.last == " 1 Note: 市司法局" }
            try await session.press("C-c")
            let after = try await run.finish()
            // Ctrl-C is SIGINT (the terminal keeps ISIG on): ended cleanly, with the usual 128 + 2.
            #expect(after.status == 130)
            #expect(try await session.alternateScreenOn() == false)
            #expect(DashboardScreen.hasNoBorders(after.screen))
            try run.expectTerminalRestored()
            let task = try LedgerJSON.task(1, inLedgerAt: session.ledger)
            #expect((task["notes"] as? [Any])?.isEmpty == true, "an unsaved note is not saved")
        }

        struct Refusal: CustomTestStringConvertible, Sendable {
            var prefix: String
            var message: String
            var testDescription: String { prefix }
        }

        /// Where the dashboard cannot work: one clear line, exit 1, the terminal untouched.
        @Test(arguments: [
            Refusal(prefix: "LANG=C", message: #"Error: the locale's character set is ANSI_X3.4-1968, not UTF-8: set LANG=C.UTF-8 or LANG=zh_CN.UTF-8 (and make sure that locale is installed)"#),
            Refusal(prefix: "TERM=dumb", message: #"Error: TERM is "dumb", which cannot draw a full-screen dashboard: set TERM to your terminal type, e.g. TERM=xterm-256color"#),
            Refusal(prefix: "env -u TERM", message: "Error: TERM is not set (or is empty): set it to your terminal type, e.g. TERM=xterm-256color"),
        ])
        func refusesWithOneLine(_ refusal: Refusal) async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(shellIn: scratch)
            defer { session.kill() }
            let run = try await ShellRun.start(in: session, prefix: refusal.prefix)
            let after = try await run.finish()
            #expect(after.status == 1)
            #expect(after.output == [refusal.message])
            #expect(try await session.alternateScreenOn() == false)
            try run.expectTerminalRestored()
            #expect(!scratch.exists(session.ledger))
        }
    }
}

/// One run of `taizhang` typed at the shell in a `TmuxSession(shellIn:)` pane, bracketed by
/// `stty -a` into files, so a test can compare the terminal's modes before and after.
struct ShellRun {
    let session: TmuxSession
    let before: String
    let after: String

    /// Types `stty -a >before; [prefix] taizhang arguments…; echo EXIT=$?; stty -a >after;
    /// echo STTY-SAVED` and Enter, once the shell shows its prompt.
    static func start(
        in session: TmuxSession, prefix: String = "", _ arguments: String...,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> ShellRun {
        let binary = try BuiltBinary.path(sourceLocation: sourceLocation)
        let run = ShellRun(session: session, before: session.scratch.file("stty-before"), after: session.scratch.file("stty-after"))
        try await session.waitFor("the shell prompt", sourceLocation: sourceLocation) { screen in
            screen.contains(where: ShellRun.isPrompt)
        }
        let program = ([binary] + arguments).map(TmuxSession.quote).joined(separator: " ")
        try await session.type("stty -a >\(TmuxSession.quote(run.before)); \(prefix) \(program); echo EXIT=$?; "
            + "stty -a >\(TmuxSession.quote(run.after)); echo STTY-SAVED")
        try await session.press("Enter")
        return run
    }

    /// Waits for the command line to finish; the exit status, the screen, and the lines the
    /// program printed (between the typed command and `EXIT=`).
    func finish(sourceLocation: SourceLocation = #_sourceLocation) async throws -> (status: Int, screen: [String], output: [String]) {
        let screen = try await session.waitFor("the command line to finish", joined: true, sourceLocation: sourceLocation) { screen in
            // The prompt back after STTY-SAVED: the shell is reading commands again.
            guard let saved = screen.lastIndex(of: "STTY-SAVED") else { return false }
            return screen[(saved + 1)...].contains(where: ShellRun.isPrompt)
        }
        let exitRow = try #require(screen.lastIndex { $0.hasPrefix("EXIT=") }, sourceLocation: sourceLocation)
        // On terminals without an alternate screen (linux, vt100) the last frame stays on
        // screen and the shell prints `EXIT=0` over the start of its bottom row.
        let status = try #require(Int(screen[exitRow].dropFirst(5).prefix { $0.isNumber }), sourceLocation: sourceLocation)
        let commandRow = screen[..<exitRow].lastIndex { $0.contains("echo STTY-SAVED") } ?? -1
        let output = screen[(commandRow + 1)..<exitRow].filter { !$0.isEmpty }
        return (status, screen, Array(output))
    }

    /// A line holding only the shell's prompt (`# ` for root, `$ ` otherwise).
    static func isPrompt(_ line: String) -> Bool {
        ["#", "$"].contains(line.trimmingCharacters(in: .whitespaces))
    }

    /// `stty -a` printed the same before and after the program.
    func expectTerminalRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try #require(session.scratch.bytes(self.before), "no stty output before", sourceLocation: sourceLocation)
        let after = try #require(session.scratch.bytes(self.after), "no stty output after", sourceLocation: sourceLocation)
        let text = String(decoding: before, as: UTF8.self)
        #expect(text.contains("speed") && text.contains("icanon"), "\(text)", sourceLocation: sourceLocation)
        #expect(String(decoding: after, as: UTF8.self) == text, sourceLocation: sourceLocation)
    }
}
