import TaizhangTestSupport
import TaizhangImport
import TaizhangStore
import Glibc
import TaizhangWords
import Testing
import TaizhangModel

/// A save is cut short at every one of its file-system calls in turn, and the disk a restart
/// would find is checked with un-synced writes dropped, kept and garbled: the ledger is
/// always exactly the old version or exactly the new one.
@Suite struct CrashInjectionTests {
    /// The bytes on disk before the save, the ledger to save, and the bytes a clean save writes.
    func scenario(chunkLimit: Int = .max) throws -> (old: [UInt8], change: Ledger, new: [UInt8], calls: Int) {
        let (fs, _, opened) = try Fixture.openedFake()
        let old = try #require(fs.bytes(Fixture.path))
        var changed = opened
        try changed.apply(.status(task: 4, to: .done), stamp: Fixture.stamp(1))
        var store = LedgerStore(path: Fixture.path, fileSystem: fs)
        _ = try store.load()
        fs.chunkLimit = chunkLimit
        let before = fs.calls
        _ = try store.save(changed)
        return (old, changed, try #require(fs.bytes(Fixture.path)), fs.calls - before)
    }

    @Test(arguments: [Int.max, 4093])
    func everyCrashPointLeavesOldOrNew(chunkLimit: Int) throws {
        let (old, change, new, calls) = try scenario(chunkLimit: chunkLimit)
        #expect(calls > 10)
        var sawOld = false
        var sawNew = false
        for crashPoint in 1...calls {
            let (fs, _, _) = try Fixture.openedFake()
            fs.chunkLimit = chunkLimit
            var store = LedgerStore(path: Fixture.path, fileSystem: fs)
            _ = try store.load()
            fs.crashAt = fs.calls + crashPoint
            _ = try? store.save(change)
            #expect(fs.crashed)
            let images: [FakeFileSystem.CrashImage] = [.dropUnsynced, .keepUnsynced, .garbleUnsynced(seed: UInt64(crashPoint))]
            for image in images {
                let disk = fs.afterCrash(image)
                let bytes = disk.bytes(Fixture.path)
                #expect(bytes == old || bytes == new, "crash at call \(crashPoint) (\(fs.callLog[fs.callLog.count - 1])), \(image)")
                if bytes == old { sawOld = true }
                if bytes == new { sawNew = true }
                // A restart reads it and clears the dead process's temporary files.
                var restarted = LedgerStore(path: Fixture.path, fileSystem: disk)
                let reread = try restarted.load().ledger
                #expect(reread.plan.tasks[3].status == (bytes == new ? .done : .todo))
                #expect(Fixture.temporaryNames(disk.names(in: Fixture.folder)).isEmpty)
                #expect(Fixture.temporaryNames(disk.names(in: Fixture.folder + "/.ledger.json.backups")).isEmpty)
            }
        }
        #expect(sawOld && sawNew)
    }

    /// A call that fails (rather than crashing) at each step: either the save is reported
    /// failed and the file is byte-identical with no temporary file left, or it succeeded.
    @Test(arguments: [EIO, ENOSPC, EACCES, EROFS, EDQUOT])
    func everyFailurePointKeepsTheOldFileAndSaysSo(code: Int32) throws {
        let (old, change, new, calls) = try scenario()
        var failures = 0
        for failPoint in 1...calls {
            let (fs, _, _) = try Fixture.openedFake()
            var store = LedgerStore(path: Fixture.path, fileSystem: fs)
            _ = try store.load()
            fs.failAt = fs.calls + failPoint
            fs.failCode = code
            do {
                let outcome = try store.save(change)
                #expect(fs.bytes(Fixture.path) == new)
                #expect(outcome.ledger.plan.tasks[3].status == .done)
            } catch {
                failures += 1
                #expect(fs.bytes(Fixture.path) == old, "failure at call \(failPoint)")
                switch error {
                case .writeFailed(let path, let reason):
                    #expect(path == Fixture.path)
                    let system: SystemError? = switch reason {
                    case .system(let error), .backupFailed(let error), .lockFile(_, let error): error
                    default: nil
                    }
                    #expect(system?.code == code, "\(reason)")
                case .unreadable(let path, .system(let error)):
                    // Reading the file back under the lock can fail too; that is reported as such.
                    #expect(path == Fixture.path && error.code == code)
                default:
                    Issue.record("unexpected error \(error)")
                }
            }
            #expect(Fixture.temporaryNames(fs.names(in: Fixture.folder)).isEmpty)
            #expect(Fixture.temporaryNames(fs.names(in: Fixture.folder + "/.ledger.json.backups")).isEmpty)
        }
        #expect(failures > 5)
    }

    @Test func interruptedCallsAndShortWritesStillSaveExactly() throws {
        let (_, change, new, _) = try scenario()
        let (fs, _, _) = try Fixture.openedFake()
        var store = LedgerStore(path: Fixture.path, fileSystem: fs)
        _ = try store.load()
        fs.interruptEverything = true
        fs.chunkLimit = 7
        _ = try store.save(change)
        #expect(fs.bytes(Fixture.path) == new)
        #expect(Fixture.temporaryNames(fs.names(in: Fixture.folder)).isEmpty)
    }

    @Test func aFullDiskIsReportedPlainly() throws {
        let (fs, store, opened) = try Fixture.openedFake()
        var writer = store
        let old = fs.bytes(Fixture.path)
        var changed = opened
        try changed.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(2))
        fs.failCall = "write"
        fs.failCode = ENOSPC
        #expect(throws: LedgerError.self) { try writer.save(changed) }
        #expect(fs.bytes(Fixture.path) == old)
        do {
            _ = try writer.save(changed)
        } catch {
            #expect(error.words(.english) == "could not save ledger /data/ledger.json: could not keep a backup of the previous version: the disk is full; the file on disk is unchanged")
        }
        // Once there is room again the same ledger, still holding the change, saves.
        fs.failCall = nil
        let outcome = try writer.save(changed)
        #expect(outcome.ledger.plan.tasks[0].status == .done)
        #expect(try LedgerFile.read(Fixture.path, fileSystem: fs) == outcome.ledger)
    }

    @Test func aLockHeldElsewhereGivesUpWithAMessage() throws {
        let (fs, store, opened) = try Fixture.openedFake()
        var writer = store
        writer.lockTimeoutMilliseconds = 150
        let old = fs.bytes(Fixture.path)
        fs.lockHeldElsewhere = true
        #expect(throws: LedgerError.writeFailed(path: Fixture.path, reason: .lockTimeout(seconds: 1))) {
            try writer.save(opened)
        }
        #expect(fs.bytes(Fixture.path) == old)
    }

    @Test func staleTemporaryFilesOfDeadProcessesAreRemovedAtStart() throws {
        let (fs, _, _) = try Fixture.openedFake()
        fs.put("/data/.ledger.json.tmp-777-abc", Array("half".utf8))
        fs.put("/data/.ledger.json.tmp-888-def", Array("live".utf8))
        fs.put("/data/.ledger.json.tmp-999", Array("older name".utf8))
        fs.put("/data/notes.txt", Array("mine".utf8))
        fs.alive = [888]
        var store = LedgerStore(path: Fixture.path, fileSystem: fs)
        _ = try store.load()
        #expect(fs.names(in: "/data") == [".ledger.json.tmp-888-def", "ledger.json", "notes.txt"])
    }
}
