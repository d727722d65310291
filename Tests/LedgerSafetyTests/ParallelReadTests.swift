import TaizhangImport
import TaizhangModel
import TaizhangTestSupport
import Testing

@testable import TaizhangStore

/// A large ledger's journal is read on a second thread while the file is decoded. Whatever
/// the files hold, the result, or the error, is the one reading them in turn gives.
@Suite struct ParallelReadTests {
    /// Read in turn: the file, then its journal.
    static func inTurn(_ fs: FakeFileSystem, ledgerPath: String? = nil, path: String = Fixture.path) -> Result<LedgerFile.Read, LedgerError> {
        Result { () throws(LedgerError) in
            try LedgerFile.withJournal(LedgerDecoding.decode(fs.bytes(path) ?? [], path: path), path: path, ledgerPath: ledgerPath, fileSystem: fs)
        }
    }

    static func besideItsJournal(_ fs: FakeFileSystem, ledgerPath: String? = nil, path: String = Fixture.path) -> Result<LedgerFile.Read?, LedgerError> {
        Result { () throws(LedgerError) in
            try LedgerFile.decodeBesideItsJournal(fs.bytes(path) ?? [], path: path, ledgerPath: ledgerPath, from: 0, fileSystem: fs)
        }
    }

    static func same(_ a: Result<LedgerFile.Read, LedgerError>, _ b: Result<LedgerFile.Read?, LedgerError>) -> Bool {
        switch (a, b) {
        case (.success(let x), .success(let y?)):
            x.ledger == y.ledger && x.journal == y.journal && x.reached == y.reached && x.replaysTail == y.replaysTail
        case (.failure(let x), .failure(let y)): x == y
        default: false
        }
    }

    @Test func aLedgerWithATailReadsAsInTurn() throws {
        let (fs, first, saved) = try TailTests.tailed()
        var store = first
        var ledger = saved
        for second in 2...4 {
            try ledger.apply(.addNote(task: second, text: "进展\(second)"), stamp: Fixture.stamp(second))
            ledger = try store.save(ledger, pace: .whenIdle).ledger
        }
        let ahead = Self.besideItsJournal(fs)
        #expect(Self.same(Self.inTurn(fs), ahead))
        #expect(try ahead.get()?.ledger == ledger && ahead.get()?.tailEntries == 3)
        // A backup is read without the tail after it, both ways: the checkpoint keeps the
        // file it replaces, which names the journal, and one more change goes to the tail.
        fs.clock += 60
        _ = try store.checkpoint()
        try ledger.apply(.addNote(task: 9, text: "再一条"), stamp: Fixture.stamp(9))
        ledger = try store.save(ledger, pace: .whenIdle).ledger
        let backup = try #require(store.backups().first)
        #expect(try Self.besideItsJournal(fs, ledgerPath: Fixture.path, path: backup.path).get() != nil)
        #expect(Self.same(Self.inTurn(fs, ledgerPath: Fixture.path, path: backup.path), Self.besideItsJournal(fs, ledgerPath: Fixture.path, path: backup.path)))
    }

    @Test func theReferenceAheadIsWhatTheFileSays() throws {
        let (fs, _, _) = try TailTests.tailed()
        let bytes = try #require(fs.bytes(Fixture.path))
        let ahead = try #require(JournalFile.referenceAhead(in: bytes.prefix(4096)))
        #expect(try LedgerDecoding.decode(bytes, path: Fixture.path).journal == ahead)
        #expect(JournalFile.referenceAhead(in: Array("{\"journal\": {\"file\": \"a\\\"b\", \"entries\": 1, \"bytes\": 2}".utf8)[...]) == nil)
        #expect(JournalFile.referenceAhead(in: Array("{\"schema\": 3}".utf8)[...]) == nil)
    }

    /// Errors come in the order reading in turn meets them: the file's, then the journal's.
    @Test func errorsAreTheOnesReadingInTurnGives() throws {
        let (fs, _, _) = try TailTests.tailed()
        let journal = try #require(fs.bytes(TailTests.journal1))
        fs.put(TailTests.journal1, Array(journal.dropLast(5)))
        #expect(Self.same(Self.inTurn(fs), Self.besideItsJournal(fs)))
        try fs.unlink(TailTests.journal1)
        #expect(Self.same(Self.inTurn(fs), Self.besideItsJournal(fs)))
        guard case .failure(.journal(_, _, .missing)) = Self.besideItsJournal(fs) else {
            Issue.record("a missing journal is named")
            return
        }
        // The file broken after its head, and the journal gone: the file's error first.
        var bytes = try #require(fs.bytes(Fixture.path))
        bytes[bytes.count - 10] = UInt8(ascii: "#")
        fs.put(Fixture.path, bytes)
        #expect(Self.same(Self.inTurn(fs), Self.besideItsJournal(fs)))
        if case .failure(.journal) = Self.besideItsJournal(fs) { Issue.record("the file's own error comes first") }
    }
}
