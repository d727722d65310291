import Foundation
import Testing
import TaizhangImport
import TaizhangModel
import TaizhangStore
import TaizhangTestSupport
@testable import TaizhangPostgres

/// Two writers merge on a database exactly as on a file: the same story of saves, told to
/// the JSON file store and to the PostgreSQL store through the one seam, ends in the same
/// ledger — the same tasks, the same history entry for entry, superseded changes and all.
@Suite struct MergeParityTests {
    /// A place for one ledger that several writers open.
    struct Place {
        let open: () throws -> any LedgerStoring
        /// Keeps a temporary folder alive as long as the place.
        let keep: AnyObject?
    }

    static func file() throws -> Place {
        let folder = TemporaryFolder()
        let path = folder.file("ledger.json")
        try LedgerFile.create(.bundled(), at: path)
        return Place(open: { FileStore(path: path) }, keep: folder)
    }

    static func database() throws -> Place {
        let server = try Fixture.server()
        let address = try Fixture.plan("parity", on: server)
        return Place(open: { try PostgresStore.connect(address, environment: server.environment) }, keep: nil)
    }

    /// A writer: its store and its copy of the ledger.
    struct Writer {
        var store: any LedgerStoring
        var ledger: Ledger
        let name: String

        init(_ place: Place, _ name: String) throws {
            store = try place.open()
            ledger = try store.open(creatingWith: nil).ledger
            self.name = name
        }

        mutating func change(_ change: LedgerChange, at second: Int) throws {
            try ledger.apply(change, stamp: Fixture.stamp(second, by: name))
        }

        mutating func undo(at second: Int) throws {
            try ledger.undo(stamp: Fixture.stamp(second, by: name))
        }

        /// Saves and goes on from what was saved (which may hold the other's changes).
        @discardableResult
        mutating func save() throws -> SavedLedger {
            let saved = try store.save(ledger)
            ledger = saved.ledger
            return saved
        }
    }

    /// The stories: each plays Alice and Bob, who both read the ledger before either saved.
    static let stories: [String: @Sendable (inout Writer, inout Writer) throws -> Void] = [
        "different tasks": { alice, bob in
            try alice.change(.status(task: 1, to: .done), at: 10)
            try alice.save()
            try bob.change(.status(task: 2, to: .doing), at: 11)
            try bob.change(.addNote(task: 1, text: "催办"), at: 12)
            try bob.save()
            try alice.change(.status(task: 3, to: .done), at: 13)
            try alice.save()
        },
        "the later change of a task wins": { alice, bob in
            try alice.change(.status(task: 7, to: .done), at: 20)
            try alice.save()
            try bob.change(.status(task: 7, to: .doing), at: 10)
            try bob.change(.deadline(task: 7, to: Deadline(.date("2022-10-31"))), at: 11)
            try bob.save()
        },
        "both made the same change": { alice, bob in
            try alice.change(.status(task: 5, to: .done), at: 10)
            try alice.save()
            try bob.change(.status(task: 5, to: .done), at: 11)
            try bob.save()
        },
        "an undo of the other's change": { alice, bob in
            try alice.change(.unitDone(task: 14, unit: "市卫生健康局", done: true), at: 10)
            try alice.save()
            try bob.change(.addNote(task: 14, text: "已提醒"), at: 11)
            try bob.save()
            try bob.undo(at: 12)
            try bob.save()
            try alice.change(.alias(from: "市直其他单位", to: "市直各有关单位"), at: 13)
            try alice.undo(at: 14)
            try alice.save()
        },
        "groups, evidence and notes from both": { alice, bob in
            try alice.change(.group(name: "各区政府（管委会）", members: ["香洲区", "金湾区"]), at: 10)
            try alice.change(.addEvidence(task: 4, link: "a.pdf", label: nil, unit: nil), at: 11)
            try bob.change(.group(name: "各区政府（管委会）", members: ["香洲区", "金湾区", "斗门区"]), at: 12)
            try bob.change(.addNote(task: 4, text: "乙"), at: 13)
            try alice.save()
            try bob.save()
            try alice.change(.removeEvidence(task: 4, link: "a.pdf"), at: 14)
            try alice.save()
        },
    ]

    @Test(arguments: stories.keys.sorted())
    func aStoryEndsTheSameOnBoth(_ story: String) throws {
        let play = try #require(Self.stories[story])
        var results: [Ledger] = []
        for place in [try Self.file(), try Self.database()] {
            var alice = try Writer(place, "alice")
            var bob = try Writer(place, "bob")
            try play(&alice, &bob)
            var reader = try place.open()
            results.append(try requireLedger(reader.read()))
            alice.store.close()
            bob.store.close()
            reader.close()
        }
        var (file, database) = (results[0], results[1])
        #expect(database.history == file.history)
        #expect(database.plan == file.plan)
        #expect(database.aliases == file.aliases && database.groups == file.groups)
        file.generation = 0
        database.generation = 0
        #expect(database == file)
    }
}
