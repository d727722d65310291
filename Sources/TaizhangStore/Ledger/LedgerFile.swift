#if canImport(Glibc)
import TaizhangModel
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and saving the ledger file. Saves are atomic: the new bytes go to a temporary
/// file in the same folder, created exclusively with the ledger's mode, written in full,
/// flushed to disk, and replace the ledger by `rename`; then the folder is flushed so the
/// rename itself survives a power cut. A crash, a full disk or a signal at any step leaves
/// either the old file or the new one, never a mix, and no temporary file once it returns.
///
/// Every call goes through a `FileSystem`, the real one unless a test passes a fake.
public enum LedgerFile {
    /// The ledger at `path`, or nil when there is no file there yet.
    public static func read(_ path: String, fileSystem: any FileSystem = SystemFileSystem()) throws(LedgerError) -> Ledger? {
        guard let bytes = try readBytes(path, fileSystem: fileSystem) else { return nil }
        return try decode(bytes, path: path, fileSystem: fileSystem).ledger
    }

    /// A ledger file's bytes as a ledger, with the history from its journal when it names
    /// one (schema 4). `path` is the ledger's (a backup's journal is beside the ledger, so
    /// `ledgerPath` names that one when they differ). A newer schema is refused here.
    public static func decode(_ bytes: [UInt8], path: String, ledgerPath: String? = nil, fileSystem: any FileSystem = SystemFileSystem()) throws(LedgerError) -> Read {
        if let read = try decodeBesideItsJournal(bytes, path: path, ledgerPath: ledgerPath, fileSystem: fileSystem) { return read }
        return try withJournal(LedgerDecoding.decode(bytes, path: path), path: path, ledgerPath: ledgerPath, fileSystem: fileSystem)
    }

    /// From this size a ledger's journal is read on a second thread while the file is
    /// decoded (`Parallel`): a 10,000-task ledger's journal of a year is 3 MB of lines.
    static let parallelFrom = 1 << 20

    /// The file decoded on this thread and its journal read on another, when the file names
    /// its journal near its top as taizhang writes it; nil when it does not, or is small.
    /// Errors are the ones reading in turn gives: the file's first, then the journal's.
    static func decodeBesideItsJournal(
        _ bytes: [UInt8], path: String, ledgerPath: String?, from threshold: Int = parallelFrom, fileSystem fs: any FileSystem
    ) throws(LedgerError) -> Read? {
        let head = bytes.prefix(4096)
        guard bytes.count >= threshold, let schema = LedgerSchema.quickSchema(head), schema >= LedgerSchema.journaled,
            schema <= LedgerSchema.newest, let reference = JournalFile.referenceAhead(in: head)
        else { return nil }
        let target = (try? FileIO.resolvedTarget(ledgerPath ?? path, fs)) ?? (ledgerPath ?? path)
        let shared = JournalFile.isAnotherLedgers(reference.file, namedBy: target, fs)
        let withTail = ledgerPath == nil && schema >= LedgerSchema.tailed && !shared
        let folder = FileIO.directory(of: target)
        var both = Parallel.both(
            { Result { () throws(LedgerError) in try JournalFile.read(reference, folder: folder, path: path, withTail: withTail, fs) } },
            { Result { () throws(LedgerError) in try LedgerDecoding.decode(bytes, path: path) } })
        var decoded = try both.1.get()
        // What the decoder found is what was read ahead, or the journal is read again for it.
        guard decoded.journal == reference, decoded.replaysTail == (schema >= LedgerSchema.tailed) else {
            return try withJournal(decoded, path: path, ledgerPath: ledgerPath, fileSystem: fs)
        }
        if shared { decoded.replaysTail = false }
        var read = try JournalFile.taken(&both.0)
        return try withJournal(decoded, path: path, read: &read)
    }

    static func decode(
        _ bytes: [UInt8], path: String, known: (reference: JournalReference, entries: [HistoryEntry])?, fileSystem: any FileSystem
    ) throws(LedgerError) -> Read {
        try withJournal(LedgerDecoding.decode(bytes, path: path), path: path, ledgerPath: nil, known: known, fileSystem: fileSystem)
    }

    /// Reads the history of a decoded ledger that names a journal into it, and for the
    /// ledger itself (not a backup: `ledgerPath` is nil) of schema 5 makes the changes in
    /// its journal's tail again, so it is read as it was last saved; not when the journal is
    /// another ledger's (a copy: `JournalFile.isAnotherLedgers`), whose tail is not its own.
    /// `known` is a version read before (another writer's save only appended to it).
    static func withJournal(
        _ decoded: LedgerDecoding.Decoded, path: String, ledgerPath: String?, known: (reference: JournalReference, entries: [HistoryEntry])? = nil,
        fileSystem fs: any FileSystem
    ) throws(LedgerError) -> Read {
        guard let journal = decoded.journal else { return Read(decoded) }
        let target = (try? FileIO.resolvedTarget(ledgerPath ?? path, fs)) ?? (ledgerPath ?? path)
        var decoded = decoded
        if decoded.replaysTail, JournalFile.isAnotherLedgers(journal.file, namedBy: target, fs) { decoded.replaysTail = false }
        var read = try JournalFile.read(
            journal, folder: FileIO.directory(of: target), path: path, known: known, withTail: ledgerPath == nil && decoded.replaysTail, fs)
        return try withJournal(decoded, path: path, read: &read)
    }

    /// A decoded ledger with its journal's entries, as read: the history, then the tail's
    /// changes made again.
    static func withJournal(
        _ decoded: LedgerDecoding.Decoded, path: String, read: inout JournalFile.Read
    ) throws(LedgerError) -> Read {
        guard let journal = decoded.journal else { return Read(decoded) }
        var result = decoded
        // Moved out of `read` (which callers let go of), the entries are this ledger's alone,
        // so its notes are shared with the tasks in place rather than in copies of the entries.
        swap(&result.ledger.history, &read.entries)
        result.ledger.shareNotesWithTasks()
        for (offset, entry) in read.tail.enumerated() {
            do {
                try result.ledger.remake(entry)
            } catch {
                throw .journal(path: path, file: journal.file, problem: .cannotRemake(line: journal.entries + offset + 1, why: error))
            }
        }
        return Read(result, reached: JournalReference(file: journal.file, entries: journal.entries + read.tail.count, bytes: read.end))
    }

    /// A ledger file read with its journal.
    public struct Read: Sendable {
        public var ledger: Ledger
        /// The journal the file names (its committed part).
        public var journal: JournalReference?
        /// The journal as far as it was read: the committed part and the tail made again.
        /// The next save appends after it.
        public var reached: JournalReference?
        /// Whether saves may leave changes in the tail (schema 5).
        public var replaysTail: Bool
        /// Entries in the tail: changes the ledger file does not hold yet.
        public var tailEntries: Int { (reached?.entries ?? 0) - (journal?.entries ?? 0) }

        init(_ decoded: LedgerDecoding.Decoded, reached: JournalReference? = nil) {
            ledger = decoded.ledger
            journal = decoded.journal
            self.reached = reached ?? decoded.journal
            replaysTail = decoded.replaysTail
        }
    }

    /// What a copy of the ledger at `path` that leaves its folder should hold (`import
    /// --force`'s `.bak`): one file that stands alone, its history read in from its journal
    /// (schema 3), since no journal goes with the copy and a later compaction may remove the
    /// one it would name. A file that does not read as a ledger is copied as it is. Nil when
    /// nothing is there.
    public static func standaloneBytes(_ path: String, fileSystem: any FileSystem = SystemFileSystem()) throws(LedgerError) -> [UInt8]? {
        guard let bytes = try readBytes(path, fileSystem: fileSystem) else { return nil }
        guard let decoded = try? decode(bytes, path: path, fileSystem: fileSystem), decoded.journal != nil else { return bytes }
        return LedgerEncoding.bytes(decoded.ledger)
    }

    /// The largest ledger read: far above a plan of 100,000 tasks with years of history,
    /// and a bound on the memory any file named as a ledger can take.
    public static let maximumSize: Int64 = 1 << 30

    /// The file's bytes, or nil when it does not exist. Only a regular file is read: a FIFO
    /// would block and a device never end.
    public static func readBytes(_ path: String, fileSystem: any FileSystem = SystemFileSystem()) throws(LedgerError) -> [UInt8]? {
        do {
            return try FileIO.readRegularFile(path, limit: maximumSize, fileSystem)
        } catch {
            throw .unreadable(path: path, reason: error)
        }
    }

    /// The permission bits of the file `path` names, through any symlink; nil when nothing
    /// is there. Files made from a ledger (its backups, reports) take its mode, so a private
    /// ledger never leaks through a copy anyone can read.
    public static func mode(of path: String, fileSystem: any FileSystem = SystemFileSystem()) -> UInt32? {
        (try? FileIO.retrying { () throws(SystemError) in try fileSystem.status(path, followLinks: true) })??.mode
    }

    /// Replaces the ledger at `path` atomically. A symlinked ledger stays a symlink (its
    /// target is replaced) and the file keeps its permissions; a new ledger is private (0600).
    public static func save(_ ledger: Ledger, to path: String, fileSystem: any FileSystem = SystemFileSystem()) throws(LedgerError) {
        try write(LedgerEncoding.bytes(ledger), to: path, replacing: true, fileSystem: fileSystem)
    }

    /// Writes a new ledger, refusing to replace a file that exists.
    public static func create(_ ledger: Ledger, at path: String, fileSystem: any FileSystem = SystemFileSystem()) throws(LedgerError) {
        try write(LedgerEncoding.bytes(ledger), to: path, replacing: false, fileSystem: fileSystem)
    }

    /// The atomic write itself; `path` names the ledger in errors, the file written is its
    /// symlink target.
    static func write(_ bytes: [UInt8], to path: String, replacing: Bool, fileSystem fs: any FileSystem) throws(LedgerError) {
        func failed(_ error: SystemError) -> LedgerError { .writeFailed(path: path, reason: .system(error)) }
        let target: String
        let existing: FileStatus?
        do {
            target = try FileIO.resolvedTarget(path, fs)
            try FileIO.makeDirectories(FileIO.directory(of: target), fs)
            existing = try FileIO.retrying { () throws(SystemError) in try fs.status(target, followLinks: true) }
        } catch {
            throw failed(error)
        }
        if existing != nil, !replacing { throw .exists(path: path) }
        // Replacing by rename would ignore the file's own permissions: a ledger someone made
        // read-only (chmod a-w) is left alone, with a message saying why.
        if let existing, existing.mode & 0o200 == 0 { throw .writeFailed(path: path, reason: .readOnlyFile(mode: existing.mode)) }
        do {
            try FileIO.replaceAtomically(target, with: bytes, mode: existing?.mode ?? 0o600, replacing: replacing, fs)
        } catch let error where error.code == EEXIST && !replacing {
            // link() will not replace a file, so a ledger created meanwhile is kept.
            throw .exists(path: path)
        } catch {
            throw failed(error)
        }
    }

    /// Removes temporary files that dead processes left beside the ledger (and in its
    /// backups folder) when they were killed mid-save. A live process's file is left alone:
    /// the process id is part of the name. Returns the names removed.
    @discardableResult
    public static func cleanStaleTemporaryFiles(near path: String, fileSystem fs: any FileSystem = SystemFileSystem()) -> [String] {
        guard let target = try? FileIO.resolvedTarget(path, fs) else { return [] }
        let folder = FileIO.directory(of: target)
        var removed: [String] = []
        for directory in [folder, LedgerBackups.folder(for: target)] {
            guard let names = try? FileIO.retrying({ () throws(SystemError) in try fs.listDirectory(directory) }) else { continue }
            for name in names {
                guard let pid = FileIO.temporaryOwner(name), pid != fs.processID, !fs.isProcessAlive(pid) else { continue }
                if (try? FileIO.retrying({ () throws(SystemError) in try fs.unlink(directory + "/" + name) })) != nil {
                    removed.append(name)
                }
            }
        }
        return removed.sorted()
    }

    static func resolvedTarget(_ path: String) -> String {
        (try? FileIO.resolvedTarget(path, SystemFileSystem())) ?? path
    }

    static func directory(of path: String) -> String { FileIO.directory(of: path) }
    static func baseName(of path: String) -> String { FileIO.baseName(of: path) }

    /// The folder that holds the ledger's real file (through a symlink), where reports and
    /// backups go beside it.
    public static func folder(of path: String) -> String {
        let target = (try? FileIO.resolvedTarget(path, SystemFileSystem())) ?? path
        return FileIO.directory(of: target)
    }
}
