import TaizhangModel

/// Why a store could not open, read or save a ledger. Whatever the case, nothing was
/// changed. The words are TaizhangWords'.
public enum StoreError: Error, Equatable, Sendable {
    /// The ledger itself: a file that does not read, a save that could not be written.
    case ledger(LedgerError)
    /// The database server holding `ledger` (its URL): unreachable, refusing, gone.
    case server(ServerProblem, ledger: String)
    /// This account may not make the change (a unit's account); nothing was sent.
    case refused(AccessRefusal)
    /// What `--ledger` or `TAIZHANG_LEDGER` says is not a place for a ledger.
    case address(LedgerAddress.Problem)
}

/// What went wrong with a database server, as any shared store would say it; the server's
/// own words are kept where it gave some (they are data, quoted as it wrote them).
public enum ServerProblem: Error, Equatable, Sendable {
    /// No server answered at the address.
    case unreachable(host: String, port: Int, reason: Unreachable)
    /// The server asked for a password and none was found in PGPASSWORD or ~/.pgpass.
    case noPassword(user: String)
    /// The server did not accept the user and password.
    case authentication(user: String, message: String)
    /// The database named in the URL does not exist.
    case noDatabase(String)
    /// The account may not read the ledger tables: it was never granted a role.
    case noAccess(user: String)
    /// The database has no taizhang schema yet: `taizhang ledger init URL` makes it.
    case notInitialized
    /// The database's taizhang schema is older than this build: `ledger init` upgrades it.
    case schemaOlder(found: Int, known: Int)
    /// A newer taizhang upgraded the database: this build does not change it.
    case schemaNewer(found: Int, known: Int)
    /// The database holds no plan of that name (`ledger push` makes one).
    case noSuchPlan(String)
    /// `ledger push` to a plan name already taken.
    case planExists(String)
    /// The connection dropped before anything was changed.
    case connectionLost
    /// The connection dropped while the server was committing: the change may or may not
    /// have been kept; the store finds out when it is back, and never reports it saved
    /// until it knows.
    case outcomeUnknown
    /// The server's permissions or row-level security refused the change.
    case permissionDenied(message: String)
    /// What the database holds is not what this copy expected twice in a row (changed by
    /// hand, not through taizhang?); nothing was changed.
    case inconsistent(task: Int?)
    /// Anything else the server reported: its SQLSTATE code and message.
    case other(code: String, message: String)
    /// Backups, restore and other file-only work asked of a database ledger.
    case fileOnly(FileOnlyWork)

    public enum Unreachable: Equatable, Sendable {
        /// Nothing listens there (the server is not running?).
        case refused
        case timedOut
        case unknownHost
        /// Another failure, as the system described it.
        case other(String)
    }

    public enum FileOnlyWork: Equatable, Sendable {
        case backups, restore
    }
}
