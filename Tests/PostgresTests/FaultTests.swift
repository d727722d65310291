import Foundation
import Testing
import TaizhangImport
import TaizhangModel
import TaizhangStore
import TaizhangTestSupport
@testable import TaizhangPostgres

/// The server gone: at start a plain error; in the middle of saving, no change half made and
/// none reported saved that the server did not keep; back again, the store finds it by
/// itself and saves what was left, once. These tests stop a server, so each has its own.
@Suite struct FaultTests {
    @Test func aServerThatIsDownIsSaidPlainly() throws {
        _ = try TestPostgres.server()
        let address = try DatabaseAddress.parse(try TestPostgres.downServerURL(), environment: [:])
        #expect(throws: StoreError.server(.unreachable(host: address.host, port: address.port, reason: .refused), ledger: address.url)) {
            try PostgresStore.connect(address, environment: ["PGPASSWORD": "any"])
        }
    }

    /// What the writing thread saw, shared with the test.
    final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var saved: [String] = []
        private var stoppedBy: StoreError?

        func record(_ note: String) { lock.withLock { saved.append(note) } }
        func stop(_ error: StoreError) { lock.withLock { stoppedBy = error } }
        var notes: [String] { lock.withLock { saved } }
        var error: StoreError? { lock.withLock { stoppedBy } }
    }

    /// A writer saves note after note; the server is stopped at once (as a crash would) in
    /// the middle of it and started again. The writer's store finds the server by itself,
    /// and the change it was saving is saved once: the plan then holds every note the writer
    /// was told was saved, plus that one, each once, and the rows hold what the history says.
    @Test func theServerStoppedDuringAChangeLosesAndHalvesNothing() async throws {
        let cluster = try await TestPostgres.OwnCluster.start()
        let server = cluster.server
        let address = try DatabaseAddress.parse(server.url(plan: "fault"), environment: [:])
        _ = try LedgerAdmin.initialize(address, environment: server.environment)
        _ = try LedgerAdmin.push(.bundled(), to: address, environment: server.environment)
        var (store, start) = try Fixture.open(address, server)
        defer { store.close() }
        let progress = Progress()
        let (writer, first) = (store, start)
        // The writer blocks while it waits for the server: on a thread of its own, not the pool's.
        async let leftOver = TestPostgres.offThePool { () -> (PostgresStore, Ledger) in
            var store = writer
            var ledger = first
            for number in 0..<100_000 {
                let text = "n\(number)"
                _ = try? ledger.apply(.addNote(task: number % 57 + 1, text: text), stamp: Fixture.stamp(number % 3600, by: "li"))
                do throws(StoreError) {
                    ledger = try store.save(ledger).ledger
                    progress.record(text)
                } catch {
                    progress.stop(error)
                    return (store, ledger)
                }
            }
            return (store, ledger)
        }
        try await Self.waitFor("30 saves") { progress.notes.count >= 30 }
        try await cluster.stopServer()
        let (stopped, unsaved) = try await leftOver
        store = stopped
        let error = try #require(progress.error)
        let lost: [StoreError] = [.server(.connectionLost, ledger: address.url), .server(.outcomeUnknown, ledger: address.url)]
        #expect(lost.contains(error), "\(error)")
        #expect(store.poll() == .lost(.server(.connectionLost, ledger: address.url)))
        try await cluster.startServer()
        try await Self.waitFor("the store to find the server again") { store.poll() == .restored }
        let saved = try store.save(unsaved)
        let expected = progress.notes + ["n\(progress.notes.count)"]
        #expect(saved.ledger.plan.tasks.flatMap(\.notes).map(\.text).sorted() == expected.sorted())
        let reread = try Fixture.reread(address, server)
        #expect(reread.plan.tasks.flatMap(\.notes).map(\.text).sorted() == expected.sorted())
        #expect(reread.history.count == expected.count)
        var replayed = Ledger.bundled()
        try replayed.follow(reread.history)
        #expect(replayed.plan == reread.plan)
    }

    /// A commit the server kept but whose answer never came: the next save asks the server
    /// (by the save's id) and writes nothing twice. One it did not keep is written once.
    @Test(arguments: [true, false])
    func aCommitWithoutAnAnswerIsFoundOut(kept: Bool) throws {
        let server = try Fixture.server()
        let address = try Fixture.plan("doubt", on: server)
        var (store, ledger) = try Fixture.open(address, server)
        defer { store.close() }
        let (base, head) = (store.base, store.head)
        try ledger.apply(.addNote(task: 9, text: "只写一次"), stamp: Fixture.stamp(1, by: "li"))
        let id = UUID()
        var written = ledger
        if kept {
            store.newSaveID = { id }
            written = try store.save(ledger).ledger
            // As if the answer to COMMIT had been lost: the store still holds the old base.
            store.base = base
            store.head = head
        }
        store.inDoubt = PostgresStore.InDoubt(save: id, asked: ledger, written: written)
        let outcome = try store.save(ledger)
        #expect(outcome.ledger.plan.tasks[8].notes.map(\.text) == ["只写一次"])
        let reread = try Fixture.reread(address, server)
        #expect(reread.plan.tasks[8].notes.map(\.text) == ["只写一次"])
        #expect(reread.history.count == 1)
        #expect(store.inDoubt == nil)
    }

    /// Polls `condition` every 20 ms for at most 60 seconds; fails rather than hangs. The
    /// condition is looked at once more after the deadline: on a loaded machine the sleep
    /// itself can outlast the bound (a CI run saw this test's thread kept waiting for over
    /// 30 s), and what happened meanwhile must still count.
    static func waitFor(_ what: String, _ condition: () throws -> Bool, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while true {
            if try condition() { return }
            if ContinuousClock.now >= deadline { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("timed out waiting for \(what)", sourceLocation: sourceLocation)
        throw CancellationError()
    }
}
