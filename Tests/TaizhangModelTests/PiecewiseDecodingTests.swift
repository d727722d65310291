import TaizhangTestSupport
import Testing
@testable import TaizhangModel

/// Reading a ledger in pieces (`decodeInPieces`) against reading it whole (`decode`): the
/// same ledger through windows and pieces small enough to cut every value, nil (read it
/// whole) wherever reading it whole would not give a ledger, and every byte passed to the
/// caller's reads.
@Suite struct PiecewiseDecodingTests {
    let path = "/data/ledger.json"
    let streamed = StreamedDecodingTests()

    /// Decodes `bytes` in pieces: `head` bytes given first, then reads of at most `piece`.
    /// Also returns how many bytes the reads gave.
    func piecewise(_ bytes: [UInt8], window: Int, piece: Int, head: Int, failAt: Int? = nil) -> (LedgerDecoding.Decoded?, Int) {
        let headBytes = Array(bytes.prefix(head))
        var offset = headBytes.count
        let decoded = LedgerDecoding.decodeInPieces(head: headBytes, path: path, window: window) { space in
            if let failAt, offset >= failAt { return nil }
            let count = min(piece, space.count, bytes.count - offset)
            guard count > 0 else { return 0 }
            bytes[offset..<(offset + count)].withUnsafeBytes { space.copyMemory(from: $0) }
            offset += count
            return count
        }
        return (decoded, offset)
    }

    /// Every way of cutting gives the ledger `decode` gives, having read every byte.
    func expectSame(_ bytes: [UInt8], _ label: String) throws {
        let whole = try LedgerDecoding.decode(bytes, path: path)
        for window in [64, 100, 333, 4096] {
            for piece in [7, 64, 1000] where piece <= window {
                for head in [0, 10, 4096] where head <= window {
                    let (decoded, read) = piecewise(bytes, window: window, piece: piece, head: head)
                    #expect(decoded?.ledger == whole.ledger && decoded?.journal == whole.journal && decoded?.replaysTail == whole.replaysTail,
                        "\(label): window \(window), piece \(piece), head \(head)")
                    #expect(read == bytes.count, "\(label): read \(read) of \(bytes.count)")
                }
            }
        }
    }

    @Test func readsEveryLedgerTaizhangWritesToTheSameValue() throws {
        for (name, ledger) in try streamed.ledgers() {
            try expectSame(LedgerEncoding.bytes(ledger), name)
        }
        // With a journal named at its top (schema 5), as the dashboard leaves a large ledger.
        let ledger = try streamed.ledgers()[1].1
        let reference = JournalReference(file: "ledger.history-3.jsonl", entries: ledger.history.count, bytes: 1234)
        try expectSame(LedgerEncoding.bytes(ledger, journal: reference), "with a journal")
    }

    @Test func readsOlderSchemasAndCompactFilesTheSame() throws {
        var ledger = Ledger.bundled()
        for index in ledger.plan.tasks.indices { ledger.plan.tasks[index].deadline = nil }
        let text = String(decoding: LedgerEncoding.bytes(ledger), as: UTF8.self)
        for schema in 1...Ledger.schema {
            try expectSame(Array(OlderLedger.text(text, schema: schema, current: Ledger.schema).utf8), "schema \(schema)")
        }
        guard case .object(let members)? = try? JSONParser.parse(LedgerEncoding.bytes(Ledger.bundled())) else {
            Issue.record("no ledger")
            return
        }
        try expectSame(Array(JSONWriter.compact(.object(members)).utf8), "compact")
    }

    /// Cuts and random changes: in pieces gives nil (read it whole) or the ledger reading it
    /// whole gives, never a ledger where that gives an error.
    @Test func brokenLedgersAreLeftToTheWholeRead() throws {
        let valid = LedgerEncoding.bytes(try streamed.ledgers()[1].1)
        var random = SeededRandom(seed: 17)
        var cases: [(String, [UInt8])] = stride(from: 0, to: valid.count, by: max(1, valid.count / 200)).map { ("cut at \($0)", Array(valid[..<$0])) }
        let interesting: [UInt8] = Array("{}[]\",:\\-+.eE0123456789tfnu \n".utf8) + [0xE5, 0xFF, 0x00]
        for index in 0..<200 {
            var bytes = valid
            for _ in 0...random.next(below: 3) {
                let position = Int(random.next(below: UInt64(bytes.count)))
                switch random.next(below: 3) {
                case 0: bytes[position] = interesting[Int(random.next(below: UInt64(interesting.count)))]
                case 1: bytes.insert(interesting[Int(random.next(below: UInt64(interesting.count)))], at: position)
                default: bytes.remove(at: position)
                }
            }
            cases.append(("mutation \(index)", bytes))
        }
        cases.append(("byte order mark", [0xEF, 0xBB, 0xBF] + valid))
        cases.append(("only NUL bytes", [UInt8](repeating: 0, count: 300)))
        cases.append(("trailing text", valid + Array("x".utf8)))
        for (label, bytes) in cases {
            let whole = Result { () throws(LedgerError) in try LedgerDecoding.decode(bytes, path: path) }
            for (window, piece) in [(64, 16), (1024, 1000)] {
                guard let decoded = piecewise(bytes, window: window, piece: piece, head: 10).0 else { continue }
                guard case .success(let expected) = whole else {
                    Issue.record("\(label): read in pieces a ledger the whole read refuses")
                    continue
                }
                #expect(decoded.ledger == expected.ledger && decoded.journal == expected.journal, "\(label)")
            }
        }
    }

    @Test func aFailedReadGivesNil() throws {
        let bytes = LedgerEncoding.bytes(Ledger.bundled())
        for failAt in [0, 100, bytes.count / 2, bytes.count - 1, bytes.count] {
            #expect(piecewise(bytes, window: 4096, piece: 1000, head: 0, failAt: failAt).0 == nil, "at \(failAt)")
        }
    }
}
