import TaizhangImport
import TaizhangStore
import Foundation
import Testing
import TaizhangModel
import TaizhangTestSupport

/// On the real file system: a symlinked ledger stays a symlink and modes are kept.
@Suite struct RealFileTests {
    @Test(arguments: [0o600, 0o640])
    func aSymlinkedLedgerStaysASymlinkWithItsMode(mode: Int) throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("shared"), withIntermediateDirectories: true)
        var store = LedgerStore(path: folder.file("shared/ledger.json"))
        var ledger = try store.load(creatingWith: .bundled()).ledger
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: folder.file("shared/ledger.json"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.json"), withDestinationPath: "shared/ledger.json")
        var linked = LedgerStore(path: folder.file("link.json"))
        ledger = try linked.load().ledger
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        _ = try linked.save(ledger)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.json")) == "shared/ledger.json")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file("shared/ledger.json"))
        #expect((attributes[.posixPermissions] as? Int) == mode)
        #expect(try LedgerFile.read(folder.file("shared/ledger.json"))?.plan.tasks[0].status == .done)
        // Lock, backups and the history journal sit beside the target, shared by every link
        // to it; the journal has the ledger's mode.
        #expect(folder.names == ["link.json", "shared"])
        let shared = try FileManager.default.contentsOfDirectory(atPath: folder.file("shared")).sorted()
        #expect(shared == [".ledger.json.backups", ".ledger.json.lock", "ledger.history-1.jsonl", "ledger.json"])
        let journalAttributes = try FileManager.default.attributesOfItem(atPath: folder.file("shared/ledger.history-1.jsonl"))
        #expect((journalAttributes[.posixPermissions] as? Int) == mode)
        let backup = try #require(linked.backups().first)
        let backupAttributes = try FileManager.default.attributesOfItem(atPath: backup.path)
        #expect((backupAttributes[.posixPermissions] as? Int) == mode)
        #expect(!linked.changedOnDisk())
    }

    /// A save's backup is the previous ledger file itself, linked into the backups folder
    /// (the file is replaced by rename, never written in place): the same bytes, read back
    /// as the version before, at no cost however large the ledger.
    @Test func aBackupIsThePreviousFileLinked() throws {
        let folder = TemporaryFolder()
        var store = LedgerStore(path: folder.file("ledger.json"))
        var ledger = try store.load(creatingWith: .bundled()).ledger
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        ledger = try store.save(ledger).ledger
        let before = try #require(FileManager.default.contents(atPath: folder.file("ledger.json")))
        let inode = try #require(try FileManager.default.attributesOfItem(atPath: folder.file("ledger.json"))[.systemFileNumber] as? Int)
        try ledger.apply(.status(task: 2, to: .done), stamp: Fixture.stamp(2))
        let outcome = try store.save(ledger)
        let backup = try #require(outcome.backup)
        #expect(FileManager.default.contents(atPath: backup.path) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: backup.path)[.systemFileNumber] as? Int == inode)
        #expect(try FileManager.default.attributesOfItem(atPath: folder.file("ledger.json"))[.systemFileNumber] as? Int != inode)
        let kept = try store.read(backup)
        #expect(kept.plan.tasks[0].status == .done && kept.plan.tasks[1].status == .todo)
    }

    @Test func aNewLedgerIsPrivate() throws {
        let folder = TemporaryFolder()
        var store = LedgerStore(path: folder.file("new/ledger.json"))
        #expect(try store.load(creatingWith: .bundled()).created)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file("new/ledger.json"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}
