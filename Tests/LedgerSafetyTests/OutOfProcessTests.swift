import TaizhangImport
import TaizhangStore
import Foundation
import Glibc
import Testing
import TaizhangModel
import TaizhangTestSupport

/// The real binary on the real file system: killed at random moments, interrupted by the
/// quit signals, and two of them writing one ledger at once.
@Suite(.serialized) struct OutOfProcessTests {
    /// SIGKILL at random moments (seeded: the same moments every run), 100 times on one
    /// ledger: it always reads and holds every acknowledged save. Also saving as the
    /// dashboard does, to the journal's tail with a rewrite every 20 changes.
    @Test(arguments: [false, true])
    func killedAtRandomMomentsKeepsEveryAcknowledgedSave(tail: Bool) throws {
        let folder = TemporaryFolder()
        let path = folder.file("ledger.json")
        var random = SeededRandom(seed: 20_261_127)
        var lastAcknowledged = 0
        var killedMidSave = 0
        for round in 0..<100 {
            let helper = try StressProcess(["notes", path, "1000"], tail: tail)
            helper.waitForAcknowledgements(Int(random.next(below: 3)))
            usleep(useconds_t(random.next(below: 4000)))
            helper.signal(SIGKILL)
            helper.finish()
            #expect(helper.process.terminationReason == .uncaughtSignal, "round \(round)")
            lastAcknowledged = helper.acknowledged.last ?? lastAcknowledged
            // Killed before it first created the ledger: nothing to check yet.
            guard let ledger = try LedgerFile.read(path) else {
                #expect(lastAcknowledged == 0, "round \(round)")
                continue
            }
            let notes = ledger.plan.tasks[0].notes.map(\.text)
            if lastAcknowledged > 0 {
                #expect(notes.contains("stress \(lastAcknowledged)"), "round \(round): ack \(lastAcknowledged) lost")
            }
            // Each note once, in order: nothing replayed twice, nothing skipped.
            #expect(notes == (0..<notes.count).map { "stress \($0 + 1)" }, "round \(round)")
            if folder.names.contains(where: { $0.contains(".tmp-") }) { killedMidSave += 1 }
        }
        #expect(lastAcknowledged > 50)
        // The next start clears what the killed processes left.
        var store = LedgerStore(path: path)
        _ = try store.load()
        #expect(!folder.names.contains { $0.contains(".tmp-") })
    }

    /// SIGINT, SIGTERM and SIGHUP wait for a save to finish: no temporary file, no held
    /// lock, every acknowledged save on disk.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func quitSignalsLeaveNoTemporaryFileOrLock(signal: Int32) throws {
        let folder = TemporaryFolder()
        let path = folder.file("ledger.json")
        var random = SeededRandom(seed: UInt64(signal))
        for round in 0..<10 {
            let helper = try StressProcess(["notes", path, "1000"])
            helper.waitForAcknowledgements(1 + Int(random.next(below: 3)))
            usleep(useconds_t(random.next(below: 3000)))
            helper.signal(signal)
            helper.finish()
            #expect(helper.process.terminationReason == .uncaughtSignal)
            #expect(!folder.names.contains { $0.contains(".tmp-") }, "round \(round)")
            let backups = (try? FileManager.default.contentsOfDirectory(atPath: folder.file(".ledger.json.backups"))) ?? []
            #expect(!backups.contains { $0.contains(".tmp-") }, "round \(round)")
            let ledger = try #require(try LedgerFile.read(path))
            // The save under way when the signal came was finished, not abandoned: the
            // ledger holds the last acknowledged note or the one after it.
            let last = helper.acknowledged.last ?? 0
            #expect(["stress \(last)", "stress \(last + 1)"].contains(ledger.plan.tasks[0].notes.last?.text ?? ""), "round \(round)")
            let fd = open(folder.file(".ledger.json.lock"), O_RDWR)
            #expect(fd >= 0)
            #expect(flock(fd, LOCK_EX | LOCK_NB) == 0, "the lock is still held")
            close(fd)
        }
    }

    /// Two processes mark different tasks 200 times each at the same time: every change is
    /// in the final ledger and in its history. Also as two dashboards, sharing the tail.
    @Test(arguments: [false, true])
    func twoWritersKeepEveryChange(tail: Bool) throws {
        let folder = TemporaryFolder()
        let path = folder.file("ledger.json")
        // Create the ledger first so both start from the same file.
        let setup = try StressProcess(["notes", path, "1"])
        setup.finish()
        let first = try StressProcess(["mark", path, "alice", "1", "25", "8"], tail: tail)
        let second = try StressProcess(["mark", path, "bob", "26", "50", "8"], tail: tail)
        first.finish()
        second.finish()
        #expect(first.process.terminationStatus == 0 && second.process.terminationStatus == 0)
        #expect(first.acknowledged.count == 200 && second.acknowledged.count == 200)
        let ledger = try #require(try LedgerFile.read(path))
        // Round 7 of doing, done, todo… is done.
        #expect(ledger.plan.tasks[0..<50].allSatisfy { $0.status == .done })
        #expect(ledger.plan.tasks[50...].allSatisfy { $0.status == .todo })
        let statusChanges: [(by: String, task: Int, to: TaskStatus)] = ledger.history.compactMap { entry in
            guard case .edit(.status(let task, _, let to)) = entry.event else { return nil }
            return (entry.by, task, to)
        }
        for (user, tasks) in [("alice", 1...25), ("bob", 26...50)] {
            let mine = statusChanges.filter { $0.by == user }
            #expect(mine.count == 200, "\(user)")
            for task in tasks {
                let values = mine.filter { $0.task == task }.map(\.to)
                #expect(values == (0..<8).map { [TaskStatus.doing, .done, .todo][$0 % 3] }, "\(user) task \(task)")
            }
        }
        #expect(!ledger.history.contains { if case .superseded = $0.event { true } else { false } })
        let merges = (first.lines + second.lines).compactMap { $0.hasPrefix("merged ") ? Int($0.dropFirst(7)) : nil }
        #expect(merges.count == 2)
        // Every save rewrote the file, or (the tail) only every twentieth change did.
        if tail { #expect(ledger.generation < 1 + 400 / 10) } else { #expect(ledger.generation == 1 + 400) }
    }
}
