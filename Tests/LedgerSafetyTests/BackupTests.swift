import TaizhangImport
import TaizhangStore
import Testing
#if canImport(Glibc)
import Glibc
#endif
import TaizhangModel

/// Backups: one before every replace, the ten newest plus one a day kept; restore is a
/// change that undo takes back; a broken ledger can be replaced by its newest good backup.
@Suite struct BackupTests {
    @Test func keepsTheTenNewestAndOneADay() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var store = first
        var ledger = opened
        let midnight: Int64 = 20_775 * 86_400  // 2026-11-18 00:00 UTC
        for save in 0..<20 {
            fs.clock = midnight + Int64(save) * 6 * 3600
            try ledger.apply(.status(task: save + 1, to: .done), stamp: Fixture.stamp(save))
            ledger = try store.save(ledger).ledger
        }
        let backups = store.backups()
        #expect(backups.map(\.generation) == [19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 7, 3])
        #expect(backups.first?.name == "ledger-20261122T180000Z-g19.json")
        #expect(backups.first?.timeText == "2026-11-22 18:00:00 UTC")
        #expect(try store.read(backups[0]).plan.tasks.filter { $0.status == .done }.count == 19)
    }

    /// Where the folder cannot link (EPERM, EXDEV on some mounts), the backup is a copy.
    @Test func aBackupIsCopiedWhereLinksCannotBeMade() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var store = first
        var ledger = opened
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        ledger = try store.save(ledger).ledger
        let before = try #require(fs.bytes(Fixture.path))
        fs.failCall = "link"
        fs.failCode = EPERM
        try ledger.apply(.status(task: 2, to: .done), stamp: Fixture.stamp(2))
        let backup = try #require(try store.save(ledger).backup)
        fs.failCall = nil
        #expect(fs.bytes(backup.path) == before)
        #expect(try store.read(backup).plan.tasks[1].status == .todo)
    }

    @Test func restoreIsAChangeThatUndoTakesBack() throws {
        let (_, first, opened) = try Fixture.openedFake()
        var store = first
        var ledger = opened
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        ledger = try store.save(ledger).ledger
        try ledger.apply(.status(task: 2, to: .done), stamp: Fixture.stamp(2))
        try ledger.apply(.alias(from: "甲", to: "乙"), stamp: Fixture.stamp(3))
        ledger = try store.save(ledger).ledger
        let before = ledger
        let backup = try #require(store.backups().first { $0.generation == 1 })
        let restored = try store.restore(backup, onto: ledger, stamp: Fixture.stamp(4)).ledger
        #expect(restored.plan.tasks.prefix(2).map(\.status) == [.done, .todo] && restored.aliases.isEmpty)
        #expect(restored.history.count == 4)
        guard case .edit(.restore(let label, let from, let to))? = restored.history.last?.event else {
            Issue.record("the last entry is not a restore: \(String(describing: restored.history.last))")
            return
        }
        #expect(label == backup.name && from == before.content && to?.plan.tasks.prefix(2).map(\.status) == [.done, .todo])
        var undone = restored
        try undone.undo(stamp: Fixture.stamp(5))
        #expect(undone.plan == before.plan && undone.aliases == before.aliases)
        try undone.redo(stamp: Fixture.stamp(6))
        #expect(undone.plan == restored.plan && undone.aliases.isEmpty)
    }

    @Test func aBrokenLedgerIsReplacedByTheNewestGoodBackup() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var store = first
        var ledger = opened
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        ledger = try store.save(ledger).ledger
        try ledger.apply(.status(task: 2, to: .done), stamp: Fixture.stamp(2))
        ledger = try store.save(ledger).ledger
        let broken = Array(repeating: UInt8(0), count: 4096)
        fs.put(Fixture.path, broken)
        var reopened = LedgerStore(path: Fixture.path, fileSystem: fs)
        #expect(throws: LedgerError.self) { try reopened.load() }
        #expect(fs.bytes(Fixture.path) == broken)
        #expect(throws: LedgerError.self) { try reopened.save(ledger) }
        #expect(fs.bytes(Fixture.path) == broken)
        let (backup, good) = try #require(reopened.newestReadableBackup())
        #expect(backup.generation == 1 && good.plan.tasks[0].status == .done)
        let outcome = try reopened.restore(backup, onto: nil, stamp: Fixture.stamp(9))
        #expect(outcome.backup?.reason == "unreadable")
        #expect(try fs.bytes(#require(outcome.backup?.path)) == broken)
        let disk = try #require(try LedgerFile.read(Fixture.path, fileSystem: fs))
        #expect(disk.plan.tasks[0].status == .done && disk.history.last?.edit?.isRestore == true)
        // Above every generation this program can still see (the broken file's is unknown).
        #expect(disk.generation == 2)
    }
}

extension Edit {
    var isRestore: Bool {
        if case .restore = self { return true }
        return false
    }
}
