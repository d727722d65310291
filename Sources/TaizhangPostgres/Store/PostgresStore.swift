import Foundation
import TaizhangModel
import TaizhangStore

/// A ledger shared through a PostgreSQL database: one plan of `taizhang.plans`, read and
/// saved by everyone in the office. It keeps the file store's promises through the same
/// seam: a save merges with what others saved since this copy was read (`LedgerMerge`,
/// exactly as two writers of a file), each save is one transaction that checks every row it
/// replaces, and a save returns only once the server has committed it. The server tells
/// every open copy of each save (LISTEN/NOTIFY), so a dashboard shows it within a second.
///
/// ```swift
/// var store = try PostgresStore.connect(address, environment: environment)  // server down: throws
/// let opened = try store.open(creatingWith: .bundled())
/// let saved = try store.save(ledger)            // merged with others' saves, committed
/// if store.poll() == .changed, let fresh = try store.refresh(keeping: ledger) { … }
/// ```
public struct PostgresStore: LedgerStoring {
    public let address: DatabaseAddress
    let link: ServerLink
    /// What this account may change: a unit's account only its unit's part.
    public internal(set) var access: LedgerAccess = .everything
    var plan: Int?
    /// The ledger as this copy last read or saved it, and the sequence number of its last
    /// change: what a save merges against.
    var base: Ledger?
    var head = 0
    /// A save whose commit went unanswered: found out before anything else is saved.
    var inDoubt: InDoubt?
    /// Names each save (tests choose the name, to play a commit whose answer was lost).
    var newSaveID: @Sendable () -> UUID = { UUID() }

    struct InDoubt {
        var save: UUID
        /// The ledger the caller asked to save, and the ledger that was to be written.
        var asked: Ledger
        var written: Ledger
    }

    public var name: String { address.url }
    /// A database ledger is always this build's schema (`Migrator.check`).
    public var readOnlySchema: Int? { nil }

    /// Connects to the server and checks the database is ready for this build: a server
    /// that does not answer, refuses the account, or has no (or another version of the)
    /// ledger tables is a plain error here, before any work.
    public static func connect(_ address: DatabaseAddress, environment: [String: String]) throws(StoreError) -> PostgresStore {
        let link: ServerLink
        do {
            link = try ServerLink(address: address, password: Password.find(for: address, environment: environment))
            try link.connect()
        } catch {
            throw .server(error, ledger: address.url)
        }
        var store = PostgresStore(address: address, link: link)
        do {
            try Migrator.check(link)
            store.access = try Self.access(link)
        } catch {
            link.close()
            throw error.storeError(ledger: address.url)
        }
        return store
    }

    /// What the connected account may change: a unit's account (taizhang.unit_accounts)
    /// its unit's part, anyone else with access everything the server lets them.
    static func access(_ link: ServerLink) throws(StoreFailure) -> LedgerAccess {
        let row = try link.sql("SELECT unit FROM taizhang.unit_accounts WHERE account = current_user").first
        return try row.map { row throws(StoreFailure) in .unit(try row.columns(String.self)) } ?? .everything
    }

    public mutating func open(creatingWith fresh: @autoclosure () -> Ledger?) throws(StoreError) -> OpenedLedger {
        do throws(StoreFailure) {
            if let ledger = try load() {
                try watch()
                return OpenedLedger(ledger: ledger, readOnly: false, migratedFrom: nil, created: false)
            }
            guard access == .everything, let fresh = fresh() else { throw StoreFailure.server(.noSuchPlan(address.plan)) }
            do throws(StoreFailure) {
                let (id, head) = try link.transaction { () throws(StoreFailure) in try PlanRows.insert(fresh, name: address.plan, link) }
                plan = id
                remember(fresh, head: head)
            } catch .server(.planExists) {
                // Another writer made it since we looked: open theirs.
                guard let ledger = try load() else { throw StoreFailure.server(.noSuchPlan(address.plan)) }
                try watch()
                return OpenedLedger(ledger: ledger, readOnly: false, migratedFrom: nil, created: false)
            }
            try watch()
            return OpenedLedger(ledger: fresh, readOnly: false, migratedFrom: nil, created: true)
        } catch {
            throw error.storeError(ledger: name)
        }
    }

    public mutating func read() throws(StoreError) -> Ledger? {
        do throws(StoreFailure) {
            return try load()
        } catch {
            throw error.storeError(ledger: name)
        }
    }

    public mutating func poll() -> StoreEvent {
        switch link.event() {
        case .quiet: .quiet
        case .notified: .changed
        case .lost: .lost(.server(.connectionLost, ledger: name))
        case .restored: .restored
        }
    }

    public mutating func refresh(keeping current: Ledger) throws(StoreError) -> Ledger? {
        do throws(StoreFailure) {
            let rebased = try resolveDoubt(current)
            guard let previous = base, let plan else { return nil }
            guard let (entries, last, generation) = try PlanRows.changes(plan: plan, after: head, place: name, link) else {
                return rebased == current ? nil : rebased
            }
            var theirs = previous
            do throws(LedgerChangeError) {
                try theirs.follow(entries)
                theirs.generation = generation
                remember(theirs, head: last)
            } catch {
                // This copy cannot follow: read the plan whole.
                guard let whole = try load() else { throw StoreFailure.server(.noSuchPlan(address.plan)) }
                theirs = whole
            }
            guard rebased.history.count > previous.history.count else { return theirs }
            return LedgerMerge.merge(base: previous, local: rebased, theirs: theirs).ledger
        } catch {
            throw error.storeError(ledger: name)
        }
    }

    public mutating func close() {
        link.close()
    }

    /// Reads the plan whole, from one snapshot; nil when there is no plan of that name.
    mutating func load() throws(StoreFailure) -> Ledger? {
        let found = try link.snapshot { () throws(StoreFailure) -> (Int, Ledger, Int)? in
            guard let id = try PlanRows.id(of: address.plan, link) else { return nil }
            let (ledger, head) = try PlanRows.read(plan: id, place: name, link)
            return (id, ledger, head)
        }
        guard let (id, ledger, head) = found else { return nil }
        plan = id
        remember(ledger, head: head)
        return ledger
    }

    /// Asks the server to tell this copy of every save of the plan.
    func watch() throws(StoreFailure) {
        guard let plan else { return }
        do throws(ServerProblem) {
            try link.watch(plan: plan)
        } catch {
            throw .server(error)
        }
    }

    mutating func remember(_ ledger: Ledger, head: Int) {
        base = ledger
        self.head = head
    }
}
