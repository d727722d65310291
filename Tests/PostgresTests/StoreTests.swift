import Foundation
import Testing
import TaizhangImport
import TaizhangModel
import TaizhangStore
import TaizhangTestSupport
@testable import TaizhangPostgres

/// One writer on a database ledger: every kind of change is kept in the rows and the
/// history, reads back as it was saved, and moves between the file and the database unchanged.
@Suite struct StoreTests {
    /// Each kind of edit, saved and read back whole by another connection, equals what was
    /// saved; the rows hold the change where SQL readers look for it.
    @Test func everyKindOfChangeIsKept() throws {
        let server = try Fixture.server()
        let address = try Fixture.plan("kinds", on: server)
        var (store, ledger) = try Fixture.open(address, server)
        defer { store.close() }
        let changes: [LedgerChange] = [
            .status(task: 4, to: .doing),
            .addNote(task: 4, text: "区里已报送材料"),
            .deadline(task: 4, to: Deadline(.date("2022-06-30"))),
            .addEvidence(task: 4, link: "https://www.zhuhai.gov.cn/x", label: "专栏", unit: "各区政府（管委会）"),
            .unitDone(task: 4, unit: "各区政府（管委会）", done: true),
            .alias(from: "市直其他单位", to: "市直各有关单位"),
            .group(name: "各区政府（管委会）", members: ["香洲区", "金湾区", "斗门区"]),
            .removeEvidence(task: 4, link: "https://www.zhuhai.gov.cn/x"),
            .status(task: 5, to: .reported), .status(task: 5, to: .returned),
            .editNote(task: 4, index: 0, text: "区里已报送全部材料"),
            .setUnits(task: 6, units: [UnitAssignment(name: "市政务服务数据管理局", role: .lead)]),
            .planInfo(PlanInfo(title: "珠海市2022年政务公开工作要点分工方案（修订）", documentNumber: "珠府办〔2022〕6号")),
            .settings(LedgerSettings(lights: LightRules(dueSoonDays: 10, unstartedShare: 0.25), cycle: .monthly(day: 25))),
            .recordReturn(ReturnRecord(unit: "市司法局", period: "2022-11", received: "2022-11-25", file: "司法局11月.docx", filledBy: "王", phone: "0756-1234567")),
            .recordReturn(ReturnRecord(unit: "市司法局", period: "2022-11", received: "2022-11-26", file: "司法局11月（更正）.docx")),
        ]
        for (offset, change) in changes.enumerated() {
            try ledger.apply(change, stamp: Fixture.stamp(offset, by: "li"), reason: offset == 2 ? "区里申请延期" : nil)
        }
        let saved = try store.save(ledger)
        #expect(!saved.merged)
        #expect(saved.ledger.generation == ledger.generation + 1)
        let reread = try Fixture.reread(address, server)
        #expect(reread == saved.ledger)
        #expect(reread.plan.tasks[3].status == .doing && reread.plan.tasks[3].unitsDone == ["各区政府（管委会）"])
        #expect(reread.history.count == changes.count)
        // Undo and redo go through the rows as any change does.
        ledger = saved.ledger
        try ledger.undo(stamp: Fixture.stamp(20, by: "li"))
        try ledger.undo(stamp: Fixture.stamp(21, by: "li"))
        try ledger.redo(stamp: Fixture.stamp(22, by: "li"))
        let again = try store.save(ledger)
        #expect(try Fixture.reread(address, server) == again.ledger)
        // Undone: the corrected return and the first one; redone: the first.
        #expect(again.ledger.returns.map(\.file) == ["司法局11月.docx"])
        #expect(again.ledger.settings.cycle == .monthly(day: 25) && again.ledger.plan.info.title.hasSuffix("（修订）"))
    }

    /// A plan name not in the database is made from the plan given, as a missing file is;
    /// opened again, it is the same plan.
    @Test func aMissingPlanIsMadeFromTheGivenLedger() throws {
        let server = try Fixture.server()
        let address = try DatabaseAddress.parse(server.url(plan: TestPostgres.planName("fresh")), environment: [:])
        var first = try PostgresStore.connect(address, environment: server.environment)
        defer { first.close() }
        #expect(try first.read() == nil)
        let opened = try first.open(creatingWith: .bundled())
        #expect(opened.created && opened.ledger == .bundled())
        var second = try PostgresStore.connect(address, environment: server.environment)
        defer { second.close() }
        let again = try second.open(creatingWith: .bundled())
        #expect(!again.created && again.ledger == .bundled())
    }

    /// push then pull gives back the same ledger, byte for byte: a history of every kind
    /// (undo, redo, superseded, a restore, an entry a newer taizhang wrote), notes with a
    /// unit's return, evidence, deadlines of each kind, aliases, groups, and a plan imported
    /// from the corpus with its preamble and warnings.
    @Test(arguments: ["bundled", "corpus"])
    func pushThenPullIsTheSameLedger(_ which: String) throws {
        let server = try Fixture.server()
        let original = try which == "bundled" ? RichLedger.make() : RichLedger.imported()
        let address = try Fixture.plan("roundtrip", on: server, holding: original)
        let pulled = try LedgerAdmin.pull(from: address, environment: server.environment)
        #expect(LedgerEncoding.bytes(pulled) == LedgerEncoding.bytes(original))
    }

    /// A name already taken is refused, and the plan there is left as it was.
    @Test func pushNeverOverwrites() throws {
        let server = try Fixture.server()
        let address = try Fixture.plan("taken", on: server)
        var other = Ledger.bundled()
        try other.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1, by: "li"))
        #expect(throws: StoreError.server(.planExists(address.plan), ledger: address.url)) {
            try LedgerAdmin.push(other, to: address, environment: server.environment)
        }
        #expect(try Fixture.reread(address, server) == .bundled())
    }

    /// `ledger init` again changes nothing; a database without the tables, and a server
    /// that is not there, are each a plain error before any work.
    @Test func schemaAndServerAreCheckedFirst() throws {
        let server = try Fixture.server()
        let address = try DatabaseAddress.parse(server.url(plan: "any"), environment: [:])
        let again = try LedgerAdmin.initialize(address, environment: server.environment)
        #expect(again.applied.isEmpty && again.version == Migration.current)
        var bare = address
        bare.database = "postgres"
        #expect(throws: StoreError.server(.notInitialized, ledger: bare.url)) {
            try PostgresStore.connect(bare, environment: server.environment)
        }
        var missing = address
        missing.database = "no_such_db"
        #expect(throws: StoreError.server(.noDatabase("no_such_db"), ledger: missing.url)) {
            try PostgresStore.connect(missing, environment: server.environment)
        }
        #expect(throws: StoreError.server(.authentication(user: address.user, message: "password authentication failed for user \"\(address.user)\""), ledger: address.url)) {
            try PostgresStore.connect(address, environment: ["PGPASSWORD": "wrong"])
        }
    }
}

/// Another writer's saves reach an open copy: the server's notification, then the new
/// changes followed onto what this copy holds, its unsaved changes kept on top.
@Suite struct RefreshTests {
    @Test func anotherWritersSaveIsFollowed() async throws {
        let server = try Fixture.server()
        let address = try Fixture.plan("refresh", on: server)
        var (mine, ledger) = try Fixture.open(address, server)
        defer { mine.close() }
        var (theirs, their) = try Fixture.open(address, server)
        defer { theirs.close() }
        try their.apply(.addNote(task: 4, text: "他们的进展"), stamp: Fixture.stamp(1, by: "wang"))
        try their.apply(.status(task: 5, to: .done), stamp: Fixture.stamp(2, by: "wang"))
        _ = try theirs.save(their)
        try ledger.apply(.status(task: 6, to: .doing), stamp: Fixture.stamp(3, by: "li"))
        var seen: [StoreEvent] = []
        try await FaultTests.waitFor("the notification") {
            let event = mine.poll()
            if event != .quiet { seen.append(event) }
            return event == .changed
        }
        #expect(seen == [.changed])
        let fresh = try #require(try mine.refresh(keeping: ledger))
        #expect(fresh.plan.tasks[3].notes.map(\.text) == ["他们的进展"])
        #expect(fresh.plan.tasks[4].status == .done && fresh.plan.tasks[5].status == .doing)
        #expect(fresh.history.map(\.by) == ["wang", "wang", "li"])
        // Nothing new: nothing to show.
        #expect(try mine.refresh(keeping: fresh) == nil)
        let saved = try mine.save(fresh)
        #expect(try Fixture.reread(address, server) == saved.ledger)
    }

    /// A save by a store that never read the ledger is refused, as by the file store.
    @Test func aStoreThatReadNothingCannotSave() throws {
        let server = try Fixture.server()
        let address = try Fixture.plan("unread", on: server)
        var store = try PostgresStore.connect(address, environment: server.environment)
        defer { store.close() }
        #expect(throws: StoreError.ledger(.writeFailed(path: address.url, reason: .notReadFirst))) { try store.save(.bundled()) }
    }
}
