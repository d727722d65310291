import TaizhangModel

/// The JSON file store (`LedgerStore`, with all its guarantees: atomic saves, the lock,
/// merging, backups, migration) behind the store seam. It is the default and needs nothing
/// installed.
public struct FileStore: LedgerStoring {
    /// The file store itself, for what only a file has: backups and restore.
    public var store: LedgerStore

    public init(_ store: LedgerStore) {
        self.store = store
    }

    public init(path: String) {
        self.store = LedgerStore(path: path)
    }

    public var name: String { store.path }
    public var access: LedgerAccess { .everything }
    public var readOnlySchema: Int? { store.readOnlySchema }

    public mutating func open(creatingWith fresh: @autoclosure () -> Ledger?) throws(StoreError) -> OpenedLedger {
        do {
            return try store.load(creatingWith: fresh())
        } catch {
            throw .ledger(error)
        }
    }

    public mutating func read() throws(StoreError) -> Ledger? {
        do {
            return try store.loadForReading()
        } catch {
            throw .ledger(error)
        }
    }

    public mutating func save(_ ledger: Ledger) throws(StoreError) -> SavedLedger {
        do {
            return try store.save(ledger)
        } catch {
            throw .ledger(error)
        }
    }

    public mutating func save(_ ledger: Ledger, pace: SavePace) throws(StoreError) -> SavedLedger {
        do {
            return try store.save(ledger, pace: pace)
        } catch {
            throw .ledger(error)
        }
    }

    public var tailPending: Bool { store.tailPending }

    public mutating func checkpoint() throws(StoreError) -> SavedLedger? {
        do {
            return try store.checkpoint()
        } catch {
            throw .ledger(error)
        }
    }

    public mutating func poll() -> StoreEvent {
        store.changedOnDisk() ? .changed : .quiet
    }

    public mutating func refresh(keeping current: Ledger) throws(StoreError) -> Ledger? {
        do {
            return try store.refresh(keeping: current)
        } catch {
            throw .ledger(error)
        }
    }

    public mutating func close() {}
}
