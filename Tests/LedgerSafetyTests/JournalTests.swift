import TaizhangImport
import TaizhangStore
import TaizhangTestSupport
import Testing
import TaizhangModel

/// The history journal (schema 4): a save writes the ledger without its history and
/// appends the new entries to `ledger.history-N.jsonl` beside it, so its cost does not grow
/// with the history; the ledger file stays the one commit point.
@Suite struct JournalTests {
    static let journal1 = Fixture.folder + "/ledger.history-1.jsonl"

    /// The ledger file on disk, as JSON.
    func onDisk(_ fs: FakeFileSystem) throws -> JSONValue {
        try JSONParser.parse(try #require(fs.bytes(Fixture.path)))
    }

    /// A bundled ledger saved twice: the first save moves the history out of the file (it
    /// was created self-contained), the second only appends.
    @Test func aSaveAppendsItsEntriesAndLeavesTheHistoryOutOfTheFile() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var store = first
        var ledger = opened
        #expect(try onDisk(fs)["schema"] == .int(3))
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        ledger = try store.save(ledger).ledger
        let root = try onDisk(fs)
        #expect(root["schema"] == .int(5) && root["history"] == nil)
        #expect(root["journal"]?["file"] == .string("ledger.history-1.jsonl"))
        let afterOne = try #require(fs.bytes(Self.journal1))
        #expect(afterOne.filter { $0 == UInt8(ascii: "\n") }.count == 1)
        let fileAfterOne = try #require(fs.bytes(Fixture.path)).count

        for second in 2...6 {
            try ledger.apply(.addNote(task: 2, text: "第\(second)次催办"), stamp: Fixture.stamp(second))
            ledger = try store.save(ledger).ledger
        }
        let journal = try #require(fs.bytes(Self.journal1))
        #expect(Array(journal.prefix(afterOne.count)) == afterOne, "earlier lines are never rewritten")
        #expect(journal.filter { $0 == UInt8(ascii: "\n") }.count == 6)
        #expect(try onDisk(fs)["journal"]?["entries"] == .int(6))
        #expect(try onDisk(fs)["journal"]?["bytes"] == .int(journal.count))
        // The file grew by the notes only, not by their history.
        #expect(try #require(fs.bytes(Fixture.path)).count < fileAfterOne + 5 * 200)
        let read = try #require(try LedgerFile.read(Fixture.path, fileSystem: fs))
        #expect(read == ledger && read.history.count == 6)
        #expect(fs.names(in: Fixture.folder).filter { $0.hasSuffix(".jsonl") } == ["ledger.history-1.jsonl"])
    }

    /// A crash at any call of an appending save: the restart reads exactly the old or the new
    /// ledger; a line torn in the journal is past the committed length, ignored, and cut off
    /// by the next save.
    @Test func aTornLastLineIsIgnoredAndCutOffByTheNextSave() throws {
        let (fs0, first, opened) = try Fixture.openedFake()
        var setUp = first
        var ledger = opened
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        ledger = try setUp.save(ledger).ledger
        var change = ledger
        try change.apply(.addNote(task: 3, text: "一条进展说明"), stamp: Fixture.stamp(2))
        var probe = LedgerStore(path: Fixture.path, fileSystem: fs0)
        _ = try probe.load()
        let before = fs0.calls
        _ = try probe.save(change)
        let calls = fs0.calls - before
        #expect(calls > 10)

        var sawTorn = false
        for crashPoint in 1...calls {
            let (fs, opener, fresh) = try Fixture.openedFake()
            var store = opener
            var base = fresh
            try base.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
            base = try store.save(base).ledger
            #expect(base == ledger)
            fs.crashAt = fs.calls + crashPoint
            _ = try? store.save(change)
            for image in [FakeFileSystem.CrashImage.dropUnsynced, .keepUnsynced, .garbleUnsynced(seed: UInt64(crashPoint))] {
                let disk = fs.afterCrash(image)
                var restarted = LedgerStore(path: Fixture.path, fileSystem: disk)
                let reread = try restarted.load().ledger
                #expect(reread == ledger || reread == change.withGeneration(reread.generation), "crash at \(crashPoint), \(image)")
                let committed = try JSONParser.parse(try #require(disk.bytes(Fixture.path)))["journal"]?["bytes"]
                let journal = try #require(disk.bytes(Self.journal1))
                if case .int(let length) = committed, journal.count > length { sawTorn = true }
                // The next save appends after the committed part, whatever lay beyond it.
                var next = reread
                try next.apply(.status(task: 5, to: .doing), stamp: Fixture.stamp(30))
                let saved = try restarted.save(next).ledger
                let again = try #require(try LedgerFile.read(Fixture.path, fileSystem: disk))
                #expect(again == saved)
                let tidy = try #require(disk.bytes(Self.journal1))
                #expect(try JSONParser.parse(try #require(disk.bytes(Fixture.path)))["journal"]?["bytes"] == .int(tidy.count))
            }
        }
        #expect(sawTorn)
    }

    /// Two writers, each with a stale copy in turn: every entry lands in the journal once,
    /// in the order the saves happened.
    @Test func twoWritersAppendToOneJournal() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var alice = first
        var alices = opened
        var bob = LedgerStore(path: Fixture.path, fileSystem: fs)
        var bobs = try bob.load().ledger
        for round in 0..<5 {
            try alices.apply(.addNote(task: 1, text: "alice \(round)"), stamp: Fixture.stamp(round * 2, by: "alice"))
            alices = try alice.save(alices).ledger
            try bobs.apply(.addNote(task: 2, text: "bob \(round)"), stamp: Fixture.stamp(round * 2 + 1, by: "bob"))
            let outcome = try bob.save(bobs)
            #expect(outcome.merged)
            bobs = outcome.ledger
            if alice.changedOnDisk(), let fresh = try alice.refresh(keeping: alices) { alices = fresh }
        }
        let disk = try #require(try LedgerFile.read(Fixture.path, fileSystem: fs))
        #expect(disk == bobs)
        #expect(disk.history.map(\.by) == Array(repeating: ["alice", "bob"], count: 5).flatMap { $0 })
        #expect(disk.plan.tasks[0].notes.count == 5 && disk.plan.tasks[1].notes.count == 5)
        let journal = try #require(fs.bytes(Self.journal1))
        #expect(journal.filter { $0 == UInt8(ascii: "\n") }.count == 10)
    }

    /// Compaction: replacing a broken ledger by a backup writes the history to a new journal
    /// file; the old one stays while a backup names it, and goes when none does.
    @Test func aRestoreCompactsIntoANewJournalAndOldOnesGoWhenUnnamed() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var store = first
        var ledger = opened
        for second in 1...3 {
            try ledger.apply(.status(task: second, to: .done), stamp: Fixture.stamp(second))
            ledger = try store.save(ledger).ledger
        }
        fs.put(Fixture.path, Array("{ broken".utf8))
        var reopened = LedgerStore(path: Fixture.path, fileSystem: fs)
        let (backup, good) = try #require(reopened.newestReadableBackup())
        #expect(good.history.count == 2)
        let outcome = try reopened.restore(backup, onto: nil, stamp: Fixture.stamp(9))
        #expect(try onDisk(fs)["journal"]?["file"] == .string("ledger.history-2.jsonl"))
        let read = try #require(try LedgerFile.read(Fixture.path, fileSystem: fs))
        #expect(read == outcome.ledger && read.history.count == 3)
        // Backups still name journal 1: it stays, and they still read.
        #expect(fs.bytes(Self.journal1) != nil)
        #expect(reopened.backups().allSatisfy { (try? reopened.read($0)) != nil || $0.reason == "unreadable" })
        // With no backup naming it, the next compaction removes it.
        for backup in reopened.backups() { try fs.unlink(backup.path) }
        var content = read
        content.history.removeLast()  // a history that no longer extends the journal's: compacts
        try content.apply(.status(task: 9, to: .done), stamp: Fixture.stamp(10))
        var fresh = LedgerStore(path: Fixture.path, fileSystem: fs)
        _ = try fresh.load()
        _ = try fresh.save(content)
        let journals = fs.names(in: Fixture.folder).filter { $0.hasSuffix(".jsonl") }
        #expect(!journals.contains("ledger.history-1.jsonl"))
        #expect(try #require(try LedgerFile.read(Fixture.path, fileSystem: fs)).plan.tasks[8].status == .done)
    }

    /// A ledger moved under another name keeps the journal name it has (adoption into the
    /// plans home moves `ledger.json` with `ledger.history-1.jsonl`, byte for byte): it
    /// reads, appends there, and at its next compaction the old journal, unnamed, goes.
    @Test func aMovedLedgerKeepsItsJournalUntilACompactionReplacesIt() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var store = first
        var ledger = opened
        for second in 1...2 {
            try ledger.apply(.status(task: second, to: .done), stamp: Fixture.stamp(second))
            ledger = try store.save(ledger).ledger
        }
        let moved = Fixture.folder + "/2022-plan.json"
        try fs.rename(Fixture.path, to: moved)
        var adopted = LedgerStore(path: moved, fileSystem: fs)
        var content = try adopted.load().ledger
        #expect(content.history.count == 2)
        try content.apply(.status(task: 3, to: .done), stamp: Fixture.stamp(3))
        content = try adopted.save(content).ledger
        #expect(try JSONParser.parse(try #require(fs.bytes(moved)))["journal"]?["file"] == .string("ledger.history-1.jsonl"))
        for backup in adopted.backups() { try fs.unlink(backup.path) }
        content.history.removeLast()  // no longer extends the journal's history: compacts
        try content.apply(.status(task: 4, to: .done), stamp: Fixture.stamp(4))
        var again = LedgerStore(path: moved, fileSystem: fs)
        _ = try again.load()
        content = try again.save(content).ledger
        #expect(try JSONParser.parse(try #require(fs.bytes(moved)))["journal"]?["file"] == .string("2022-plan.history-1.jsonl"))
        // The backup that save kept names the old journal: it stays while that backup does.
        #expect(fs.names(in: Fixture.folder).filter { $0.hasSuffix(".jsonl") } == ["2022-plan.history-1.jsonl", "ledger.history-1.jsonl"])
        for backup in again.backups() { try fs.unlink(backup.path) }
        content.history.removeLast()
        try content.apply(.status(task: 4, to: .done), stamp: Fixture.stamp(5))
        var third = LedgerStore(path: moved, fileSystem: fs)
        _ = try third.load()
        let saved = try third.save(content).ledger
        // Named by no ledger and no backup any more, the stray goes at the next compaction
        // (the journal before this one stays: the backup this save kept names it).
        #expect(fs.names(in: Fixture.folder).filter { $0.hasSuffix(".jsonl") } == ["2022-plan.history-1.jsonl", "2022-plan.history-2.jsonl"])
        let read = try #require(try LedgerFile.read(moved, fileSystem: fs))
        #expect(read == saved && read.plan.tasks[3].status == .done)
    }

    /// A ledger written by today's taizhang (schema 3, history inline) reads unchanged; its
    /// first save moves the history into a journal and keeps the original as a backup.
    @Test func aSchema3LedgerReadsUnchangedAndIsKeptBeforeItsFirstSave() throws {
        let fs = FakeFileSystem()
        fs.makeFolder(Fixture.folder)
        var ledger = Ledger.bundled()
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        try ledger.apply(.addNote(task: 1, text: "已完成"), stamp: Fixture.stamp(2))
        let original = LedgerEncoding.bytes(ledger)
        fs.put(Fixture.path, original)
        var store = LedgerStore(path: Fixture.path, fileSystem: fs)
        let opened = try store.load()
        #expect(opened.ledger == ledger && opened.migratedFrom == nil)
        #expect(fs.bytes(Fixture.path) == original)
        var changed = opened.ledger
        try changed.apply(.status(task: 2, to: .doing), stamp: Fixture.stamp(3))
        let outcome = try store.save(changed)
        #expect(try fs.bytes(#require(outcome.backup?.path)) == original)
        #expect(try onDisk(fs)["schema"] == .int(5))
        #expect(try #require(try LedgerFile.read(Fixture.path, fileSystem: fs)).history.count == 3)
    }

    /// A journal that does not hold what the ledger says is refused, naming it; the ledger
    /// is never saved over.
    @Test func aMissingOrShortJournalIsRefused() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var store = first
        var ledger = opened
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        ledger = try store.save(ledger).ledger
        let bytes = try #require(fs.bytes(Self.journal1))
        fs.put(Self.journal1, Array(bytes.dropLast(3)))
        var reader = LedgerStore(path: Fixture.path, fileSystem: fs)
        #expect(throws: LedgerError.journal(path: Fixture.path, file: "ledger.history-1.jsonl", problem: .tooShort(expected: bytes.count, found: bytes.count - 3))) {
            try reader.load()
        }
        try fs.unlink(Self.journal1)
        #expect(throws: LedgerError.journal(path: Fixture.path, file: "ledger.history-1.jsonl", problem: .missing)) { try reader.load() }
        let before = fs.bytes(Fixture.path)
        try ledger.apply(.status(task: 2, to: .done), stamp: Fixture.stamp(2))
        #expect(throws: LedgerError.self) { try store.save(ledger) }
        #expect(fs.bytes(Fixture.path) == before)
    }
}

extension Ledger {
    func withGeneration(_ generation: Int) -> Ledger {
        var copy = self
        copy.generation = generation
        return copy
    }
}
