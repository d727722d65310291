import TaizhangModel

extension LedgerStore {
    /// The backups of this ledger, newest first (see `LedgerBackups`).
    public func backups() -> [LedgerBackup] {
        guard let target = try? FileIO.resolvedTarget(path, fileSystem) else { return [] }
        return LedgerBackups.list(for: target, fileSystem)
    }

    /// Reads one backup (a newer schema as far as this build understands it).
    public func read(_ backup: LedgerBackup) throws(LedgerError) -> Ledger {
        guard let bytes = try LedgerFile.readBytes(backup.path, fileSystem: fileSystem) else {
            throw .unreadable(path: backup.path, reason: .backupGone)
        }
        if let declared = LedgerSchema.declared(in: bytes), declared > LedgerSchema.newest {
            return try readNewer(bytes, found: declared, path: backup.path).ledger
        }
        return try LedgerFile.decode(bytes, path: backup.path, ledgerPath: path, fileSystem: fileSystem).ledger
    }

    /// The newest backup that reads as a ledger, for "the ledger is broken: open the backup
    /// of 09:05 instead?". Nil when there is none.
    public func newestReadableBackup() -> (backup: LedgerBackup, ledger: Ledger)? {
        for backup in backups() {
            if let ledger = try? read(backup) { return (backup, ledger) }
        }
        return nil
    }

    /// Brings `backup` back and saves. With `current` (the ledger as open now, which may
    /// hold unsaved changes) the restore is one change in its history that `undo` takes
    /// back. With nil — the ledger on disk does not read — the broken file is first kept
    /// among the backups (`-unreadable`) and then replaced by the backup's ledger, with a
    /// `restore` entry added to its history.
    public mutating func restore(_ backup: LedgerBackup, onto current: Ledger?, stamp: Stamp) throws(LedgerError) -> SaveOutcome {
        let content = try read(backup)
        if let current {
            var ledger = current
            ledger.restore(from: content, label: backup.name, stamp: stamp)
            return try save(ledger)
        }
        return try SaveSignals.deferred { () throws(LedgerError) in
            try withLock { (store) throws(LedgerError) in
                var ledger = content
                ledger.history.append(HistoryEntry(stamp, .edit(.restore(label: backup.name, from: nil, to: content.content))))
                var kept: LedgerBackup?
                if let broken = try LedgerFile.readBytes(store.path, fileSystem: store.fileSystem) {
                    kept = try store.keepBackup(broken, generation: 0, reason: "unreadable")
                }
                ledger.generation = Ledger.nextGeneration(after: max(content.generation, store.backups().map(\.generation).max() ?? 0))
                // The journal on disk may hold more than the backup's ledger: its history
                // goes to a new journal file, and the old one stays for the backups.
                let journal = try store.writeJournal(ledger.history, after: nil)
                let bytes = LedgerEncoding.bytes(ledger, journal: journal.reference)
                try LedgerFile.write(bytes, to: store.path, replacing: true, fileSystem: store.fileSystem)
                store.readOnlySchema = nil
                store.remember(ledger, bytes: bytes, journal: journal.reference)
                return SaveOutcome(ledger: ledger, merged: false, superseded: [], backup: kept)
            }
        }
    }
}
