import Foundation
import Testing
import TaizhangImport
import TaizhangModel
import TaizhangStore
import TaizhangTestSupport
@testable import TaizhangPostgres

/// A unit's account (市司法局, named by tasks 1, 2 and 8, each shared with another unit)
/// writes notes, evidence and its own part there, and nothing else: each refusal names the
/// reason and leaves the database as it was, whether taizhang refuses first or the server
/// does (row-level security and the account's missing rights).
@Suite struct UnitAccountTests {
    static let unit = "市司法局"

    /// A plan, a unit account for 市司法局 on it, and that account's store.
    static func unitStore(_ label: String) throws -> (TestPostgres.Server, DatabaseAddress, PostgresStore, Ledger) {
        let server = try Fixture.server()
        let address = try Fixture.plan(label, on: server)
        let role = "sfj_" + UUID().uuidString.prefix(8).lowercased()
        let granted = try LedgerAdmin.grant(role, .unit(unit), password: "pw-\(role)", address: address, environment: server.environment)
        #expect(granted.created && granted.tasksNamingUnit == 3)
        var own = address
        own.user = role
        let (store, ledger) = try Fixture.open(own, server, password: "pw-\(role)")
        return (server, address, store, ledger)
    }

    @Test func itWritesNotesEvidenceAndItsOwnPart() throws {
        var (server, address, store, ledger) = try Self.unitStore("unit-own")
        defer { store.close() }
        #expect(store.access == .unit(Self.unit))
        #expect(store.access.ownTasks(in: ledger) == [1, 2, 8])
        try ledger.apply(.addNote(task: 8, text: "已完成初稿"), stamp: Fixture.stamp(1, by: "sfj"))
        try ledger.apply(.addEvidence(task: 8, link: "https://sfj.zhuhai.gov.cn/1", label: nil, unit: Self.unit), stamp: Fixture.stamp(2, by: "sfj"))
        try ledger.apply(.unitDone(task: 8, unit: Self.unit, done: true), stamp: Fixture.stamp(3, by: "sfj"))
        let saved = try store.save(ledger)
        #expect(try Fixture.reread(address, server) == saved.ledger)
        // And takes back its own note.
        ledger = saved.ledger
        try ledger.undo(stamp: Fixture.stamp(4, by: "sfj"))
        try ledger.undo(stamp: Fixture.stamp(5, by: "sfj"))
        let undone = try store.save(ledger)
        #expect(undone.ledger.plan.tasks[7].unitsDone.isEmpty && undone.ledger.plan.tasks[7].evidence.isEmpty)
        #expect(try Fixture.reread(address, server) == undone.ledger)
    }

    static let refused: [(LedgerChange, AccessRefusal)] = [
        (.status(task: 8, to: .done), .status(task: 8, unit: unit)),
        (.deadline(task: 8, to: Deadline(.date("2023-06-30"))), .deadline(task: 8, unit: unit)),
        (.addNote(task: 3, text: "不是本单位的任务"), .notYourTask(task: 3, unit: unit)),
        (.unitDone(task: 8, unit: "各区政府", done: true), .otherUnitsPart(task: 8, unit: unit, part: "各区政府")),
        (.addEvidence(task: 1, link: "x.pdf", label: nil, unit: "市政府办公室"), .otherUnitsPart(task: 1, unit: unit, part: "市政府办公室")),
        (.alias(from: "市直其他单位", to: "市直各有关单位"), .plan(unit: unit)),
        (.group(name: "各区政府", members: ["香洲区"]), .plan(unit: unit)),
    ]

    /// taizhang refuses first, with the reason, before anything is sent.
    @Test(arguments: 0..<refused.count)
    func itIsRefusedTheRest(_ index: Int) throws {
        let (change, refusal) = Self.refused[index]
        var (server, address, store, ledger) = try Self.unitStore("unit-refused")
        defer { store.close() }
        let before = try Fixture.reread(address, server)
        #expect(store.access.refusal(of: change, in: ledger) == refusal)
        try ledger.apply(change, stamp: Fixture.stamp(1, by: "sfj"))
        #expect(throws: StoreError.refused(refusal)) { try store.save(ledger) }
        #expect(try Fixture.reread(address, server) == before)
    }

    /// The server refuses too, when taizhang's own check is out of the way: the account has
    /// no right to change a task, and row-level security keeps its notes and its history to
    /// its own tasks. Nothing is changed.
    @Test(arguments: [0, 1, 2, 3, 5, 6])
    func theServerRefusesItToo(_ index: Int) throws {
        let (change, _) = Self.refused[index]
        var (server, address, store, ledger) = try Self.unitStore("unit-server")
        defer { store.close() }
        let before = try Fixture.reread(address, server)
        store.access = .everything
        try ledger.apply(change, stamp: Fixture.stamp(1, by: "sfj"))
        do {
            _ = try store.save(ledger)
            Issue.record("the server let a unit's account make \(change)")
        } catch {
            guard case .server(.permissionDenied, _) = error else {
                Issue.record("expected the server's refusal, got \(error)")
                return
            }
        }
        #expect(try Fixture.reread(address, server) == before)
        // Nor may it write history that was never made.
        let forged = JSONWriter.compact(LedgerEncoding.entryValue(HistoryEntry(Fixture.stamp(2, by: "sfj"), .edit(.status(task: 8, from: .todo, to: .done)))))
        #expect(throws: StoreFailure.self) {
            try store.link.transaction { () throws(StoreFailure) in
                try store.link.sql("INSERT INTO taizhang.changes (plan_id, save_id, entry) VALUES (\(store.plan ?? 0), \(UUID()), \(forged)::json)")
            }
        }
        #expect(try Fixture.reread(address, server) == before)
    }
}

/// An account granted the coordinator's role (not the owner of the tables) may do
/// everything: make a plan, change statuses and deadlines, aliases and groups, undo.
@Suite struct CoordinatorAccountTests {
    @Test func aCoordinatorsAccountMayDoEverything() throws {
        let server = try Fixture.server()
        let admin = try DatabaseAddress.parse(server.url(plan: TestPostgres.planName("coordinator")), environment: [:])
        var address = admin
        let role = "li_" + UUID().uuidString.prefix(8).lowercased()
        let granted = try LedgerAdmin.grant(role, .coordinator, password: "pw-\(role)", address: address, environment: server.environment)
        #expect(granted.created && granted.tasksNamingUnit == nil)
        address.user = role
        let environment = ["PGPASSWORD": "pw-\(role)"]
        _ = try LedgerAdmin.push(.bundled(), to: address, environment: environment)
        var store = try PostgresStore.connect(address, environment: environment)
        defer { store.close() }
        #expect(store.access == .everything)
        var ledger = try store.open(creatingWith: nil).ledger
        try ledger.apply(.status(task: 3, to: .done), stamp: Fixture.stamp(1, by: role))
        try ledger.apply(.deadline(task: 3, to: Deadline(.date("2022-12-31"))), stamp: Fixture.stamp(2, by: role))
        try ledger.apply(.alias(from: "市直其他单位", to: "市直各有关单位"), stamp: Fixture.stamp(3, by: role))
        try ledger.apply(.group(name: "各区政府", members: ["香洲区"]), stamp: Fixture.stamp(4, by: role))
        try ledger.undo(stamp: Fixture.stamp(5, by: role))
        let saved = try store.save(ledger)
        #expect(try Fixture.reread(admin, server) == saved.ledger)
        #expect(saved.ledger.groups.isEmpty && saved.ledger.aliases.count == 1)
    }
}
