import TaizhangImport
import TaizhangTestSupport
import Testing
import TaizhangModel
@testable import TaizhangStore

/// A ledger copied with `cp` under a new name (a snapshot before a meeting, a trial copy)
/// names the original's journal. Its changes must never reach the original: a copy's save
/// appended to that journal, cutting off the original's tail (its dashboard's changes not yet
/// in its file) and putting the copy's changes in their place, which the original then read
/// as its own. The copy reads what its file holds (the journal's committed part), and its
/// first save starts a journal of its own; the original's journal stays while the copy or
/// its backups name it.
@Suite struct CopiedLedgerTests {
    static let copy = Fixture.folder + "/copy.json"

    /// The original saved once, then one change in its tail (not yet in its file), then its
    /// file copied under a new name.
    static func copied() throws -> (FakeFileSystem, original: LedgerStore, saved: Ledger, committed: Ledger) {
        let (fs, first, saved) = try TailTests.tailed()
        let committed = try #require(try LedgerFile.read(Fixture.path, fileSystem: fs))
        var store = first
        var ledger = saved
        try ledger.apply(.addNote(task: 2, text: "原件仪表盘里刚记的催办"), stamp: Fixture.stamp(5))
        ledger = try store.save(ledger, pace: .whenIdle).ledger
        #expect(store.tailPending)
        fs.put(copy, try #require(fs.bytes(Fixture.path)))
        return (fs, store, ledger, committed)
    }

    @Test func aCopysChangesNeverReachTheOriginal() throws {
        let (fs, original, saved, committed) = try Self.copied()
        let journal = try #require(fs.bytes(TailTests.journal1))

        var store = LedgerStore(path: Self.copy, fileSystem: fs)
        store.tailFloor = 0
        var copy = try store.load().ledger
        #expect(copy == committed, "the copy is what its file holds, not the original's tail")
        try copy.apply(.status(task: 3, to: .done), stamp: Fixture.stamp(6))
        copy = try store.save(copy, pace: .whenIdle).ledger
        try copy.apply(.addNote(task: 3, text: "副本里的备注"), stamp: Fixture.stamp(7))
        copy = try store.save(copy).ledger

        #expect(fs.bytes(TailTests.journal1) == journal, "the original's journal is not touched")
        #expect(fs.names(in: Fixture.folder).contains("copy.history-1.jsonl"))
        #expect(try LedgerFile.read(Fixture.path, fileSystem: fs) == saved, "the original reads as its dashboard left it")
        let readCopy = try #require(try LedgerFile.read(Self.copy, fileSystem: fs))
        #expect(readCopy == copy && readCopy.plan.tasks[2].status == .done)
        #expect(readCopy.history.count == committed.history.count + 2)

        // The original goes on with its tail and its checkpoint.
        var originalStore = original
        var ledger = saved
        try ledger.apply(.addNote(task: 4, text: "原件的下一条"), stamp: Fixture.stamp(8))
        ledger = try originalStore.save(ledger, pace: .whenIdle).ledger
        let outcome = try #require(try originalStore.checkpoint())
        #expect(!outcome.merged && outcome.ledger.history == ledger.history && outcome.ledger.plan == ledger.plan)
        #expect(try LedgerFile.read(Fixture.path, fileSystem: fs) == outcome.ledger)
        #expect(ledger.plan.tasks[2].status != .done && ledger.history.count == saved.history.count + 1)
    }

    /// The file read whole on two threads and read in pieces (large ledgers) take the same
    /// care as the plain read.
    @Test func everyWayOfReadingACopyLeavesTheOriginalsTailOut() throws {
        let (fs, _, _, committed) = try Self.copied()
        let bytes = try #require(fs.bytes(Self.copy))
        let beside = try #require(try LedgerFile.decodeBesideItsJournal(bytes, path: Self.copy, ledgerPath: nil, from: 0, fileSystem: fs))
        #expect(beside.ledger == committed && !beside.replaysTail)
        let pieces = try #require(try LedgerFile.readInPieces(Self.copy, from: 0, fileSystem: fs))
        #expect(pieces.read.ledger == committed && !pieces.read.replaysTail)
        let plain = try LedgerFile.decode(bytes, path: Self.copy, fileSystem: fs)
        #expect(plain.ledger == committed && !plain.replaysTail)
        // The original itself still makes its tail again, every way.
        let own = try #require(fs.bytes(Fixture.path))
        #expect(try #require(try LedgerFile.decodeBesideItsJournal(own, path: Fixture.path, ledgerPath: nil, from: 0, fileSystem: fs)).replaysTail)
        #expect(try #require(try LedgerFile.readInPieces(Fixture.path, from: 0, fileSystem: fs)).read.replaysTail)
    }

    /// A journal the copy (or a backup of the copy) names is kept when the original
    /// compacts, or the copy could not be read any more.
    @Test func theOriginalKeepsAJournalACopyNames() throws {
        let (fs, _, _, _) = try Self.copied()
        let journal = "ledger.history-1.jsonl"
        #expect(JournalFile.removeUnused(for: Fixture.path, keeping: "ledger.history-2.jsonl", fs).isEmpty)
        #expect(fs.names(in: Fixture.folder).contains(journal))

        // Saved once, the copy names its own journal; its backup still names the original's.
        var store = LedgerStore(path: Self.copy, fileSystem: fs)
        var copy = try store.load().ledger
        try copy.apply(.status(task: 3, to: .done), stamp: Fixture.stamp(6))
        _ = try store.save(copy)
        #expect(JournalFile.removeUnused(for: Fixture.path, keeping: "ledger.history-2.jsonl", fs).isEmpty)
        #expect(LedgerStore(path: Self.copy, fileSystem: fs).backups().count == 1)

        // With the copy and its backups gone, the original's old journal goes at last.
        for name in fs.names(in: Fixture.folder) where name.hasPrefix("copy") { try fs.unlink(Fixture.folder + "/" + name) }
        for backup in LedgerBackups.list(for: Self.copy, fs) { try fs.unlink(backup.path) }
        #expect(JournalFile.removeUnused(for: Fixture.path, keeping: "ledger.history-2.jsonl", fs) == [journal])
    }
}
