import Foundation
import Testing
import TaizhangTestSupport

/// Where a test's ledger lives: the same command tests run on a JSON file and on a plan in
/// the test database, through the binary's `--ledger`.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case file
    case postgres

    var testDescription: String { rawValue }
}

/// A ledger a test drives through the command line: its `--ledger` value, the environment
/// that logs in to it, and how to read it as a file (a database plan is pulled first, with
/// `taizhang ledger pull`, the way a person would look at it with `jq`).
struct LedgerUnderTest {
    let kind: StoreKind
    let scratch: ScratchFolder
    /// What `--ledger` (or TAIZHANG_LEDGER) is given.
    let name: String
    /// PGPASSWORD for a database; nothing for a file.
    let environment: [String: String]

    /// A fresh place for a ledger: nothing there yet (the first command makes it from the
    /// bundled plan, as for a file). For a database, the ledger tables are made first.
    static func make(_ kind: StoreKind, _ scratch: ScratchFolder, sourceLocation: SourceLocation = #_sourceLocation) async throws -> LedgerUnderTest {
        switch kind {
        case .file:
            return LedgerUnderTest(kind: kind, scratch: scratch, name: scratch.ledger, environment: [:])
        case .postgres:
            let server = try TestPostgres.server()
            let ledger = LedgerUnderTest(
                kind: kind, scratch: scratch, name: server.url(plan: TestPostgres.planName("e2e")), environment: server.environment)
            let result = try await CommandLineRun.taizhang(
                ["ledger", "init", ledger.name], scratch: scratch, environment: ledger.environment, sourceLocation: sourceLocation)
            try #require(result.status == 0, "ledger init failed: \(result.stderr)", sourceLocation: sourceLocation)
            return ledger
        }
    }

    /// A place holding the bundled plan already, as `scratch.freshLedger()` makes for a file.
    static func fresh(_ kind: StoreKind, _ scratch: ScratchFolder, sourceLocation: SourceLocation = #_sourceLocation) async throws -> LedgerUnderTest {
        let ledger = try await make(kind, scratch, sourceLocation: sourceLocation)
        switch kind {
        case .file:
            try scratch.freshLedger()
        case .postgres:
            let file = scratch.file("bundled-\(UUID().uuidString.prefix(6)).json")
            try scratch.freshLedger(at: file)
            let pushed = try await CommandLineRun.taizhang(
                ["ledger", "push", file, ledger.name], scratch: scratch, environment: ledger.environment, sourceLocation: sourceLocation)
            try #require(pushed.status == 0, "ledger push failed: \(pushed.stderr)", sourceLocation: sourceLocation)
        }
        return ledger
    }

    /// Runs `taizhang arguments… --ledger NAME` with the login.
    func run(_ arguments: [String], environment extra: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> RunResult {
        try await CommandLineRun.taizhang(
            arguments + ["--ledger", name], scratch: scratch, environment: environment.merging(extra) { _, new in new },
            sourceLocation: sourceLocation)
    }

    /// The ledger as its file's bytes: the file itself, or a database plan pulled into one.
    /// Nil when there is no ledger.
    func bytes(sourceLocation: SourceLocation = #_sourceLocation) async throws -> Data? {
        switch kind {
        case .file:
            return scratch.bytes(name)
        case .postgres:
            let file = scratch.file("pulled-\(UUID().uuidString.prefix(8)).json")
            defer { try? FileManager.default.removeItem(atPath: file) }
            let result = try await CommandLineRun.taizhang(
                ["ledger", "pull", name, file], scratch: scratch, environment: environment, sourceLocation: sourceLocation)
            if result.status != 0, result.stderr.contains("has no plan") { return nil }
            try #require(result.status == 0, "ledger pull failed: \(result.stderr)", sourceLocation: sourceLocation)
            return scratch.bytes(file)
        }
    }

    /// The ledger as a JSON object, read with Foundation's parser.
    func json(sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String: Any] {
        let data = try #require(try await bytes(sourceLocation: sourceLocation), "no ledger at \(name)", sourceLocation: sourceLocation)
        let object = try #require(try LedgerJSON.parse(data) as? [String: Any], sourceLocation: sourceLocation)
        guard case .file = kind else { return object }
        return try LedgerJSON.withJournal(object, besideLedgerAt: name, sourceLocation: sourceLocation)
    }

    /// One task of the ledger by its number.
    func task(_ number: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String: Any] {
        let tasks = try #require(try await json(sourceLocation: sourceLocation)["tasks"] as? [[String: Any]], sourceLocation: sourceLocation)
        return try #require(tasks.first { $0["number"] as? Int == number }, sourceLocation: sourceLocation)
    }

    /// Task number → status.
    func statuses(sourceLocation: SourceLocation = #_sourceLocation) async throws -> [Int: String] {
        let tasks = try #require(try await json(sourceLocation: sourceLocation)["tasks"] as? [[String: Any]], sourceLocation: sourceLocation)
        var statuses: [Int: String] = [:]
        for task in tasks {
            if let number = task["number"] as? Int { statuses[number] = task["status"] as? String }
        }
        return statuses
    }

    /// The history entries.
    func history(sourceLocation: SourceLocation = #_sourceLocation) async throws -> [[String: Any]] {
        try #require(try await json(sourceLocation: sourceLocation)["history"] as? [[String: Any]], sourceLocation: sourceLocation)
    }

    /// Waits until task `number` holds a note with `text` (a dashboard saves after it
    /// draws); fails after 15 seconds rather than hang.
    func waitForNote(_ text: String, on number: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let deadline = ContinuousClock.now + .seconds(15)
        while true {
            let notes = (try await task(number, sourceLocation: sourceLocation)["notes"] as? [[String: Any]]) ?? []
            if notes.contains(where: { $0["text"] as? String == text }) { return }
            if ContinuousClock.now >= deadline { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the note \(text) never reached task \(number) in \(name)", sourceLocation: sourceLocation)
    }

    /// What the program printed, with the ledger's own name written as LEDGER, so the output
    /// of a file and of a database can be compared.
    func neutral(_ text: String) -> String {
        text.replacingOccurrences(of: name, with: "LEDGER")
    }
}
