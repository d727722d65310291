import TaizhangModel

/// The seam between the programs and where a ledger lives. The command line and the
/// dashboard open, read, save and watch a ledger only through this, so the JSON file (the
/// default, `FileStore`) and a shared database (`TaizhangPostgres`) are used alike, and tests
/// can put a fake behind it.
///
/// Every store keeps the same promises: a save merges what another writer saved since this
/// one last read (`LedgerMerge`: the later change of the same thing wins, ours that lose are
/// recorded as superseded), so nothing is lost or doubled; a save that throws changed
/// nothing; a save that returns was kept (written to disk, or committed by the server).
///
/// A store is a value holding what it last read (the base a save merges against): keep one
/// per open ledger, in one place.
public protocol LedgerStoring: Sendable {
    /// The ledger as the person named it, safe to show: a path, or a database URL (which
    /// never holds a password).
    var name: String { get }
    /// What this account may change: everything, except a unit's account on a database.
    var access: LedgerAccess { get }
    /// The schema of a newer ledger opened read-only; nil when it can be saved.
    var readOnlySchema: Int? { get }

    /// Opens the ledger for work: with none there yet, makes it from `fresh` (or throws
    /// when nil). `fresh` is made only when needed.
    mutating func open(creatingWith fresh: @autoclosure () -> Ledger?) throws(StoreError) -> OpenedLedger
    /// Reads the ledger without changing anything; nil when there is none yet.
    mutating func read() throws(StoreError) -> Ledger?
    /// Saves `ledger` (what was last read plus this process's changes), merged with what
    /// another writer saved meanwhile. Returns only once the change is kept.
    mutating func save(_ ledger: Ledger) throws(StoreError) -> SavedLedger
    /// A save that may keep the change where it is cheapest to keep and bring the rest up
    /// to date later (`checkpoint`): the dashboard's save at every key. It is kept all the
    /// same once this returns.
    mutating func save(_ ledger: Ledger, pace: SavePace) throws(StoreError) -> SavedLedger
    /// Whether saves left work for `checkpoint`.
    var tailPending: Bool { get }
    /// Brings what `.whenIdle` saves deferred up to date (the JSON file rewritten with
    /// them). Nil when there was nothing to do.
    mutating func checkpoint() throws(StoreError) -> SavedLedger?
    /// Between keys: whether something happened since the last look. Cheap enough to call
    /// several times a second (a `stat`, or a flag a server notification set).
    mutating func poll() -> StoreEvent
    /// After `poll` said `.changed` or `.restored`: another writer's ledger, with
    /// `current`'s unsaved changes (entries after what was last read) replayed on it, or nil
    /// when nothing changed. The result is not saved.
    mutating func refresh(keeping current: Ledger) throws(StoreError) -> Ledger?
    /// Lets go of what the store holds open (a server connection).
    mutating func close()
}

extension LedgerStoring {
    /// A store that keeps every save at once in full (a database) defers nothing.
    public mutating func save(_ ledger: Ledger, pace: SavePace) throws(StoreError) -> SavedLedger { try save(ledger) }
    public var tailPending: Bool { false }
    public mutating func checkpoint() throws(StoreError) -> SavedLedger? { nil }
}

/// What `LedgerStoring.open` found.
public typealias OpenedLedger = LedgerStore.Opened
/// What `LedgerStoring.save` did.
public typealias SavedLedger = LedgerStore.SaveOutcome

/// What `poll` saw since the last look.
public enum StoreEvent: Equatable, Sendable {
    case quiet
    /// Another writer saved: `refresh`.
    case changed
    /// The connection to the server is gone: show the last ledger read-only until
    /// `restored`; the store reconnects by itself.
    case lost(StoreError)
    /// The connection is back: `refresh`, and save what is unsaved.
    case restored
}
