import TaizhangImport
import TaizhangStore
import TaizhangTestSupport
import Testing
import TaizhangModel

/// The journal's tail (schema 5): a dashboard's save appends its change to the journal and
/// leaves the ledger file to be rewritten at a checkpoint. Every guarantee of a save holds:
/// a crash at any call leaves the old or the new ledger, two writers lose nothing, undo
/// works, a read-only ledger is left alone, and a ledger written before reads unchanged.
/// The tests lower `tailFloor` so the bundled plan (about 80 KB) takes the tail.
@Suite struct TailTests {
    static let journal1 = JournalTests.journal1

    /// A store on a fake file system whose ledger has been saved once (schema 5, journal 1)
    /// and takes the tail at any size.
    static func tailed(pid: Int32 = 4242) throws -> (FakeFileSystem, LedgerStore, Ledger) {
        let (fs, first, opened) = try Fixture.openedFake(pid: pid)
        var store = first
        store.tailFloor = 0
        var ledger = opened
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        ledger = try store.save(ledger).ledger
        return (fs, store, ledger)
    }

    static func lines(_ bytes: [UInt8]?) -> Int { bytes?.filter { $0 == UInt8(ascii: "\n") }.count ?? -1 }

    @Test func aSaveWhenIdleAppendsOneLineAndTheCheckpointWritesTheFile() throws {
        let (fs, first, saved) = try Self.tailed()
        var store = first
        var ledger = saved
        let file = fs.bytes(Fixture.path)
        let backups = store.backups().count
        for second in 2...4 {
            try ledger.apply(.addNote(task: 2, text: "第\(second)次催办"), stamp: Fixture.stamp(second))
            let outcome = try store.save(ledger, pace: .whenIdle)
            #expect(!outcome.merged && outcome.backup == nil)
            ledger = outcome.ledger
        }
        #expect(fs.bytes(Fixture.path) == file, "the ledger file is not rewritten")
        #expect(Self.lines(fs.bytes(Self.journal1)) == 4)
        #expect(store.tailPending && store.backups().count == backups)
        // Any reader sees every change: the tail is made again on the file's ledger.
        #expect(try LedgerFile.read(Fixture.path, fileSystem: fs) == ledger)
        var reader = LedgerStore(path: Fixture.path, fileSystem: fs)
        #expect(try reader.loadForReading() == ledger)

        let outcome = try #require(try store.checkpoint())
        #expect(!store.tailPending && outcome.backup != nil)
        let root = try JSONParser.parse(try #require(fs.bytes(Fixture.path)))
        #expect(root["journal"]?["entries"] == .int(4) && root["schema"] == .int(5))
        #expect(root["journal"]?["bytes"] == .int(try #require(fs.bytes(Self.journal1)).count))
        #expect(try LedgerFile.read(Fixture.path, fileSystem: fs) == outcome.ledger)
        #expect(outcome.ledger.plan == ledger.plan && outcome.ledger.history == ledger.history)
        #expect(try store.checkpoint() == nil, "nothing left to write")
    }

    /// After a tail save the store keeps its own copy of what was saved, made by replaying
    /// the appended entries as any reader of the journal would (so the caller's next change
    /// copies nothing). Whatever the change, that copy is the ledger saved: the checkpoint
    /// writes it, and it is what the next merge starts from.
    @Test func theStoresCopyAfterATailSaveIsTheLedgerSaved() throws {
        let (fs, first, saved) = try Self.tailed()
        var store = first
        var ledger = saved
        let changes: [(inout Ledger, Stamp) throws -> Void] = [
            { try $0.apply(.status(task: 4, to: .doing), stamp: $1) },
            { try $0.apply(.addNote(task: 4, text: "已召开专题会议", problem: "经费未到位", nextStep: "下周报送"), stamp: $1) },
            { try $0.apply(.deadline(task: 5, to: Deadline(.date("2022-12-31"), phrase: "2022年12月底前")), stamp: $1) },
            { try $0.apply(.unitDone(task: 2, unit: $0.plan.tasks[1].units[0].name, done: true), stamp: $1) },
            { try $0.apply(.editNote(task: 4, index: 0, text: "已召开两次专题会议"), stamp: $1) },
            { _ = try $0.undo(stamp: $1) },
            { _ = try $0.undo(stamp: $1) },
            { _ = try $0.redo(stamp: $1) },
            { try $0.apply(.alias(from: "市政数局", to: "市政务服务数据管理局"), stamp: $1) },
        ]
        for (offset, change) in changes.enumerated() {
            try change(&ledger, Fixture.stamp(10 + offset))
            let outcome = try store.save(ledger, pace: .whenIdle)
            #expect(!outcome.merged && outcome.backup == nil && store.tailPending)
            ledger = outcome.ledger
            #expect(store.base == ledger, "after change \(offset + 1)")
        }
        // The caller's next change is its own: the store's copy stays what was saved.
        let before = ledger
        try ledger.apply(.status(task: 6, to: .done), stamp: Fixture.stamp(30))
        #expect(store.base == before && store.base != ledger)
        let written = try #require(try store.checkpoint()).ledger
        var expected = before
        expected.generation = written.generation
        #expect(written == expected)
        #expect(try LedgerFile.read(Fixture.path, fileSystem: fs) == expected)
    }

    /// Below the floor (the bundled plan's file is far smaller than it) the file is
    /// rewritten at every save, so `jq` always sees the latest change.
    @Test func aSmallLedgerIsRewrittenAtEverySave() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var store = first
        var ledger = opened
        for second in 1...2 {
            try ledger.apply(.status(task: second, to: .done), stamp: Fixture.stamp(second))
            ledger = try store.save(ledger, pace: .whenIdle).ledger
        }
        #expect(!store.tailPending)
        #expect(try JSONParser.parse(try #require(fs.bytes(Fixture.path)))["journal"]?["entries"] == .int(2))
    }

    /// A crash at every call of a tail save, with the disk as the crash left it (unsynced
    /// writes lost, kept, or garbled): the restart reads the ledger before the change or
    /// after it, and its next saves (tail, then checkpoint) hold every change once.
    @Test func aCrashAtAnyCallOfATailSaveLeavesTheOldOrTheNewLedger() throws {
        let (probeFS, probeStore, probeBase) = try Self.tailed()
        var probe = probeStore
        var change = probeBase
        try change.apply(.addNote(task: 3, text: "一条进展说明"), stamp: Fixture.stamp(2))
        let before = probeFS.calls
        _ = try probe.save(change, pace: .whenIdle)
        let calls = probeFS.calls - before
        #expect(calls >= 5)

        var sawTail = false
        for crashPoint in 1...calls {
            for image in [FakeFileSystem.CrashImage.dropUnsynced, .keepUnsynced, .garbleUnsynced(seed: UInt64(crashPoint))] {
                let (fs, opener, base) = try Self.tailed()
                var store = opener
                fs.crashAt = fs.calls + crashPoint
                _ = try? store.save(change, pace: .whenIdle)
                let disk = fs.afterCrash(image)
                var restarted = LedgerStore(path: Fixture.path, fileSystem: disk)
                restarted.tailFloor = 0
                let reread = try restarted.load().ledger
                #expect(reread == base || reread == change, "crash at \(crashPoint), \(image)")
                if reread == change { sawTail = true }
                var next = reread
                try next.apply(.status(task: 5, to: .doing), stamp: Fixture.stamp(30))
                next = try restarted.save(next, pace: .whenIdle).ledger
                _ = try restarted.checkpoint()
                let again = try #require(try LedgerFile.read(Fixture.path, fileSystem: disk))
                #expect(again.plan == next.plan && again.history == next.history, "crash at \(crashPoint), \(image)")
                let journal = try #require(disk.bytes(Self.journal1))
                #expect(try JSONParser.parse(try #require(disk.bytes(Fixture.path)))["journal"]?["bytes"] == .int(journal.count))
            }
        }
        #expect(sawTail)
    }

    /// Two dashboards on one ledger, each saving to the tail with a stale copy in turn:
    /// every change is kept once, in the order saved, and each sees the other's.
    @Test func twoWritersShareTheTail() throws {
        let (fs, first, saved) = try Self.tailed()
        var alice = first
        var alices = saved
        var bob = LedgerStore(path: Fixture.path, fileSystem: fs)
        bob.tailFloor = 0
        var bobs = try bob.load().ledger
        for round in 0..<4 {
            try alices.apply(.addNote(task: 1, text: "alice \(round)"), stamp: Fixture.stamp(round * 2 + 2, by: "alice"))
            alices = try alice.save(alices, pace: .whenIdle).ledger
            #expect(bob.changedOnDisk())
            try bobs.apply(.addNote(task: 2, text: "bob \(round)"), stamp: Fixture.stamp(round * 2 + 3, by: "bob"))
            let outcome = try bob.save(bobs, pace: .whenIdle)
            #expect(outcome.merged)
            bobs = outcome.ledger
            if alice.changedOnDisk(), let fresh = try alice.refresh(keeping: alices) { alices = fresh }
            #expect(alices == bobs)
        }
        let disk = try #require(try LedgerFile.read(Fixture.path, fileSystem: fs))
        #expect(disk == bobs)
        #expect(disk.history.dropFirst().map(\.by) == Array(repeating: ["alice", "bob"], count: 4).flatMap { $0 })
        #expect(Self.lines(fs.bytes(Self.journal1)) == 9)
        // A command's full save meanwhile writes the tail into the file; the dashboard's next
        // tail save sees the new file and merges with it.
        var command = LedgerStore(path: Fixture.path, fileSystem: fs)
        var commands = try command.load().ledger
        try commands.apply(.status(task: 7, to: .done), stamp: Fixture.stamp(20, by: "cli"))
        _ = try command.save(commands)
        try alices.apply(.status(task: 8, to: .done), stamp: Fixture.stamp(21, by: "alice"))
        let outcome = try alice.save(alices, pace: .whenIdle)
        #expect(outcome.merged)
        let final = try #require(try LedgerFile.read(Fixture.path, fileSystem: fs))
        #expect(final.plan.tasks[6].status == .done && final.plan.tasks[7].status == .done)
        #expect(final.history.count == 11)
    }

    /// Undo and redo saved to the tail are made again exactly.
    @Test func undoAndRedoInTheTailReadBack() throws {
        let (fs, first, saved) = try Self.tailed()
        var store = first
        var ledger = saved
        try ledger.apply(.status(task: 2, to: .doing), stamp: Fixture.stamp(2))
        try ledger.apply(.deadline(task: 2, to: Deadline(.date("2026-12-31"))), stamp: Fixture.stamp(3))
        ledger = try store.save(ledger, pace: .whenIdle).ledger
        _ = try ledger.undo(stamp: Fixture.stamp(4))
        _ = try ledger.undo(stamp: Fixture.stamp(5))
        _ = try ledger.redo(stamp: Fixture.stamp(6))
        ledger = try store.save(ledger, pace: .whenIdle).ledger
        #expect(store.tailPending)
        let read = try #require(try LedgerFile.read(Fixture.path, fileSystem: fs))
        #expect(read == ledger)
        #expect(read.plan.tasks[1].status == .doing && read.plan.tasks[1].deadline == nil)
    }

    /// A ledger made read-only (chmod a-w) is left alone: the tail save is refused and the
    /// journal does not grow.
    @Test func aReadOnlyLedgerRefusesATailSave() throws {
        let (fs, first, saved) = try Self.tailed()
        var store = first
        var ledger = saved
        fs.put(Fixture.path, try #require(fs.bytes(Fixture.path)), mode: 0o400)
        store = LedgerStore(path: Fixture.path, fileSystem: fs)
        store.tailFloor = 0
        ledger = try store.load().ledger
        let journal = fs.bytes(Self.journal1)
        try ledger.apply(.status(task: 2, to: .done), stamp: Fixture.stamp(2))
        #expect(throws: LedgerError.writeFailed(path: Fixture.path, reason: .readOnlyFile(mode: 0o400))) {
            try store.save(ledger, pace: .whenIdle)
        }
        #expect(fs.bytes(Self.journal1) == journal)
    }

    /// A full save whose ledger file cannot be written takes back the lines it appended, so
    /// the failed save changed nothing: the next reader does not make them again.
    @Test func aFailedRewriteTakesBackItsAppend() throws {
        let (fs, first, saved) = try Self.tailed()
        var store = first
        var ledger = saved
        let journal = fs.bytes(Self.journal1)
        try ledger.apply(.status(task: 2, to: .done), stamp: Fixture.stamp(2))
        fs.failCall = "rename"
        #expect(throws: LedgerError.self) { try store.save(ledger) }
        fs.failCall = nil
        #expect(fs.bytes(Self.journal1) == journal)
        #expect(try LedgerFile.read(Fixture.path, fileSystem: fs) == saved)
        // Tried again, it saves once.
        let outcome = try store.save(ledger)
        #expect(!outcome.merged && outcome.ledger.history.count == 2)
    }

    /// The tail is bounded: the save that would make it longer than `longestTail` rewrites
    /// the file instead.
    @Test func aLongTailIsWrittenIntoTheFile() throws {
        let (fs, first, saved) = try Self.tailed()
        var store = first
        store.longestTail = 3
        var ledger = saved
        for second in 2...3 {
            try ledger.apply(.status(task: second, to: .done), stamp: Fixture.stamp(second))
            ledger = try store.save(ledger, pace: .whenIdle).ledger
        }
        #expect(store.tailPending)
        try ledger.apply(.status(task: 4, to: .done), stamp: Fixture.stamp(4))
        ledger = try store.save(ledger, pace: .whenIdle).ledger
        #expect(!store.tailPending)
        #expect(try JSONParser.parse(try #require(fs.bytes(Fixture.path)))["journal"]?["entries"] == .int(4))
    }

    /// A change in the tail that does not fit the ledger (a task it lacks) is refused with
    /// the line named; nothing is written over.
    @Test func aTailLineThatCannotBeMadeAgainIsRefused() throws {
        let (fs, _, saved) = try Self.tailed()
        var other = saved
        other.plan.tasks.append(PlanTask(number: 999, area: 1, section: saved.plan.tasks[0].section, text: "临时任务", units: []))
        try other.apply(.status(task: 999, to: .done), stamp: Fixture.stamp(2))
        var journal = try #require(fs.bytes(Self.journal1))
        journal += LedgerJournal.line(try #require(other.history.last))
        fs.put(Self.journal1, journal)
        let file = fs.bytes(Fixture.path)
        var store = LedgerStore(path: Fixture.path, fileSystem: fs)
        #expect(throws: LedgerError.journal(path: Fixture.path, file: "ledger.history-1.jsonl", problem: .cannotRemake(line: 2, why: .change(.noSuchTask(999))))) {
            try store.load()
        }
        #expect(fs.bytes(Fixture.path) == file && fs.bytes(Self.journal1) == journal)
    }

    /// A schema-4 ledger (the previous taizhang's) reads unchanged: lines past its committed
    /// length are a save cut short there, not a tail, so they are not made again, and its
    /// first save cuts them off and writes schema 5.
    @Test func aSchema4LedgerIgnoresLinesPastItsLength() throws {
        let (fs, _, saved) = try Self.tailed()
        var root = try JSONParser.parse(try #require(fs.bytes(Fixture.path)))
        guard case .object(var members) = root else { Issue.record("not an object"); return }
        members[try #require(members.firstIndex { $0.key == "schema" })].value = .int(4)
        root = .object(members)
        fs.put(Fixture.path, JSONWriter.bytes(root))
        var cut = saved
        try cut.apply(.status(task: 2, to: .done), stamp: Fixture.stamp(2))
        let committed = try #require(fs.bytes(Self.journal1))
        fs.put(Self.journal1, committed + LedgerJournal.line(try #require(cut.history.last)))
        var store = LedgerStore(path: Fixture.path, fileSystem: fs)
        store.tailFloor = 0
        var ledger = try store.load().ledger
        #expect(ledger.plan == saved.plan && ledger.history == saved.history)
        try ledger.apply(.status(task: 3, to: .done), stamp: Fixture.stamp(3))
        ledger = try store.save(ledger, pace: .whenIdle).ledger
        #expect(try JSONParser.parse(try #require(fs.bytes(Fixture.path)))["schema"] == .int(5))
        #expect(Self.lines(fs.bytes(Self.journal1)) == 2)
        #expect(try LedgerFile.read(Fixture.path, fileSystem: fs) == ledger)
    }
}

extension TailTests {
    /// An unreadable line in the middle of the tail, with changes after it, is damage, not a
    /// save cut short: the ledger is refused, naming the line, and nothing is cut off.
    @Test func aBrokenLineInsideTheTailIsRefused() throws {
        let (fs, first, saved) = try Self.tailed()
        var store = first
        var ledger = saved
        for second in 2...3 {
            try ledger.apply(.status(task: second, to: .done), stamp: Fixture.stamp(second))
            ledger = try store.save(ledger, pace: .whenIdle).ledger
        }
        var journal = try #require(fs.bytes(Self.journal1))
        let secondLine = try #require(journal.firstIndex(of: UInt8(ascii: "\n"))) + 1
        journal[secondLine + 2] = UInt8(ascii: "#")
        fs.put(Self.journal1, journal)
        var reader = LedgerStore(path: Fixture.path, fileSystem: fs)
        #expect(throws: LedgerError.journal(path: Fixture.path, file: "ledger.history-1.jsonl", problem: .badLine(line: 2, problem: "not a history entry"))) {
            try reader.load()
        }
        #expect(fs.bytes(Self.journal1) == journal)
    }
}

extension TailTests {
    /// The end of a save cut short, past the tail, is looked at once: a dashboard watching
    /// the ledger does not read the journal again at every poll for it.
    @Test func aCutShortEndIsLookedAtOnce() throws {
        let (fs, first, saved) = try Self.tailed()
        var store = first
        let journal = try #require(fs.bytes(Self.journal1))
        fs.put(Self.journal1, journal + Array("{\"at\": \"2026".utf8))
        #expect(store.changedOnDisk())
        #expect(try store.refresh(keeping: saved) == nil)
        #expect(!store.changedOnDisk())
        // The next save cuts it off and appends after the last whole line.
        var ledger = saved
        try ledger.apply(.status(task: 2, to: .done), stamp: Fixture.stamp(2))
        ledger = try store.save(ledger, pace: .whenIdle).ledger
        #expect(Self.lines(fs.bytes(Self.journal1)) == 2 && !store.changedOnDisk())
        #expect(try LedgerFile.read(Fixture.path, fileSystem: fs) == ledger)
    }
}

extension TailTests {
    /// Backups are kept when the file is rewritten (a checkpoint), not at every appended
    /// save; each reads as the file it was, without the tail that came after it.
    @Test func aCheckpointKeepsTheFileItReplacesAsABackup() throws {
        let (fs, first, saved) = try Self.tailed()
        var store = first
        var ledger = saved
        let before = store.backups().map(\.name)
        for second in 2...3 {
            try ledger.apply(.status(task: second, to: .done), stamp: Fixture.stamp(second))
            ledger = try store.save(ledger, pace: .whenIdle).ledger
        }
        #expect(store.backups().map(\.name) == before)
        fs.clock += 60
        let backup = try #require(try store.checkpoint()?.backup)
        #expect(store.backups().count == before.count + 1)
        let kept = try store.read(backup)
        #expect(kept.plan == saved.plan && kept.history == saved.history)
        #expect(try LedgerFile.read(Fixture.path, fileSystem: fs)?.history == ledger.history)
    }
}

extension TailTests {
    /// A journal cut short or removed under a running dashboard is never patched: the tail
    /// save is refused, naming it, and nothing is written (no zeros fill the gap).
    @Test func aJournalCutShortUnderTheStoreRefusesTheTailSave() throws {
        let (fs, first, saved) = try Self.tailed()
        var store = first
        var ledger = saved
        try ledger.apply(.status(task: 2, to: .done), stamp: Fixture.stamp(2))
        ledger = try store.save(ledger, pace: .whenIdle).ledger
        let journal = try #require(fs.bytes(Self.journal1))
        fs.put(Self.journal1, Array(journal.prefix(10)))
        try ledger.apply(.status(task: 3, to: .done), stamp: Fixture.stamp(3))
        #expect(throws: LedgerError.journal(path: Fixture.path, file: "ledger.history-1.jsonl", problem: .tooShort(expected: journal.count, found: 10))) {
            try store.save(ledger, pace: .whenIdle)
        }
        #expect(fs.bytes(Self.journal1) == Array(journal.prefix(10)))
        try fs.unlink(Self.journal1)
        #expect(throws: LedgerError.journal(path: Fixture.path, file: "ledger.history-1.jsonl", problem: .missing)) {
            try store.save(ledger, pace: .whenIdle)
        }
        #expect(fs.bytes(Self.journal1) == nil)
    }
}
