import TaizhangModel

/// How soon a save rewrites the ledger file.
public enum SavePace: Sendable {
    /// The file is rewritten now (with the journal appended first): a command's save, so the
    /// file `jq` reads holds every change once the command ends.
    case now
    /// The change is appended to the journal's tail and flushed, and the file is rewritten
    /// later (`LedgerStore.checkpoint`): the dashboard's save at every key, whose cost then
    /// no longer grows with the ledger. A small ledger, whose rewrite costs about as much,
    /// is rewritten at once all the same.
    case whenIdle
}

/// The journal's tail: saves that append their changes and leave the ledger file to be
/// rewritten later. A save of one change to a ledger of 10,000 tasks rewrote about 9 MiB;
/// appended, it writes one line. The line is flushed before the save returns, so the change
/// is kept exactly as well (kill -9 or a power cut after it, the next reader makes it again
/// from the tail); the ledger file, what `jq` and older readers see, catches up at the
/// checkpoint the dashboard makes when keys stop and when it quits.
extension LedgerStore {
    /// Whether the ledger file lacks changes its journal's tail holds: a `checkpoint` would
    /// write them into it.
    public var tailPending: Bool {
        guard let baseJournal, let baseCheckpoint else { return false }
        return baseJournal.file == baseCheckpoint.file && baseJournal.entries > baseCheckpoint.entries
    }

    /// Saves `ledger` as `save` does, or with `.whenIdle` by appending its new changes to
    /// the journal's tail (merged first with any another writer appended there). Falls back
    /// to a full save whenever the tail cannot take it: a small or older ledger, another
    /// writer's rewrite of the file, a tail already long, or history that does not simply
    /// grow (a merge or restore rewrote it).
    public mutating func save(_ ledger: Ledger, pace: SavePace) throws(LedgerError) -> SaveOutcome {
        guard pace == .whenIdle, readOnlySchema == nil, let baseCount = base?.history.count, let reached = baseJournal, baseReplaysTail,
            let status = baseStatus, status.size >= tailFloor, extendsBase(ledger.history),
            reached.entries - (baseCheckpoint?.entries ?? 0) + (ledger.history.count - baseCount) < longestTail
        else { return try save(ledger) }
        return try SaveSignals.deferred { () throws(LedgerError) in
            try withLock { (store) throws(LedgerError) in try store.appendLocked(ledger, baseCount: baseCount, reached: reached, status: status) }
        }
    }

    /// Writes the tail into the ledger file (a save of what was last saved), when there is
    /// one. Nil when there was nothing to write, or another writer rewrote the file since
    /// (their file holds our tail: a rewrite reads it first).
    @discardableResult
    public mutating func checkpoint() throws(LedgerError) -> SaveOutcome? {
        guard tailPending, let base, let baseStatus else { return nil }
        guard let now = try? currentStatus(), Self.sameFile(now, baseStatus) else { return nil }
        return try save(base)
    }

    /// Whether `history` is `base`'s with entries after it (its last entry compared, not its
    /// storage: the caller's ledger is its own copy, see `keepBase(remaking:)`).
    private func extendsBase(_ history: [HistoryEntry]) -> Bool {
        guard let saved = base?.history else { return false }
        return history.count > saved.count && (saved.isEmpty || history[saved.count - 1] == saved[saved.count - 1])
    }

    /// The append itself, under the lock.
    private mutating func appendLocked(_ ledger: Ledger, baseCount: Int, reached: JournalReference, status: FileStatus) throws(LedgerError) -> SaveOutcome {
        guard let now = try? currentStatus() else { return try commitLocked(ledger, backupReason: nil) }
        // A ledger made read-only (chmod a-w) is left alone, tail and all.
        if now.mode & 0o200 == 0 { throw .writeFailed(path: path, reason: .readOnlyFile(mode: now.mode)) }
        // Another writer's ledger, with the base ours are merged from (what this process
        // last saved: read before `remember` below makes theirs the base).
        let theirs: (ledger: Ledger, reached: JournalReference, base: Ledger)?
        if Self.sameFile(now, status) {
            theirs = try theirTail().flatMap { tail in base.map { (tail.ledger, tail.reached, $0) } }
        } else {
            // Another writer rewrote the file (a checkpoint, a command's save): ours go on
            // its tail all the same, or two dashboards would take turns rewriting it.
            guard let bytes = try LedgerFile.readBytes(path, fileSystem: fileSystem), LedgerSchema.declared(in: bytes) == LedgerSchema.newest
            else { return try commitLocked(ledger, backupReason: nil) }
            let read = try LedgerFile.decode(bytes, path: path, known: knownJournal, fileSystem: fileSystem)
            guard read.replaysTail, let reachedByThem = read.reached,
                read.tailEntries + ledger.history.count - baseCount < longestTail
            else { return try commitLocked(ledger, backupReason: nil) }
            guard let previous = base else { return try commitLocked(ledger, backupReason: nil) }
            remember(read, bytes: bytes)
            theirs = (read.ledger, reachedByThem, previous)
        }
        var toWrite = ledger
        var merged = false
        var superseded: [HistoryEntry] = []
        var after = (reference: reached, count: baseCount)
        if let theirs {
            let result = LedgerMerge.merge(base: theirs.base, local: ledger, theirs: theirs.ledger)
            toWrite = result.ledger
            superseded = result.superseded
            merged = theirs.ledger.history.count > theirs.base.history.count
            after = (theirs.reached, theirs.ledger.history.count)
        }
        // Never append to a journal that lost what it held (cut short, or gone): the append
        // would fill the gap with zeros. The save is refused, naming it, and nothing written.
        guard let size = journalSize(after.reference) else {
            throw .journal(path: path, file: after.reference.file, problem: .missing)
        }
        guard size >= Int64(after.reference.bytes) else {
            throw .journal(path: path, file: after.reference.file, problem: .tooShort(expected: after.reference.bytes, found: Int(size)))
        }
        let appended: JournalReference
        do {
            let folder = FileIO.directory(of: try FileIO.resolvedTarget(path, fileSystem))
            appended = try JournalFile.append(
                toWrite.history[after.count...], to: after.reference, folder: folder, mode: now.mode & 0o666, fileSystem)
        } catch {
            throw .writeFailed(path: path, reason: .system(error))
        }
        if theirs == nil {
            keepBase(remaking: toWrite)
        } else {
            self.base = toWrite
        }
        baseJournal = appended
        journalSizeSeen = nil
        return SaveOutcome(ledger: toWrite, merged: merged, superseded: superseded, backup: nil)
    }

    /// Brings `base` up to `saved` (`base` with more entries, just appended to the tail) by
    /// making those entries again on it, as a reader of the file and its journal would.
    /// Taking `saved` itself would share the storage of its tasks and history with the
    /// caller, who changes them next: that change would then copy both arrays, and this
    /// store let go of the old ones, a retain and a release for every task and entry (at
    /// 100,000 tasks, most of a save's 31 ms). Kept apart, each side changes its own in place.
    /// Should an entry not make again here (it always should), `saved` is taken as before.
    private mutating func keepBase(remaking saved: Ledger) {
        guard var own = base, saved.history.count >= own.history.count else {
            base = saved
            return
        }
        base = nil
        do {
            for entry in saved.history[own.history.count...] { try own.remake(entry) }
        } catch {
            base = saved
            return
        }
        own.generation = saved.generation
        assert(own == saved, "the store's base made again from the tail differs from the ledger saved")
        base = own
    }

    /// Whether the journal holds more than `base` was read with (a stat).
    func journalGrew() -> Bool {
        guard baseReplaysTail, let reached = baseJournal, let size = journalSize(reached) else { return false }
        return size != (journalSizeSeen ?? Int64(reached.bytes))
    }

    /// Another writer's changes appended to the journal's tail since `base` was read, made
    /// again on `base`: nil when there are none (a save cut short, not yet whole, is no change).
    func theirTail() throws(LedgerError) -> (ledger: Ledger, reached: JournalReference)? {
        guard baseReplaysTail, let base, let reached = baseJournal, let size = journalSize(reached), size > Int64(reached.bytes) else { return nil }
        let folder = FileIO.directory(of: (try? FileIO.resolvedTarget(path, fileSystem)) ?? path)
        let read = try JournalFile.read(reached, folder: folder, path: path, known: (reached, base.history), withTail: true, fileSystem)
        guard !read.tail.isEmpty else { return nil }
        var theirs = base
        for (offset, entry) in read.tail.enumerated() {
            do {
                try theirs.remake(entry)
            } catch {
                throw .journal(path: path, file: reached.file, problem: .cannotRemake(line: reached.entries + offset + 1, why: error))
            }
        }
        return (theirs, JournalReference(file: reached.file, entries: reached.entries + read.tail.count, bytes: read.end))
    }

    /// The size of the journal `base` was read with, now.
    func journalSize() -> Int64? {
        baseJournal.flatMap { journalSize($0) }
    }

    private func journalSize(_ reference: JournalReference) -> Int64? {
        let folder = FileIO.directory(of: (try? FileIO.resolvedTarget(path, fileSystem)) ?? path)
        return (try? FileIO.retrying { () throws(SystemError) in try fileSystem.status(folder + "/" + reference.file, followLinks: true) })??.size
    }

    /// Cuts off what a save appended after `reference` when the ledger naming it could not
    /// be written. Should even that fail, the lines stay as the tail: the change is then
    /// kept after all, and a later save of it is recorded as already made.
    func takeBackAppend(to reference: JournalReference) {
        guard let target = try? FileIO.resolvedTarget(path, fileSystem) else { return }
        try? JournalFile.cut(to: reference, folder: FileIO.directory(of: target), fileSystem)
    }
}
