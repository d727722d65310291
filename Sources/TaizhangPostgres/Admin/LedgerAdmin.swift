import PostgresNIO
import TaizhangModel
import TaizhangStore

/// `taizhang ledger init | push | pull | grant`: making the database ready, moving a ledger
/// between a file and the database, and giving accounts their rights.
public enum LedgerAdmin {
    /// What `initialize` did.
    public struct Initialized: Equatable, Sendable {
        /// The steps applied now ("1 tables and unit accounts"); empty when it was current.
        public var applied: [String]
        public var version: Int
    }

    /// Creates the taizhang schema, or brings an older one up to date (migrations, applied
    /// once each). Run it as the database's owner or a superuser: it creates the two group
    /// roles and owns the tables, and so may do everything.
    public static func initialize(_ address: DatabaseAddress, environment: [String: String]) throws(StoreError) -> Initialized {
        let link = try connected(address, environment: environment)
        defer { link.close() }
        do {
            let applied = try Migrator.migrate(link)
            return Initialized(applied: applied.map { "\($0.version) \($0.name)" }, version: Migration.current)
        } catch {
            throw error.storeError(ledger: address.url)
        }
    }

    /// What `push` put in the database.
    public struct Pushed: Equatable, Sendable {
        public var tasks: Int
        public var changes: Int
    }

    /// Makes the plan named in the URL hold `ledger`, its history kept; refuses a name that
    /// is taken.
    public static func push(_ ledger: Ledger, to address: DatabaseAddress, environment: [String: String]) throws(StoreError) -> Pushed {
        var store = try PostgresStore.connect(address, environment: environment)
        defer { store.close() }
        do {
            let link = store.link
            _ = try link.transaction { () throws(StoreFailure) in try PlanRows.insert(ledger, name: address.plan, link) }
            return Pushed(tasks: ledger.plan.tasks.count, changes: ledger.history.count)
        } catch {
            throw error.storeError(ledger: address.url)
        }
    }

    /// The plan named in the URL as a ledger, to write as a file.
    public static func pull(from address: DatabaseAddress, environment: [String: String]) throws(StoreError) -> Ledger {
        var store = try PostgresStore.connect(address, environment: environment)
        defer { store.close() }
        guard let ledger = try store.read() else { throw .server(.noSuchPlan(address.plan), ledger: address.url) }
        return ledger
    }

    /// What an account is given.
    public enum Grant: Equatable, Sendable {
        /// Speaks for this unit (as the plan's tasks name it): notes, evidence and its own
        /// part, on its tasks only.
        case unit(String)
        /// May change everything.
        case coordinator
    }

    /// What `grant` did.
    public struct Granted: Equatable, Sendable {
        /// The role did not exist and was made (with LOGIN).
        public var created: Bool
        /// For a unit: how many tasks of the URL's plan name it (0 suggests a typo).
        public var tasksNamingUnit: Int?
    }

    /// Makes `role` (a PostgreSQL login role, made when missing) a unit's account or a
    /// coordinator's. A `password` is stored as a SCRAM verifier made here, so it never
    /// reaches the server in the clear. Run it as the account that ran `ledger init`.
    public static func grant(
        _ role: String, _ grant: Grant, password: String?, address: DatabaseAddress, environment: [String: String]
    ) throws(StoreError) -> Granted {
        let link = try connected(address, environment: environment)
        defer { link.close() }
        do throws(StoreFailure) {
            try Migrator.check(link)
            let verifier: String?
            do {
                verifier = try password.map { try ScramVerifier.make(password: $0) }
            } catch {
                throw StoreFailure.server(.other(code: "SCRAM", message: String(describing: error)))
            }
            return try link.transaction { () throws(StoreFailure) -> Granted in
                let exists = try !link.sql("SELECT 1 FROM pg_roles WHERE rolname = \(role)").isEmpty
                if !exists { try execute(link, "SELECT format('CREATE ROLE %I LOGIN', \(role))") }
                if let verifier { try execute(link, "SELECT format('ALTER ROLE %I PASSWORD %L', \(role), \(verifier))") }
                switch grant {
                case .unit(let unit):
                    try execute(link, "SELECT format('GRANT taizhang_unit TO %I', \(role))")
                    try execute(link, "SELECT format('REVOKE taizhang_coordinator FROM %I', \(role))")
                    try link.sql("""
                        INSERT INTO taizhang.unit_accounts (account, unit) VALUES (\(role), \(unit))
                        ON CONFLICT (account) DO UPDATE SET unit = excluded.unit
                        """)
                    let count = try link.sql("""
                        SELECT count(*)::bigint FROM taizhang.tasks t JOIN taizhang.plans p ON p.id = t.plan_id
                        WHERE p.name = \(address.plan) AND \(unit) = ANY (t.unit_names)
                        """).first.map { row throws(StoreFailure) in try row.columns(Int.self) }
                    return Granted(created: !exists, tasksNamingUnit: count ?? 0)
                case .coordinator:
                    try execute(link, "SELECT format('GRANT taizhang_coordinator TO %I', \(role))")
                    try execute(link, "SELECT format('REVOKE taizhang_unit FROM %I', \(role))")
                    try link.sql("DELETE FROM taizhang.unit_accounts WHERE account = \(role)")
                    return Granted(created: !exists, tasksNamingUnit: nil)
                }
            }
        } catch {
            throw error.storeError(ledger: address.url)
        }
    }

    /// The server's version, as it reports it (`SHOW server_version`), for a benchmark's record.
    public static func serverVersion(_ address: DatabaseAddress, environment: [String: String]) throws(StoreError) -> String {
        let link = try connected(address, environment: environment)
        defer { link.close() }
        do throws(StoreFailure) {
            guard let row = try link.sql("SHOW server_version").first else { return "" }
            return try row.columns(String.self)
        } catch {
            throw error.storeError(ledger: address.url)
        }
    }

    /// Runs the statement a `format(…)` query makes: the server quotes the names (%I) and
    /// literals (%L), so no name can break out of its quotes.
    private static func execute(_ link: ServerLink, _ statement: PostgresQuery) throws(StoreFailure) {
        guard let row = try link.sql(statement).first else { return }
        try link.sql(PostgresQuery(unsafeSQL: try row.columns(String.self)))
    }

    private static func connected(_ address: DatabaseAddress, environment: [String: String]) throws(StoreError) -> ServerLink {
        do {
            let link = try ServerLink(address: address, password: Password.find(for: address, environment: environment))
            try link.connect()
            return link
        } catch {
            throw .server(error, ledger: address.url)
        }
    }
}
