import Foundation
import TaizhangImport
import TaizhangModel
import TaizhangStore
import TaizhangTestSupport
@testable import TaizhangPostgres

/// A plan of its own on the test server for each test, made from the bundled plan.
enum Fixture {
    /// The server, with the ledger tables made (once per database; `ledger init` is
    /// idempotent and takes a lock, so tests may all ask at once).
    static func server() throws -> TestPostgres.Server {
        let server = try TestPostgres.server()
        let address = try DatabaseAddress.parse(server.url(plan: "init"), environment: [:])
        _ = try LedgerAdmin.initialize(address, environment: server.environment)
        return server
    }

    /// A new plan holding `ledger` (the bundled plan by default); its address.
    static func plan(_ label: String, on server: TestPostgres.Server, holding ledger: Ledger = .bundled()) throws -> DatabaseAddress {
        let address = try DatabaseAddress.parse(server.url(plan: TestPostgres.planName(label)), environment: [:])
        _ = try LedgerAdmin.push(ledger, to: address, environment: server.environment)
        return address
    }

    /// A store on `address`, opened.
    static func open(_ address: DatabaseAddress, _ server: TestPostgres.Server, password: String? = nil) throws -> (PostgresStore, Ledger) {
        let environment = password.map { ["PGPASSWORD": $0] } ?? server.environment
        var store = try PostgresStore.connect(address, environment: environment)
        let ledger = try store.open(creatingWith: nil).ledger
        return (store, ledger)
    }

    /// A stamp at `second` seconds past a fixed minute, so the order of changes is known.
    static func stamp(_ second: Int, by: String) -> Stamp {
        Stamp(at: String(format: "2026-11-27T10:%02d:%02d+08:00", second / 60, second % 60), by: by)
    }

    /// What the plan's rows hold, read whole by a new connection.
    static func reread(_ address: DatabaseAddress, _ server: TestPostgres.Server) throws -> Ledger {
        var store = try PostgresStore.connect(address, environment: server.environment)
        defer { store.close() }
        return try requireLedger(store.read())
    }
}

/// A ledger the store must have: nil is a failure with a message.
struct NoLedger: Error, CustomStringConvertible {
    var description: String { "the plan was not in the database" }
}

func requireLedger(_ ledger: Ledger?) throws -> Ledger {
    guard let ledger else { throw NoLedger() }
    return ledger
}
