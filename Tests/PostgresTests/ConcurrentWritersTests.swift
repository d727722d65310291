import Foundation
import Testing
import TaizhangImport
import TaizhangModel
import TaizhangStore
import TaizhangTestSupport
@testable import TaizhangPostgres

/// Several people saving into one plan at once, each on a connection of their own: every
/// change is there, in the history, once; and the rows hold exactly what the history says.
@Suite struct ConcurrentWritersTests {
    static let writers = 4
    static let changesEach = 250

    /// Writer `w`'s even changes are notes (one text each, on tasks all over the plan, which
    /// every writer also writes on); its odd changes step the status of a task no one else
    /// touches. Each change is saved at once.
    static func write(_ writer: Int, _ address: DatabaseAddress, _ server: TestPostgres.Server) throws -> Int {
        var (store, ledger) = try Fixture.open(address, server)
        defer { store.close() }
        var saves = 0
        for change in 0..<changesEach {
            let stamp = Fixture.stamp(change, by: "w\(writer)")
            if change.isMultiple(of: 2) {
                try ledger.apply(.addNote(task: change % 57 + 1, text: "w\(writer)-\(change)"), stamp: stamp)
            } else {
                let task = 50 + writer
                let status = ledger.plan.tasks[task - 1].status
                try ledger.apply(.status(task: task, to: status.next), stamp: stamp)
            }
            ledger = try store.save(ledger).ledger
            saves += 1
        }
        return saves
    }

    @Test func fourWritersAtOnceLoseAndDoubleNothing() async throws {
        let server = try Fixture.server()
        let address = try Fixture.plan("writers", on: server)
        let saves = try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in 0..<Self.writers {
                group.addTask { try await TestPostgres.offThePool { try Self.write(writer, address, server) } }
            }
            return try await group.reduce(0, +)
        }
        #expect(saves == Self.writers * Self.changesEach)

        let final = try Fixture.reread(address, server)
        let expected = (0..<Self.writers).flatMap { writer in
            stride(from: 0, to: Self.changesEach, by: 2).map { "w\(writer)-\($0)" }
        }.sorted()
        #expect(final.plan.tasks.flatMap(\.notes).map(\.text).sorted() == expected)
        let notesInHistory = final.history.compactMap { entry -> String? in
            if case .edit(.note(_, nil, let note?)) = entry.event { return note.text }
            return nil
        }
        #expect(notesInHistory.sorted() == expected)
        for writer in 0..<Self.writers {
            let statusEdits = final.history.filter { entry in
                guard case .edit(.status(let task, _, _)) = entry.event else { return false }
                return entry.by == "w\(writer)" && task == 50 + writer
            }
            #expect(statusEdits.count == Self.changesEach / 2)
            // 125 steps from to do: to do → in progress → done → to do …
            #expect(final.plan.tasks[49 + writer].status == [TaskStatus.todo, .doing, .done][(Self.changesEach / 2) % 3])
        }
        #expect(final.history.count == Self.writers * Self.changesEach)
        #expect(!final.history.contains { if case .superseded = $0.event { true } else { false } })
        // The rows hold exactly what following the history from the pushed plan gives.
        var replayed = Ledger.bundled()
        try replayed.follow(final.history)
        #expect(replayed.plan == final.plan)
    }
}
