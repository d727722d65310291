/// One step of the database schema, applied once, in order, by `taizhang ledger init`, and
/// recorded in `taizhang.migrations`. A step is never changed once released: a later change
/// of the schema is a new step, so every database can be brought from any version to the
/// current one. docs/postgres.md describes the result.
struct Migration: Sendable {
    var version: Int
    var name: String
    /// One SQL statement each (the server runs them one by one, in one transaction).
    var statements: [String]

    /// Every step, oldest first.
    static let all: [Migration] = [.tablesAndAccounts]

    /// The version this build reads and writes.
    static var current: Int { all.last?.version ?? 0 }

    /// Made before any step, so that the steps taken can be recorded.
    static let bootstrap = [
        "CREATE SCHEMA IF NOT EXISTS taizhang",
        """
        CREATE TABLE IF NOT EXISTS taizhang.migrations (
            version integer PRIMARY KEY,
            name text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """,
    ]
}
