import PostgresNIO
import TaizhangStore

/// Brings a database's taizhang schema to this build's version, and checks it before work.
enum Migrator {
    /// The advisory-lock class for taizhang ("tz"); object 0 serializes migrations, a plan's
    /// id serializes the saves of that plan.
    static let lockClass = 0x747A

    /// Applies every step the database has not had yet, in one transaction, under a lock
    /// so that two `ledger init` at once apply each step once. Returns the steps applied.
    static func migrate(_ link: ServerLink) throws(StoreFailure) -> [Migration] {
        try link.transaction { () throws(StoreFailure) in
            try link.sql("SELECT pg_advisory_xact_lock(\(lockClass)::integer, 0)")
            for statement in Migration.bootstrap { try link.sql(PostgresQuery(unsafeSQL: statement)) }
            let found = try version(link)
            guard found <= Migration.current else { throw .server(.schemaNewer(found: found, known: Migration.current)) }
            var applied: [Migration] = []
            for migration in Migration.all where migration.version > found {
                for statement in migration.statements { try link.sql(PostgresQuery(unsafeSQL: statement)) }
                try link.sql("INSERT INTO taizhang.migrations (version, name) VALUES (\(migration.version), \(migration.name))")
                applied.append(migration)
            }
            return applied
        }
    }

    /// The version of the schema the database holds, 0 for none.
    static func version(_ link: ServerLink) throws(StoreFailure) -> Int {
        let rows = try link.sql("SELECT coalesce(max(version), 0)::bigint FROM taizhang.migrations")
        guard let row = rows.first else { return 0 }
        return try row.columns((Int).self)
    }

    /// Before work on a plan: the schema is there and is this build's.
    static func check(_ link: ServerLink) throws(StoreFailure) {
        let found: Int
        do {
            found = try version(link)
        } catch .server(.permissionDenied) {
            throw .server(.noAccess(user: link.address.user))
        }
        if found == 0 { throw .server(.notInitialized) }
        if found < Migration.current { throw .server(.schemaOlder(found: found, known: Migration.current)) }
        if found > Migration.current { throw .server(.schemaNewer(found: found, known: Migration.current)) }
    }
}
