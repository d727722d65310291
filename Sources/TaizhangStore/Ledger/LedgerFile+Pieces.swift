#if canImport(Glibc)
import TaizhangModel
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening a large ledger without holding its file whole: the file is read a megabyte at a
/// time into the decoder (`LedgerDecoding.decodeInPieces`) and hashed as it passes, so the
/// peak of an open is the ledger, not the ledger beside a copy of its file.
extension LedgerFile {
    /// From this size a ledger is opened in pieces; smaller ones are read whole as before.
    public static let piecesFrom: Int64 = 1 << 20

    /// A ledger file read in pieces, with the hash of its bytes and its schema.
    struct ReadInPieces {
        var read: Read
        var hash: UInt64
        var declared: Int
    }

    /// The ledger at `path` read in pieces, with its journal; nil when it is small, missing,
    /// not a regular file, names no schema this build reads near its top, or when anything
    /// in its bytes is left to the whole read (which then reports exactly what it always
    /// did). A journal that cannot be read throws, as it does for the whole read.
    static func readInPieces(_ path: String, from threshold: Int64 = piecesFrom, fileSystem fs: any FileSystem) throws(LedgerError) -> ReadInPieces? {
        guard let status = try? FileIO.retrying({ () throws(SystemError) in try fs.status(path, followLinks: true) }) ?? nil,
            status.kind == .regular, status.size >= threshold, status.size <= maximumSize,
            let fd = try? FileIO.retrying({ () throws(SystemError) in try fs.openForReading(path) })
        else { return nil }
        defer { try? fs.close(fd) }
        var hasher = ContentHash()
        var total: Int64 = 0
        var failed = false
        // Reads into `space`, hashing what passes; nil on a failed read or past the limit.
        func fill(_ space: UnsafeMutableRawBufferPointer) -> Int? {
            guard !failed else { return nil }
            guard let count = try? FileIO.retrying({ () throws(SystemError) in try fs.read(fd, into: space) }), count >= 0 else {
                failed = true
                return nil
            }
            hasher.update(UnsafeRawBufferPointer(rebasing: space[0..<count]))
            total += Int64(count)
            if total > maximumSize { failed = true }
            return failed ? nil : count
        }
        var head = [UInt8](repeating: 0, count: 4096)
        var headCount = 0
        while headCount < head.count {
            guard let count = head.withUnsafeMutableBytes({ fill(UnsafeMutableRawBufferPointer(rebasing: $0[headCount...])) }) else { return nil }
            if count == 0 { break }
            headCount += count
        }
        head.removeSubrange(headCount...)
        guard let declared = LedgerSchema.quickSchema(head[...]), declared <= LedgerSchema.newest else { return nil }

        let decodeFile = { () -> LedgerDecoding.Decoded? in LedgerDecoding.decodeInPieces(head: head, path: path, fill: fill) }
        let read: Read
        if declared >= LedgerSchema.journaled, let reference = JournalFile.referenceAhead(in: head[...]) {
            // The journal named at the top is read on a second thread meanwhile, as for a
            // file read whole (`decodeBesideItsJournal`).
            let target = (try? FileIO.resolvedTarget(path, fs)) ?? path
            let shared = JournalFile.isAnotherLedgers(reference.file, namedBy: target, fs)
            let withTail = declared >= LedgerSchema.tailed && !shared
            let folder = FileIO.directory(of: target)
            var both = Parallel.both(
                { Result { () throws(LedgerError) in try JournalFile.read(reference, folder: folder, path: path, withTail: withTail, fs) } },
                decodeFile)
            guard var decoded = both.1 else { return nil }
            if decoded.journal == reference, decoded.replaysTail == (declared >= LedgerSchema.tailed) {
                if shared { decoded.replaysTail = false }
                var journal = try JournalFile.taken(&both.0)
                read = try withJournal(decoded, path: path, read: &journal)
            } else {
                read = try withJournal(decoded, path: path, ledgerPath: nil, fileSystem: fs)
            }
        } else {
            guard let decoded = decodeFile() else { return nil }
            read = try withJournal(decoded, path: path, ledgerPath: nil, fileSystem: fs)
        }
        return ReadInPieces(read: read, hash: hasher.value, declared: declared)
    }
}
