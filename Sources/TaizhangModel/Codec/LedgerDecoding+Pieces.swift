/// Reading a ledger file in pieces: the one-pass reader of `LedgerDecoding+Stream` over a
/// window of the file (`PieceWindow`) instead of all of its bytes, so the file is never held
/// whole beside the ledger made from it. Open at 10,000 tasks held a 15 MB copy of the file
/// at its peak, at 100,000 tasks 147 MB.
///
/// As the one-pass reader, it only ever succeeds or gives up: on anything it does not decide
/// (broken JSON, a byte order mark, bytes that are not UTF-8, a failed read) it returns nil,
/// and the caller reads the file whole through `decode`, which reports exactly what it
/// always did. A ledger it returns is the one `decode` returns for the same bytes (a test
/// reads every fixture both ways, through windows small enough to cut every value).
extension LedgerDecoding {
    /// The ledger whose bytes `fill` gives piece by piece, after `head` (the bytes already
    /// read from the start of the file). `fill` reads into the space it is given and returns
    /// how much it read, 0 at the end of the file, nil when the read failed. It is called
    /// until the end of the file, so a caller that hashes what passes sees all of it.
    public static func decodeInPieces(
        head: [UInt8], path: String, window: Int = 1 << 20, fill: (UnsafeMutableRawBufferPointer) -> Int?
    ) -> Decoded? {
        guard !head.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
        var pieces = PieceWindow(capacity: max(window, head.count))
        guard pieces.prime(head) else { return nil }
        var reader = Reader(path: path)
        guard let ledger = try? reader.piecewiseLedger(&pieces, fill) else { return nil }
        return Decoded(ledger: ledger, journal: reader.journal, replaysTail: reader.replaysTail)
    }
}

extension LedgerDecoding.Reader {
    typealias Fill = (UnsafeMutableRawBufferPointer) -> Int?

    /// `streamedLedger`, with the window filled as the reading needs.
    mutating func piecewiseLedger(_ pieces: inout PieceWindow, _ fill: Fill) throws(FastPathMiss) -> Ledger {
        var scanner = pieces.scanner(position: 0, depth: 0)
        try token(&scanner, &pieces, fill)
        try scanner.enter(UInt8(ascii: "{"))
        var top = TopLevel()
        var first = true
        while true {
            try token(&scanner, &pieces, fill)
            guard try scanner.more(UInt8(ascii: "}"), first: first) else { break }
            first = false
            try value(&scanner, &pieces, fill)
            scanner.skipWhitespace()
            let key = try scanner.string()
            try top.expectNew(key)
            try token(&scanner, &pieces, fill)
            try scanner.expect(UInt8(ascii: ":"))
            if let areas = top.streamsTasks(key) {
                var numbers = DistinctNumbers()
                top.tasks = try items(&scanner, &pieces, fill) { (scanner) throws in
                    try streamedTask(&scanner, areas: areas, numbers: &numbers)
                }
                top.members.append(JSONMember(key, .array([])))
            } else if key == "history" {
                top.history = try items(&scanner, &pieces, fill) { (scanner) throws in try streamedEntry(&scanner) }
                top.members.append(JSONMember(key, .array([])))
            } else {
                try value(&scanner, &pieces, fill)
                take(key, try scanner.value(), into: &top)
            }
        }
        // Nothing but whitespace to the end of the file.
        while true {
            scanner.skipWhitespace()
            guard scanner.atEnd else { throw FastPathMiss() }
            guard pieces.more(keeping: scanner.position, fill) else { break }
            scanner = pieces.scanner(position: 0, depth: scanner.depth)
        }
        guard pieces.atEnd, pieces.checked == pieces.end else { throw FastPathMiss() }
        do {
            return try assembled(top)
        } catch {
            throw FastPathMiss()
        }
    }

    /// The items of an array, each read by `item` once the window holds it whole. An item is
    /// read first and its end looked for only when the reading failed: items are objects,
    /// which end with a bracket, so one cut by the window's end never reads as whole.
    private func items<Item>(
        _ scanner: inout JSONScanner, _ pieces: inout PieceWindow, _ fill: Fill, _ item: (inout JSONScanner) throws -> Item
    ) throws(FastPathMiss) -> [Item] {
        try token(&scanner, &pieces, fill)
        try scanner.enter(UInt8(ascii: "["))
        var result: [Item] = []
        var first = true
        while true {
            try token(&scanner, &pieces, fill)
            guard try scanner.more(UInt8(ascii: "]"), first: first) else { return result }
            first = false
            let start = scanner.position
            let depth = scanner.depth
            do {
                result.append(try item(&scanner))
            } catch {
                // Cut by the window: read until it holds the item whole and read it again.
                // Whole and still failing: the file is not one this reader decides.
                scanner.position = start
                scanner.depth = depth
                guard pieces.valueEnd(from: start) == nil else { throw FastPathMiss() }
                try value(&scanner, &pieces, fill)
                do {
                    result.append(try item(&scanner))
                } catch {
                    throw FastPathMiss()
                }
            }
        }
    }

    /// Makes sure the next byte after whitespace is in the window.
    private func token(_ scanner: inout JSONScanner, _ pieces: inout PieceWindow, _ fill: Fill) throws(FastPathMiss) {
        scanner.skipWhitespace()
        while scanner.atEnd {
            try refill(&scanner, &pieces, fill)
            scanner.skipWhitespace()
        }
    }

    /// Makes sure the value after whitespace is in the window whole.
    private func value(_ scanner: inout JSONScanner, _ pieces: inout PieceWindow, _ fill: Fill) throws(FastPathMiss) {
        while pieces.valueEnd(from: scanner.position) == nil {
            try refill(&scanner, &pieces, fill)
        }
    }

    /// Drops what the scanner has read, reads the next piece and points the scanner at the
    /// same place in the new window. At the end of the file: a miss (something was cut).
    private func refill(_ scanner: inout JSONScanner, _ pieces: inout PieceWindow, _ fill: Fill) throws(FastPathMiss) {
        let depth = scanner.depth
        guard pieces.more(keeping: scanner.position, fill) else { throw FastPathMiss() }
        scanner = pieces.scanner(position: 0, depth: depth)
    }
}
