import TaizhangTestSupport
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel

/// An older ledger is migrated with its original kept; a newer one opens read-only.
@Suite struct SchemaTests {
    /// The bundled ledger as an older schema wrote it (schema 1: no deadlines, unit
    /// progress, history, aliases or groups; schema 2: no task labels or people).
    static func older(_ schema: Int) -> [UInt8] {
        let text = String(decoding: LedgerEncoding.bytes(Ledger.bundled()), as: UTF8.self)
        return Array(OlderLedger.text(text, schema: schema, current: Ledger.schema).utf8)
    }

    @Test(arguments: [1, 2]) func anOlderLedgerIsMigratedAfterABackup(schema: Int) throws {
        let fs = FakeFileSystem()
        fs.makeFolder(Fixture.folder)
        let original = Self.older(schema)
        #expect(original != LedgerEncoding.bytes(Ledger.bundled()))
        fs.put(Fixture.path, original, mode: 0o640)
        var store = LedgerStore(path: Fixture.path, fileSystem: fs)
        let opened = try store.load()
        #expect(opened.migratedFrom == schema && !opened.readOnly)
        // Labels came with schema 3: an older ledger has none.
        var bundled = Ledger.bundled().plan
        for index in bundled.tasks.indices { bundled.tasks[index].label = nil }
        #expect(opened.ledger.plan == bundled && opened.ledger.generation == 1)
        let backups = store.backups()
        #expect(backups.map(\.reason) == ["schema\(schema)"])
        #expect(fs.bytes(backups[0].path) == original)
        // Saved in today's layout: the history in its journal, the rest as it reads.
        #expect(try LedgerFile.read(Fixture.path, fileSystem: fs) == opened.ledger)
        #expect(try JSONParser.parse(#require(fs.bytes(Fixture.path)))["schema"] == .int(LedgerSchema.newest))
        #expect(fs.mode(Fixture.path) == 0o640 && fs.mode(backups[0].path) == 0o640)
        var again = LedgerStore(path: Fixture.path, fileSystem: fs)
        #expect(try again.load().migratedFrom == nil)
    }

    @Test func aNewerLedgerOpensReadOnlyAndIsNeverSaved() throws {
        let fs = FakeFileSystem()
        fs.makeFolder(Fixture.folder)
        let newer = LedgerSchema.newest + 1
        let text = String(decoding: LedgerEncoding.bytes(Ledger.bundled()), as: UTF8.self)
            .replacingOccurrences(of: "\"schema\": \(Ledger.schema),", with: "\"schema\": \(newer),\n  \"calendar\": {\"holidays\": []},")
        fs.put(Fixture.path, Array(text.utf8))
        var store = LedgerStore(path: Fixture.path, fileSystem: fs)
        let opened = try store.load()
        #expect(opened.readOnly && store.readOnlySchema == newer)
        #expect(opened.ledger.plan == Ledger.bundled().plan)
        var ledger = opened.ledger
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        #expect(throws: LedgerError.writeFailed(path: Fixture.path, reason: .newerSchemaReadOnly(schema: newer))) {
            try store.save(ledger)
        }
        // Nor appended to, as the dashboard saves.
        store.tailFloor = 0
        #expect(throws: LedgerError.writeFailed(path: Fixture.path, reason: .newerSchemaReadOnly(schema: newer))) {
            try store.save(ledger, pace: .whenIdle)
        }
        #expect(fs.bytes(Fixture.path) == Array(text.utf8))
        #expect(!fs.names(in: Fixture.folder).contains { $0.hasSuffix(".jsonl") })
        // One this build cannot make sense of at all is refused as newer.
        fs.put(Fixture.path, Array("{\"format\": \"taizhang-ledger\", \"schema\": 7, \"everything\": \"else\"}".utf8))
        #expect(throws: LedgerError.newerSchema(path: Fixture.path, found: 7)) { try store.load() }
    }
}
