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
        guard pace == .whenIdle, readOnlySchema == nil, let base, let reached = baseJournal, baseReplaysTail,
            let status = baseStatus, status.size >= tailFloor, extends(ledger.history, base.history),
            reached.entries - (baseCheckpoint?.entries ?? 0) + (ledger.history.count - base.history.count) < longestTail
        else { return try save(ledger) }
        return try SaveSignals.deferred { () throws(LedgerError) in
            try withLock { () throws(LedgerError) in try appendLocked(ledger, base: base, reached: reached, status: status) }
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

    private func extends(_ history: [HistoryEntry], _ base: [HistoryEntry]) -> Bool {
        history.count > base.count && (base.isEmpty || history[base.count - 1] == base[base.count - 1])
    }

    /// The append itself, under the lock.
    private mutating func appendLocked(_ ledger: Ledger, base: Ledger, reached: JournalReference, status: FileStatus) throws(LedgerError) -> SaveOutcome {
        guard let now = try? currentStatus() else { return try commitLocked(ledger, backupReason: nil) }
        // A ledger made read-only (chmod a-w) is left alone, tail and all.
        if now.mode & 0o200 == 0 { throw .writeFailed(path: path, reason: .readOnlyFile(mode: now.mode)) }
        let theirs: (ledger: Ledger, reached: JournalReference)?
        if Self.sameFile(now, status) {
            theirs = try theirTail()
        } else {
            // Another writer rewrote the file (a checkpoint, a command's save): ours go on
            // its tail all the same, or two dashboards would take turns rewriting it.
            guard let bytes = try LedgerFile.readBytes(path, fileSystem: fileSystem), LedgerSchema.declared(in: bytes) == LedgerSchema.newest
            else { return try commitLocked(ledger, backupReason: nil) }
            let read = try LedgerFile.decode(bytes, path: path, known: knownJournal, fileSystem: fileSystem)
            guard read.replaysTail, let reachedByThem = read.reached,
                read.tailEntries + ledger.history.count - base.history.count < longestTail
            else { return try commitLocked(ledger, backupReason: nil) }
            remember(read, bytes: bytes)
            theirs = (read.ledger, reachedByThem)
        }
        var toWrite = ledger
        var merged = false
        var superseded: [HistoryEntry] = []
        var after = (reference: reached, history: base.history)
        if let theirs {
            let result = LedgerMerge.merge(base: base, local: ledger, theirs: theirs.ledger)
            toWrite = result.ledger
            superseded = result.superseded
            merged = theirs.ledger.history.count > base.history.count
            after = (theirs.reached, theirs.ledger.history)
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
                toWrite.history[after.history.count...], to: after.reference, folder: folder, mode: now.mode & 0o666, fileSystem)
        } catch {
            throw .writeFailed(path: path, reason: .system(error))
        }
        self.base = toWrite
        baseJournal = appended
        journalSizeSeen = nil
        return SaveOutcome(ledger: toWrite, merged: merged, superseded: superseded, backup: nil)
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
