import Foundation
import Testing

extension DashboardInTmux {
    /// When the dashboard cannot run properly it says why in one line, exits non-zero and
    /// leaves the ledger alone — it neither creates one nor rewrites one.
    @Suite("Refusals")
    struct Refusals {
        struct Case: CustomTestStringConvertible, Sendable {
            var environment: [String: String]
            var messagePrefix: String
            var messageSuffix: String
            var testDescription: String { environment.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ") }
        }

        static let cases = [
            Case(environment: ["TERM": "dumb"],
                 messagePrefix: #"Error: TERM is "dumb", which cannot draw a full-screen dashboard: "#,
                 messageSuffix: "set TERM to your terminal type, e.g. TERM=xterm-256color"),
            Case(environment: ["LANG": "C"],
                 messagePrefix: "Error: the locale's character set is ",
                 messageSuffix: "not UTF-8: set LANG=C.UTF-8 or LANG=zh_CN.UTF-8 (and make sure that locale is installed)"),
        ]

        /// An existing ledger stays byte for byte the same.
        @Test(arguments: cases)
        func existingLedgerUntouched(_ refusal: Case) async throws {
            let scratch = ScratchFolder()
            _ = try await CommandLineRun.taizhang(["done", "4", "--ledger", scratch.ledger], scratch: scratch)
            let before = try #require(scratch.bytes(scratch.ledger))
            let session = try await TmuxSession(scratch: scratch, environment: refusal.environment)
            defer { session.kill() }
            let exit = try await session.waitForExit()
            #expect(exit.status == 1)
            let message = exit.screen.filter { !$0.isEmpty && !$0.hasPrefix("EXIT=") }
            #expect(message.count == 1, "one line: \(message)")
            #expect(message.first?.hasPrefix(refusal.messagePrefix) == true, "\(message)")
            #expect(message.first?.hasSuffix(refusal.messageSuffix) == true, "\(message)")
            #expect(scratch.bytes(scratch.ledger) == before)
        }

        /// No ledger is created for a dashboard that never opened.
        @Test(arguments: cases)
        func noLedgerCreated(_ refusal: Case) async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch, environment: refusal.environment)
            defer { session.kill() }
            #expect(try await session.waitForExit().status == 1)
            #expect(!scratch.exists(session.ledger))
        }

        /// A corrupt ledger, with a real terminal: refused with the file, line and column,
        /// the terminal never taken over, the file unchanged.
        @Test func corruptLedger() async throws {
            let scratch = ScratchFolder()
            scratch.write(scratch.ledger, CorruptLedgerTests.corrupt)
            let before = try #require(scratch.bytes(scratch.ledger))
            let session = try await TmuxSession(scratch: scratch)
            defer { session.kill() }
            let exit = try await session.waitForExit()
            #expect(exit.status == 1)
            let message = exit.screen.filter { !$0.isEmpty && !$0.hasPrefix("EXIT=") }
            #expect(message == ["Error: ledger \(session.ledger) is not valid JSON: line 1, column 44: expected a key in quotes; it was left as it is"])
            #expect(try await session.alternateScreenOn() == false)
            #expect(scratch.bytes(scratch.ledger) == before)
        }
    }
}
