import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel

/// A save from a stale copy is detected (content hash) and merged, never written over
/// another writer's save.
@Suite struct MergeTests {
    @Test func aStaleCopyIsMergedKeepingBothChanges() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var alice = first
        var bob = LedgerStore(path: Fixture.path, fileSystem: fs)
        var bobs = try bob.load().ledger
        var alices = opened
        try alices.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(10, by: "alice"))
        let saved = try alice.save(alices)
        #expect(!saved.merged && saved.ledger.generation == 1)
        #expect(bob.changedOnDisk())
        try bobs.apply(.status(task: 2, to: .doing), stamp: Fixture.stamp(11, by: "bob"))
        try bobs.apply(.addNote(task: 1, text: "催办"), stamp: Fixture.stamp(12, by: "bob"))
        let outcome = try bob.save(bobs)
        #expect(outcome.merged && outcome.superseded.isEmpty)
        #expect(outcome.ledger.generation == 2)
        let disk = try #require(try LedgerFile.read(Fixture.path, fileSystem: fs))
        #expect(disk == outcome.ledger)
        #expect(disk.plan.tasks[0].status == .done && disk.plan.tasks[1].status == .doing)
        #expect(disk.plan.tasks[0].notes.map(\.text) == ["催办"])
        #expect(disk.history.map(\.by) == ["alice", "bob", "bob"])
        // Alice's next save sees Bob's and merges the other way.
        #expect(alice.changedOnDisk())
        alices = saved.ledger
        try alices.apply(.status(task: 3, to: .done), stamp: Fixture.stamp(13, by: "alice"))
        let again = try alice.save(alices)
        #expect(again.merged && again.ledger.history.count == 4 && again.ledger.generation == 3)
    }

    /// The same task changed by both: the change made later wins; an earlier change of ours
    /// is kept in the history as superseded.
    @Test(arguments: [(5, TaskStatus.done), (20, TaskStatus.doing)])
    func theLaterChangeOfTheSameTaskWins(bobSecond: Int, expected: TaskStatus) throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var alice = first
        var bob = LedgerStore(path: Fixture.path, fileSystem: fs)
        var bobs = try bob.load().ledger
        var alices = opened
        try alices.apply(.status(task: 7, to: .done), stamp: Fixture.stamp(10, by: "alice"))
        _ = try alice.save(alices)
        try bobs.apply(.status(task: 7, to: .doing), stamp: Fixture.stamp(bobSecond, by: "bob"))
        let outcome = try bob.save(bobs)
        #expect(outcome.ledger.plan.tasks[6].status == expected)
        let last = try #require(outcome.ledger.history.last)
        if expected == .done {
            #expect(outcome.superseded.map(\.by) == ["bob"])
            #expect(last == HistoryEntry(Fixture.stamp(bobSecond, by: "bob"), .superseded(HistoryEntry(Fixture.stamp(bobSecond, by: "bob"), .edit(.status(task: 7, from: .todo, to: .doing))))))
        } else {
            #expect(outcome.superseded.isEmpty)
            #expect(last == HistoryEntry(Fixture.stamp(20, by: "bob"), .edit(.status(task: 7, from: .done, to: .doing))))
        }
    }

    @Test func timeStampsInDifferentZonesCompareAsTimes() {
        let base = Ledger.bundled()
        var theirs = base
        _ = try? theirs.apply(.status(task: 1, to: .done), stamp: Stamp(at: "2026-11-27T10:00:00+08:00", by: "a"))  // 02:00Z
        var ours = base
        _ = try? ours.apply(.status(task: 1, to: .doing), stamp: Stamp(at: "2026-11-27T03:00:00Z", by: "b"))  // later
        let merged = LedgerMerge.merge(base: base, local: ours, theirs: theirs)
        #expect(merged.ledger.plan.tasks[0].status == .doing && merged.superseded.isEmpty)
    }

    @Test func refreshShowsAnotherSaveAndKeepsUnsavedChanges() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var dashboard = first
        var cli = LedgerStore(path: Fixture.path, fileSystem: fs)
        var cliLedger = try cli.load().ledger
        #expect(!dashboard.changedOnDisk())
        #expect(try dashboard.refresh(keeping: opened) == nil)
        try cliLedger.apply(.status(task: 9, to: .done), stamp: Fixture.stamp(3, by: "cli"))
        _ = try cli.save(cliLedger)
        var unsaved = opened
        try unsaved.apply(.status(task: 10, to: .doing), stamp: Fixture.stamp(4))
        #expect(dashboard.changedOnDisk())
        let shown = try #require(try dashboard.refresh(keeping: unsaved))
        #expect(shown.plan.tasks[8].status == .done && shown.plan.tasks[9].status == .doing)
        #expect(!dashboard.changedOnDisk())
        let saved = try dashboard.save(shown)
        #expect(!saved.merged && saved.ledger.history.map(\.by) == ["cli", "coordinator"])
    }

    /// Both marked task 5 done: ours changes nothing on their copy, and is still in the
    /// history, as superseded, so every change a writer was told was saved can be found.
    @Test func aChangeTheirCopyAlreadyHoldsIsRecorded() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var alice = first
        var bob = LedgerStore(path: Fixture.path, fileSystem: fs)
        var bobs = try bob.load().ledger
        var alices = opened
        try alices.apply(.status(task: 5, to: .done), stamp: Fixture.stamp(10, by: "alice"))
        _ = try alice.save(alices)
        try bobs.apply(.status(task: 5, to: .done), stamp: Fixture.stamp(12, by: "bob"))
        let outcome = try bob.save(bobs)
        #expect(outcome.ledger.plan.tasks[4].status == .done)
        let bobsChange = HistoryEntry(Fixture.stamp(12, by: "bob"), .edit(.status(task: 5, from: .todo, to: .done)))
        #expect(outcome.superseded == [bobsChange])
        #expect(outcome.ledger.history.map(\.by) == ["alice", "bob"])
        #expect(outcome.ledger.history.last?.event == .superseded(bobsChange))
    }
}
