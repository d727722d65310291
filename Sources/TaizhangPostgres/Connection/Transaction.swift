import PostgresNIO
import TaizhangModel
import TaizhangStore

/// Why work on the database stopped, before it is said as a `StoreError`.
enum StoreFailure: Error {
    case server(ServerProblem)
    /// A row did not hold what this copy of the ledger expected it to replace: another
    /// writer's change this copy missed, or a change by hand. The transaction is rolled back;
    /// the caller reads the plan again and tries once more.
    case mismatch(task: Int?)
    case ledger(LedgerError)
    case refused(AccessRefusal)

    func storeError(ledger name: String) -> StoreError {
        switch self {
        case .server(let problem): .server(problem, ledger: name)
        case .mismatch(let task): .server(.inconsistent(task: task), ledger: name)
        case .ledger(let error): .ledger(error)
        case .refused(let refusal): .refused(refusal)
        }
    }
}

extension ServerLink {
    /// Runs a statement for work that fails as `StoreFailure`.
    @discardableResult
    func sql(_ query: PostgresQuery) throws(StoreFailure) -> PostgresQueryResult {
        do {
            return try run(query)
        } catch {
            throw .server(error)
        }
    }

    /// The rows a statement changed, as the server counted them.
    func changed(_ query: PostgresQuery) throws(StoreFailure) -> Int {
        try sql(query).metadata.rows ?? 0
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it
    /// throws, so a change is kept whole or not at all. A connection lost while committing
    /// is `outcomeUnknown`: the caller must find out before saying anything was saved.
    func transaction<T>(
        _ begin: String = "BEGIN", _ body: () throws(StoreFailure) -> T
    ) throws(StoreFailure) -> T {
        try sql(PostgresQuery(unsafeSQL: begin))
        let value: T
        do {
            value = try body()
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
        do {
            try run("COMMIT", committing: true)
        } catch {
            throw .server(error)
        }
        return value
    }

    /// A transaction that only reads, all from one snapshot of the database.
    func snapshot<T>(_ body: () throws(StoreFailure) -> T) throws(StoreFailure) -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }
}

extension PostgresRow {
    /// Decodes a row's columns for work that fails as `StoreFailure`.
    func columns<each Column: PostgresDecodable>(_ types: (repeat each Column).Type) throws(StoreFailure) -> (repeat each Column) {
        do {
            return try decode(types)
        } catch {
            throw .server(.other(code: "decode", message: String(describing: error)))
        }
    }
}
