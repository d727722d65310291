import TaizhangModel

/// The one way a program should open and save a ledger that people share: crash-safe saves,
/// a lock between writers, merging of another writer's save, a backup before every replace,
/// migration of older files and read-only opening of newer ones.
///
/// Typical use by the dashboard:
/// ```swift
/// var store = LedgerStore(path: path)
/// let opened = try store.load(creatingWith: .bundled())    // show opened.readOnly / migratedFrom
/// try ledger.apply(change, stamp: .now())                   // every change through apply/undo/redo/restore
/// let outcome = try store.save(ledger)                       // show outcome.ledger: it may hold others' changes
/// if store.changedOnDisk(), let fresh = try store.refresh(keeping: ledger) { ledger = fresh }  // on a timer: a stat only
/// ```
/// A failed save throws `LedgerError.writeFailed` with a plain reason; the file on disk is
/// unchanged and the caller keeps its ledger in memory, marked unsaved; the next `save` of
/// that ledger (it still holds the change) tries again and merges as needed.
///
/// The store remembers the version this process last read or wrote (`base`: its content
/// hash, generation and `stat`). It is a value: keep one per open ledger, in one place.
public struct LedgerStore: Sendable {
    /// The ledger's path as given (a symlink stays a symlink: its target is what is written).
    public let path: String
    public let fileSystem: any FileSystem
    /// How long a writer waits for another's save before it gives up with a plain message
    /// (the change stays in memory, unsaved, for the next try).
    public var lockTimeoutMilliseconds = 5000

    /// Below this size (of the ledger file) a `.whenIdle` save rewrites the file all the
    /// same: rewriting it costs about what appending does, and `jq` then always sees the
    /// latest change. Tests lower it to try the tail on small ledgers.
    public var tailFloor: Int64 = 256 * 1024
    /// From this size the ledger is opened in pieces (`LedgerFile.readInPieces`), never held
    /// whole beside the ledger read from it. Tests lower it to read small ledgers so.
    public var piecesFrom: Int64 = LedgerFile.piecesFrom
    /// A tail this long is written into the ledger file at the next save, so reading the
    /// ledger stays quick even when a dashboard never rests.
    public var longestTail = 2000

    /// The ledger as this process last read or saved it: what `save` merges against.
    public internal(set) var base: Ledger?
    /// The journal `base` was read from or written to, as far as `base` holds it: the
    /// committed part and any tail (nil for a self-contained file). The next save appends
    /// after it.
    var baseJournal: JournalReference?
    /// The journal's committed part as the ledger file on disk names it; `baseJournal` is
    /// further on when saves left changes in the tail (`save(_:pace:)`).
    var baseCheckpoint: JournalReference?
    /// The ledger file on disk is schema 5: its journal's tail is part of it.
    var baseReplaysTail = false
    var baseHash: UInt64?
    var baseStatus: FileStatus?
    /// The journal's size when a look found nothing new past `baseJournal` (the end of a
    /// save cut short): not looked at again until it changes.
    var journalSizeSeen: Int64?
    /// The schema of a newer ledger opened read-only; nil when the ledger can be saved.
    public internal(set) var readOnlySchema: Int?
    public var isReadOnly: Bool { readOnlySchema != nil }

    public init(path: String, fileSystem: any FileSystem = SystemFileSystem()) {
        self.path = path
        self.fileSystem = fileSystem
    }

    /// What `load` found.
    public struct Opened: Sendable {
        public var ledger: Ledger
        /// A newer taizhang wrote it: show it, never save it (`save` refuses).
        public var readOnly: Bool
        /// The older schema it was migrated from; the original is in the backups.
        public var migratedFrom: Int?
        /// There was no ledger: `load` created it from the ledger it was given.
        public var created: Bool

        public init(ledger: Ledger, readOnly: Bool, migratedFrom: Int?, created: Bool) {
            self.ledger = ledger
            self.readOnly = readOnly
            self.migratedFrom = migratedFrom
            self.created = created
        }
    }

    /// What `save` did.
    public struct SaveOutcome: Sendable {
        /// The ledger as saved, with its new generation: show this one. When another process
        /// saved in between it holds their changes and ours (`merged` is true).
        public var ledger: Ledger
        public var merged: Bool
        /// Our changes that lost to a later change of the same thing by another writer.
        public var superseded: [HistoryEntry]
        /// The copy of the previous version kept before replacing it.
        public var backup: LedgerBackup?

        public init(ledger: Ledger, merged: Bool, superseded: [HistoryEntry], backup: LedgerBackup?) {
            self.ledger = ledger
            self.merged = merged
            self.superseded = superseded
            self.backup = backup
        }
    }

    /// Opens the ledger: cleans temporary files dead processes left, reads and checks the
    /// file, migrates an older schema (after keeping the original as a backup), and opens a
    /// newer one read-only. With no file there, creates it from `fresh` (or throws when nil).
    /// A file that cannot be read throws a specific `LedgerError` and is never written to.
    /// `fresh` is only made when there is no file: importing the bundled plan on every start
    /// would cost time and memory for nothing.
    public mutating func load(creatingWith fresh: @autoclosure () -> Ledger? = nil) throws(LedgerError) -> Opened {
        cleanStaleTemporaryFiles()
        readOnlySchema = nil
        if let pieces = try LedgerFile.readInPieces(path, from: piecesFrom, fileSystem: fileSystem) {
            let read = pieces.read
            remember(read.ledger, hash: pieces.hash, journal: read.journal, reached: read.reached, replaysTail: read.replaysTail)
            if pieces.declared < Ledger.schema, let outcome = try? commit(read.ledger, backupReason: "schema\(pieces.declared)") {
                return Opened(ledger: outcome.ledger, readOnly: false, migratedFrom: pieces.declared, created: false)
            }
            return Opened(ledger: read.ledger, readOnly: false, migratedFrom: nil, created: false)
        }
        guard let bytes = try LedgerFile.readBytes(path, fileSystem: fileSystem) else {
            guard let fresh = fresh() else { throw .missing(path: path) }
            do {
                try LedgerFile.create(fresh, at: path, fileSystem: fileSystem)
            } catch .exists {
                // Another process created it since we looked: open theirs.
                return try load(creatingWith: nil)
            }
            remember(fresh, bytes: LedgerEncoding.bytes(fresh))
            return Opened(ledger: fresh, readOnly: false, migratedFrom: nil, created: true)
        }
        let declared = LedgerSchema.declared(in: bytes)
        if let declared, declared > LedgerSchema.newest {
            let decoded = try readNewer(bytes, found: declared)
            remember(decoded, bytes: bytes)
            readOnlySchema = declared
            return Opened(ledger: decoded.ledger, readOnly: true, migratedFrom: nil, created: false)
        }
        let decoded = try LedgerFile.decode(bytes, path: path, fileSystem: fileSystem)
        let ledger = decoded.ledger
        remember(decoded, bytes: bytes)
        if let declared, declared < Ledger.schema {
            // Written in today's schema, with the original kept first. When it cannot be
            // written (a read-only mount) it still opens; the first save migrates it.
            if let outcome = try? commit(ledger, backupReason: "schema\(declared)") {
                return Opened(ledger: outcome.ledger, readOnly: false, migratedFrom: declared, created: false)
            }
        }
        return Opened(ledger: ledger, readOnly: false, migratedFrom: nil, created: false)
    }

    /// Reads the ledger without writing anything (no creation, migration or clean-up), for
    /// commands that only look: nil when there is no file; a newer schema is read as far
    /// as this build understands it and the store becomes read-only.
    public mutating func loadForReading() throws(LedgerError) -> Ledger? {
        if let pieces = try LedgerFile.readInPieces(path, from: piecesFrom, fileSystem: fileSystem) {
            let read = pieces.read
            remember(read.ledger, hash: pieces.hash, journal: read.journal, reached: read.reached, replaysTail: read.replaysTail)
            return read.ledger
        }
        guard let bytes = try LedgerFile.readBytes(path, fileSystem: fileSystem) else { return nil }
        if let declared = LedgerSchema.declared(in: bytes), declared > LedgerSchema.newest {
            let decoded = try readNewer(bytes, found: declared)
            readOnlySchema = declared
            remember(decoded, bytes: bytes)
            return decoded.ledger
        }
        let decoded = try LedgerFile.decode(bytes, path: path, fileSystem: fileSystem)
        remember(decoded, bytes: bytes)
        return decoded.ledger
    }

    /// A newer ledger as far as this build reads it, with its journal when it names one.
    func readNewer(_ bytes: [UInt8], found: Int, path: String? = nil) throws(LedgerError) -> LedgerFile.Read {
        let decoded = try LedgerSchema.readNewerDecoded(bytes, path: path ?? self.path, found: found)
        do {
            return try LedgerFile.withJournal(decoded, path: path ?? self.path, ledgerPath: self.path, fileSystem: fileSystem)
        } catch {
            throw .newerSchema(path: path ?? self.path, found: found)
        }
    }

    /// Saves `ledger`, which is `base` plus this process's changes (the history entries
    /// after `base`'s). Under the lock it checks the file is still what this process last
    /// read (content hash); if another process saved since, its version is read and ours
    /// are replayed onto it (`LedgerMerge`). Then the previous version is kept as a backup
    /// and the new one written atomically with the next generation.
    public mutating func save(_ ledger: Ledger) throws(LedgerError) -> SaveOutcome {
        try commit(ledger, backupReason: nil)
    }

    /// Whether the file changed since this process last read or wrote it: one `stat`
    /// (inode, size, modification time), cheap enough for a dashboard to call every second.
    public func changedOnDisk() -> Bool {
        let now: FileStatus?
        do {
            now = try currentStatus()
        } catch {
            return false
        }
        guard let baseStatus else { return now != nil }
        guard let now else { return true }
        return !Self.sameFile(now, baseStatus) || journalGrew()
    }

    /// The same file, unchanged: a ledger is only ever replaced by rename (a new inode), and
    /// any other writer changes its size or modification time.
    static func sameFile(_ a: FileStatus, _ b: FileStatus) -> Bool {
        a.inode == b.inode && a.device == b.device && a.size == b.size && a.modified == b.modified
    }

    /// After `changedOnDisk`: reads another process's save and returns what to show — their
    /// ledger, with `current`'s unsaved changes (entries after `base`) replayed on it — or
    /// nil when the content did not change. The result is not saved; if `current` had
    /// unsaved changes, the caller still calls `save`.
    public mutating func refresh(keeping current: Ledger) throws(LedgerError) -> Ledger? {
        if let baseStatus, let now = try? currentStatus(), Self.sameFile(now, baseStatus), let base {
            // The ledger file is as it was: only the journal's tail can have grown.
            guard let theirs = try theirTail() else {
                journalSizeSeen = journalSize()
                return nil
            }
            baseJournal = theirs.reached
            self.base = theirs.ledger
            guard current.history.count > base.history.count else { return theirs.ledger }
            return LedgerMerge.merge(base: base, local: current, theirs: theirs.ledger).ledger
        }
        guard let bytes = try LedgerFile.readBytes(path, fileSystem: fileSystem) else { return nil }
        if ContentHash.of(bytes) == baseHash {
            baseStatus = try? currentStatus()
            return nil
        }
        let decoded = try LedgerFile.decode(bytes, path: path, known: knownJournal, fileSystem: fileSystem)
        let theirs = decoded.ledger
        let previous = base
        remember(decoded, bytes: bytes)
        guard let previous, current.history.count > previous.history.count else { return theirs }
        return LedgerMerge.merge(base: previous, local: current, theirs: theirs).ledger
    }

    /// Removes temporary files dead processes left beside the ledger and among its backups.
    @discardableResult
    public func cleanStaleTemporaryFiles() -> [String] {
        LedgerFile.cleanStaleTemporaryFiles(near: path, fileSystem: fileSystem)
    }

    func currentStatus() throws(SystemError) -> FileStatus? {
        try FileIO.retrying { () throws(SystemError) in try fileSystem.status(path, followLinks: true) }
    }

    /// What was just read from, or written to, the ledger file: `journal` is what it names,
    /// `reached` how far its journal was read (its tail), `replaysTail` whether it is schema 5.
    mutating func remember(
        _ ledger: Ledger, bytes: [UInt8], journal: JournalReference? = nil, reached: JournalReference? = nil, replaysTail: Bool? = nil
    ) {
        remember(ledger, hash: ContentHash.of(bytes), journal: journal, reached: reached, replaysTail: replaysTail)
    }

    /// As `remember(_:bytes:…)`, for a file read in pieces: the hash of its bytes as they passed.
    mutating func remember(
        _ ledger: Ledger, hash: UInt64, journal: JournalReference? = nil, reached: JournalReference? = nil, replaysTail: Bool? = nil
    ) {
        base = ledger
        journalSizeSeen = nil
        baseJournal = reached ?? journal
        baseCheckpoint = journal
        baseReplaysTail = replaysTail ?? (journal != nil)
        baseHash = hash
        baseStatus = try? currentStatus()
    }

    /// The journal entries this process has read, for reading another writer's save of the
    /// same journal: only the lines it appended are parsed.
    var knownJournal: (reference: JournalReference, entries: [HistoryEntry])? {
        guard let base, let baseJournal else { return nil }
        return (baseJournal, base.history)
    }

    mutating func remember(_ decoded: LedgerFile.Read, bytes: [UInt8]) {
        remember(decoded.ledger, bytes: bytes, journal: decoded.journal, reached: decoded.reached, replaysTail: decoded.replaysTail)
    }

    /// The save itself, inside the lock and with quit signals held back.
    mutating func commit(_ ledger: Ledger, backupReason: String?) throws(LedgerError) -> SaveOutcome {
        if let schema = readOnlySchema {
            throw .writeFailed(path: path, reason: .newerSchemaReadOnly(schema: schema))
        }
        return try SaveSignals.deferred { () throws(LedgerError) in
            try withLock { (store) throws(LedgerError) in try store.commitLocked(ledger, backupReason: backupReason) }
        }
    }

    mutating func commitLocked(_ ledger: Ledger, backupReason: String?) throws(LedgerError) -> SaveOutcome {
        let current = try LedgerFile.readBytes(path, fileSystem: fileSystem)
        var toWrite = ledger
        var merged = false
        var superseded: [HistoryEntry] = []
        var backup: LedgerBackup?
        var generation = base?.generation ?? ledger.generation
        // What the journal on disk holds for the ledger on disk: the history to append to.
        var committed = base.map { (journal: baseJournal, history: $0.history) }
        if let current {
            let unchanged = ContentHash.of(current) == baseHash
            if unchanged, let base, let theirs = try theirTail() {
                // The file is as this process left it, but another writer's saves are in
                // the journal's tail: ours go after theirs.
                let result = LedgerMerge.merge(base: base, local: ledger, theirs: theirs.ledger)
                toWrite = result.ledger
                superseded = result.superseded
                merged = true
                committed = (theirs.reached, theirs.ledger.history)
            } else if !unchanged {
                guard let base else {
                    throw .writeFailed(path: path, reason: .notReadFirst)
                }
                // A newer schema or a broken file on disk is refused here: never saved over.
                let theirs = try LedgerFile.decode(current, path: path, known: knownJournal, fileSystem: fileSystem)
                let result = LedgerMerge.merge(base: base, local: ledger, theirs: theirs.ledger)
                toWrite = result.ledger
                superseded = result.superseded
                merged = true
                generation = theirs.ledger.generation
                committed = (theirs.reached, theirs.ledger.history)
            }
            backup = try keepBackup(current, generation: generation, reason: backupReason, linking: true)
        } else {
            committed = nil
        }
        toWrite.generation = Ledger.nextGeneration(after: generation)
        let journal = try writeJournal(toWrite.history, after: committed)
        let bytes = LedgerEncoding.bytes(toWrite, journal: journal.reference)
        do {
            try LedgerFile.write(bytes, to: path, replacing: true, fileSystem: fileSystem)
        } catch {
            // The ledger on disk would read the lines just appended as its tail: take them
            // back, so a save that throws changed nothing.
            if !journal.compacted, let appendedTo = committed?.journal { takeBackAppend(to: appendedTo) }
            throw error
        }
        remember(toWrite, bytes: bytes, journal: journal.reference)
        if journal.compacted { removeUnusedJournals() }
        return SaveOutcome(ledger: toWrite, merged: merged, superseded: superseded, backup: backup)
    }

    /// Puts `history` in the journal before the ledger naming it is written: appends what
    /// follows the committed entries when it extends them, else compacts (a new journal file
    /// with all of it). Either way the lines are flushed before this returns.
    func writeJournal(_ history: [HistoryEntry], after committed: (journal: JournalReference?, history: [HistoryEntry])?) throws(LedgerError) -> (reference: JournalReference, compacted: Bool) {
        if let reference = committed?.journal {
            // Never append to a journal that lost part of what the ledger on disk names
            // (cut short, or gone): that ledger is refused, not patched with zeros.
            let folder = FileIO.directory(of: (try? FileIO.resolvedTarget(path, fileSystem)) ?? path)
            let size = (try? FileIO.retrying { () throws(SystemError) in try fileSystem.status(folder + "/" + reference.file, followLinks: true) })??.size
            guard let size else { throw .journal(path: path, file: reference.file, problem: .missing) }
            guard size >= Int64(reference.bytes) else {
                throw .journal(path: path, file: reference.file, problem: .tooShort(expected: reference.bytes, found: Int(size)))
            }
        }
        do {
            let target = try FileIO.resolvedTarget(path, fileSystem)
            let folder = FileIO.directory(of: target)
            let mode = (try FileIO.retrying { () throws(SystemError) in try fileSystem.status(target, followLinks: true) }?.mode ?? 0o600) & 0o666
            // Never onto another ledger's journal (a copy's first save): its tail is theirs.
            if let committed, let reference = committed.journal, reference.entries == committed.history.count,
                !JournalFile.isAnotherLedgers(reference.file, namedBy: target, fileSystem),
                history.count >= reference.entries,
                reference.entries == 0 || history[reference.entries - 1] == committed.history[reference.entries - 1]
            {
                let appended = try JournalFile.append(history[reference.entries...], to: reference, folder: folder, mode: mode, fileSystem)
                return (appended, false)
            }
            return (try JournalFile.compact(history, for: target, mode: mode, fileSystem), true)
        } catch {
            throw .writeFailed(path: path, reason: .system(error))
        }
    }

    /// After a compaction: the journal files no backup names any more are removed.
    func removeUnusedJournals() {
        guard let target = try? FileIO.resolvedTarget(path, fileSystem) else { return }
        JournalFile.removeUnused(for: target, keeping: baseJournal?.file, fileSystem)
    }

    /// `linking`: `bytes` are the ledger file as it is on disk, under the lock (see `LedgerBackups.keep`).
    func keepBackup(_ bytes: [UInt8], generation: Int, reason: String?, linking: Bool = false) throws(LedgerError) -> LedgerBackup {
        do {
            let target = try FileIO.resolvedTarget(path, fileSystem)
            let mode = try FileIO.retrying { () throws(SystemError) in try fileSystem.status(target, followLinks: true) }?.mode ?? 0o600
            return try LedgerBackups.keep(bytes, generation: generation, reason: reason, mode: mode, for: target, linking: linking, fileSystem)
        } catch {
            throw .writeFailed(path: path, reason: .backupFailed(error))
        }
    }
}
