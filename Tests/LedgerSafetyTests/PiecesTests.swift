import TaizhangStore
import TaizhangTestSupport
import Testing
@testable import TaizhangStore
import TaizhangModel

/// Opening a ledger in pieces (`LedgerFile.readInPieces`, from 1 MiB) reads what reading it
/// whole reads: the same ledger, journal and tail, and the hash a save compares the file
/// with. The tests lower the size so the bundled plan is read in pieces.
@Suite struct PiecesTests {
    /// A ledger saved a few times, the last changes left in the journal's tail (schema 5).
    static func withTail() throws -> (FakeFileSystem, Ledger) {
        let (fs, store, saved) = try TailTests.tailed()
        var writer = store
        var ledger = saved
        for second in 2...4 {
            try ledger.apply(.addNote(task: 2, text: "第\(second)次催办"), stamp: Fixture.stamp(second))
            ledger = try writer.save(ledger, pace: .whenIdle).ledger
        }
        #expect(writer.tailPending)
        return (fs, ledger)
    }

    @Test func aLedgerReadInPiecesIsTheLedgerReadWhole() throws {
        let (fs, ledger) = try Self.withTail()
        let bytes = try #require(try LedgerFile.readBytes(Fixture.path, fileSystem: fs))
        let whole = try LedgerFile.decode(bytes, path: Fixture.path, fileSystem: fs)
        let pieces = try #require(try LedgerFile.readInPieces(Fixture.path, from: 0, fileSystem: fs))
        #expect(pieces.read.ledger == whole.ledger && pieces.read.ledger == ledger)
        #expect(pieces.read.journal == whole.journal && pieces.read.reached == whole.reached && pieces.read.replaysTail)
        #expect(pieces.read.tailEntries == 3 && pieces.declared == LedgerSchema.newest)
        #expect(pieces.hash == ContentHash.of(bytes))
        // Small files are read whole.
        #expect(try LedgerFile.readInPieces(Fixture.path, fileSystem: fs) == nil)
    }

    /// The hash is the same however the bytes are cut into pieces.
    @Test func theHashDoesNotDependOnThePieces() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        let whole = ContentHash.of(bytes)
        for size in [1, 3, 7, 8, 9, 64, 999] {
            var hasher = ContentHash()
            for start in stride(from: 0, to: bytes.count, by: size) {
                bytes[start..<min(bytes.count, start + size)].withUnsafeBytes { hasher.update($0) }
            }
            #expect(hasher.value == whole, "pieces of \(size)")
        }
        #expect(ContentHash.of(Array(bytes.dropLast())) != whole && ContentHash.of(bytes + [0]) != whole)
    }

    /// A store that opened the ledger in pieces saves as one that opened it whole: the file
    /// is known to be as it left it (no merge), and the bytes written are the same.
    @Test func aStoreOpenedInPiecesSavesAsOneOpenedWhole() throws {
        var written: [[UInt8]] = []
        for piecesFrom: Int64 in [0, LedgerFile.piecesFrom] {
            let (fs, _) = try Self.withTail()
            var store = LedgerStore(path: Fixture.path, fileSystem: fs)
            store.piecesFrom = piecesFrom
            store.tailFloor = 0
            var ledger = try store.load().ledger
            try ledger.apply(.status(task: 3, to: .doing), stamp: Fixture.stamp(9))
            let outcome = try store.save(ledger)
            #expect(!outcome.merged, "opened \(piecesFrom == 0 ? "in pieces" : "whole")")
            var reader = LedgerStore(path: Fixture.path, fileSystem: fs)
            reader.piecesFrom = piecesFrom
            #expect(try reader.loadForReading() == outcome.ledger)
            written.append(try #require(fs.bytes(Fixture.path)))
        }
        #expect(written[0] == written[1])
    }

    /// A broken file, or a journal gone, gives the error reading it whole gives, and the
    /// file is left as it was.
    @Test func damageGivesTheWholeReadsError() throws {
        let (fs, _) = try Self.withTail()
        let bytes = try #require(fs.bytes(Fixture.path))
        func errors() -> (LedgerError?, LedgerError?) {
            var whole = LedgerStore(path: Fixture.path, fileSystem: fs)
            var pieces = LedgerStore(path: Fixture.path, fileSystem: fs)
            pieces.piecesFrom = 0
            let a = Result { () throws(LedgerError) in try whole.load() }
            let b = Result { () throws(LedgerError) in try pieces.load() }
            guard case .failure(let first) = a, case .failure(let second) = b else { return (nil, nil) }
            return (first, second)
        }
        for cut in [bytes.count / 3, bytes.count - 10] {
            fs.put(Fixture.path, Array(bytes[..<cut]))
            let (whole, pieces) = errors()
            #expect(whole != nil && whole == pieces, "cut at \(cut)")
            #expect(fs.bytes(Fixture.path) == Array(bytes[..<cut]))
        }
        fs.put(Fixture.path, bytes)
        try fs.unlink(TailTests.journal1)
        let (whole, pieces) = errors()
        #expect(whole != nil && whole == pieces, "journal gone")
    }
}
