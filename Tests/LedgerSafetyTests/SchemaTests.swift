import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel

/// An older ledger is migrated with its original kept; a newer one opens read-only.
@Suite struct SchemaTests {
    /// The bundled ledger as schema 1 wrote it: no deadlines, unit progress, history,
    /// aliases or groups.
    static func schemaOne() -> [UInt8] {
        let text = String(decoding: LedgerEncoding.bytes(Ledger.bundled()), as: UTF8.self)
            .replacingOccurrences(of: "\"schema\": 2", with: "\"schema\": 1")
            .replacingOccurrences(of: "      \"deadline\": null,\n      \"unitsInherited\": false,\n      \"unitsDone\": [],\n", with: "")
            .replacingOccurrences(of: "  ],\n  \"aliases\": [],\n  \"groups\": [],\n  \"history\": []\n", with: "  ]\n")
        return Array(text.utf8)
    }

    @Test func aSchemaOneLedgerIsMigratedAfterABackup() throws {
        let fs = FakeFileSystem()
        fs.makeFolder(Fixture.folder)
        let original = Self.schemaOne()
        fs.put(Fixture.path, original, mode: 0o640)
        var store = LedgerStore(path: Fixture.path, fileSystem: fs)
        let opened = try store.load()
        #expect(opened.migratedFrom == 1 && !opened.readOnly)
        #expect(opened.ledger.plan == Ledger.bundled().plan && opened.ledger.generation == 1)
        let backups = store.backups()
        #expect(backups.map(\.reason) == ["schema1"])
        #expect(fs.bytes(backups[0].path) == original)
        #expect(fs.bytes(Fixture.path) == LedgerEncoding.bytes(opened.ledger))
        #expect(fs.mode(Fixture.path) == 0o640 && fs.mode(backups[0].path) == 0o640)
        var again = LedgerStore(path: Fixture.path, fileSystem: fs)
        #expect(try again.load().migratedFrom == nil)
    }

    @Test func aNewerLedgerOpensReadOnlyAndIsNeverSaved() throws {
        let fs = FakeFileSystem()
        fs.makeFolder(Fixture.folder)
        let text = String(decoding: LedgerEncoding.bytes(Ledger.bundled()), as: UTF8.self)
            .replacingOccurrences(of: "\"schema\": 2", with: "\"schema\": 3,\n  \"calendar\": {\"holidays\": []}")
        fs.put(Fixture.path, Array(text.utf8))
        var store = LedgerStore(path: Fixture.path, fileSystem: fs)
        let opened = try store.load()
        #expect(opened.readOnly && store.readOnlySchema == 3)
        #expect(opened.ledger.plan == Ledger.bundled().plan)
        var ledger = opened.ledger
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        #expect(throws: LedgerError.writeFailed(path: Fixture.path, reason: "it was written by a newer taizhang (schema 3) and is open read-only")) {
            try store.save(ledger)
        }
        #expect(fs.bytes(Fixture.path) == Array(text.utf8))
        // One this build cannot make sense of at all is refused as newer.
        fs.put(Fixture.path, Array("{\"format\": \"taizhang-ledger\", \"schema\": 7, \"everything\": \"else\"}".utf8))
        #expect(throws: LedgerError.newerSchema(path: Fixture.path, found: 7)) { try store.load() }
    }
}
