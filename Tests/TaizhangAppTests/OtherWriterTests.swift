import TaizhangApp
import TaizhangDashboard
import TaizhangModel
import TaizhangScreen
import TaizhangStore
import TaizhangTestSupport
import Testing

/// Several coordinators on one ledger: what another process saves shows up in a running
/// dashboard, and neither side's change is lost.
@Suite struct OtherWriterTests {
    /// Another process marks task 5 done; at the next quiet moment the loop sees the file
    /// changed and shows it, the cursor still on task 1.
    @Test func anotherWritersSaveAppears() throws {
        let fixture = try AppFixture()
        let terminal = FakeTerminal([
            .key(.char("j")), .key(.char("k")),
            .world { try? fixture.anotherWriter(.status(task: 5, to: .done)) },
            .key(.char("q")),
        ])
        let (exit, app) = fixture.run(terminal)

        #expect(exit == .quit)
        #expect(app.state.ledger.status(of: 5) == .done)
        #expect(terminal.screen.contains { $0.contains("   5 [x] ") })
        #expect(terminal.screen.contains { $0.contains(">  1 [ ] ") }, "the selection stays")
        #expect(terminal.screen[0].hasSuffix(" 1/57 done "))
    }

    /// Nothing changed on disk: the quiet moments draw nothing new and read nothing.
    @Test func quietMomentsWithoutAnotherWriterDrawNothing() throws {
        let fixture = try AppFixture()
        let terminal = FakeTerminal([.idle, .idle, .idle, .key(.char("q"))])
        let opening = fixture.disk.callLog.count
        let (exit, _) = fixture.run(terminal)
        #expect(exit == .quit)
        #expect(terminal.frames.count == 1, "only the first frame")
        let calls = Array(fixture.disk.callLog.dropFirst(opening))
        #expect(calls == ["stat", "stat", "stat"], "one stat at each quiet moment, never a read")
    }

    /// Another process saved between this one's read and its save: the save replays this
    /// change on theirs, and the screen shows both (the merge came back through update).
    @Test func aSaveThatMergesShowsTheOtherWritersChangeToo() throws {
        let fixture = try AppFixture()
        // Their save lands after this process read the ledger; the first key saves before
        // any quiet moment could notice it, so the save itself meets their version.
        try fixture.anotherWriter(.status(task: 5, to: .done))
        let terminal = FakeTerminal([.key(.char(" ")), .key(.char("q"))])
        let (exit, app) = fixture.run(terminal)

        #expect(exit == .quit)
        let saved = try fixture.ledgerOnDisk()
        #expect(saved.status(of: 1) == .done)
        #expect(saved.status(of: 5) == .done)
        #expect(app.state.ledger.status(of: 5) == .done, "the merged ledger is what the state shows")
        #expect(app.state.ledger.generation == saved.generation)
        #expect(terminal.screen[0].hasSuffix(" 2/57 done "))
    }

    /// A change NOT SAVED (the disk refused) when another writer's save arrives: the loop
    /// shows theirs with this change on top and saves again at once, so both are kept
    /// without another key. The save is the effect of the `ledgerChanged` result.
    @Test func anotherWritersSaveRetriesAnUnsavedChange() throws {
        let fixture = try AppFixture()
        let terminal = FakeTerminal([
            .world { fixture.disk.failCall = "rename" },
            .key(.char(" ")),
            .world {
                fixture.disk.failCall = nil
                try? fixture.anotherWriter(.status(task: 5, to: .done))
            },
            .idle,
            .key(.char("q")),
        ])
        let (exit, app) = fixture.run(terminal)

        #expect(exit == .quit, "q quit at once: nothing was left unsaved")
        let saved = try fixture.ledgerOnDisk()
        #expect(saved.status(of: 1) == .done)
        #expect(saved.status(of: 5) == .done)
        #expect(app.state.unsavedReason == nil)
        #expect(!terminal.statusLine.contains("NOT SAVED"))
    }
}
