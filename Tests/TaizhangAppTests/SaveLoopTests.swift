import TaizhangApp
import TaizhangDashboard
import TaizhangModel
import TaizhangScreen
import TaizhangStore
import TaizhangTestSupport
import Testing

/// The whole loop, key to disk: a fake terminal types, the real store saves on a fake disk.
@Suite struct SaveLoopTests {
    /// Space marks task 1 done: the frame after the key shows it and the ledger on disk has
    /// it, one generation on; q then quits with status 0.
    @Test func aKeyThatChangesATaskEndsWithTheLedgerSaved() throws {
        let fixture = try AppFixture()
        let before = try fixture.ledgerOnDisk()
        let terminal = FakeTerminal([.key(.char(" ")), .key(.char("q"))])
        let (exit, app) = fixture.run(terminal)

        #expect(exit == .quit)
        #expect(exit.status == 0)
        #expect(!terminal.ranOut)
        let saved = try fixture.ledgerOnDisk()
        #expect(saved.status(of: 1) == .done)
        #expect(saved.generation == before.generation + 1)
        #expect(app.state.ledger.generation == saved.generation, "the state knows the generation it saved")
        #expect(terminal.screen.contains { $0.contains(">  1 [x] ") })
        #expect(terminal.screen[0].hasSuffix(" 1/57 done "))
    }

    /// A save that fails leaves the file byte for byte as it was and says NOT SAVED with the
    /// reason, the change still on screen. The next change saves both, and NOT SAVED goes.
    @Test func aFailedSaveShowsNotSavedAndTheNextSaveRetries() throws {
        let fixture = try AppFixture()
        let before = try #require(fixture.disk.bytes(AppFixture.path))
        var whileFailing: (bytes: [UInt8]?, screen: [String]) = (nil, [])
        var terminal: FakeTerminal?
        terminal = FakeTerminal([
            .world {
                fixture.disk.failCall = "rename"
                fixture.disk.failCode = 28  // ENOSPC
            },
            .key(.char(" ")),
            .world {
                whileFailing = (fixture.disk.bytes(AppFixture.path), terminal?.screen ?? [])
                fixture.disk.failCall = nil
            },
            .key(.char("j")), .key(.char(" ")),
            .key(.char("q")),
        ])
        let (exit, app) = fixture.run(try #require(terminal))

        #expect(exit == .quit)
        #expect(whileFailing.bytes == before)
        let status = whileFailing.screen.last ?? ""
        #expect(status.hasPrefix(" NOT SAVED: could not save ledger /data/ledger.json"), "\(status)")
        #expect(whileFailing.screen.contains { $0.contains(">  1 [x] ") }, "the change stays on screen")

        let saved = try fixture.ledgerOnDisk()
        #expect(saved.status(of: 1) == .done, "the next save kept the change that failed")
        #expect(saved.status(of: 2) == .done)
        #expect(app.state.unsavedReason == nil)
        #expect(terminal?.statusLine.contains("NOT SAVED") == false)
    }

    /// A quit signal ends the loop at once, with 128 + its number, whatever is on screen.
    @Test func aQuitSignalEndsTheLoop() throws {
        let fixture = try AppFixture()
        let terminal = FakeTerminal([.key(.char("a")), .key(.char("x")), .signal(15), .key(.char("q"))])
        let (exit, app) = fixture.run(terminal)
        #expect(exit == .signal(15))
        #expect(exit.status == 143)
        #expect(!terminal.ranOut)
        #expect(app.state.prompt?.editor.text == "x", "it ended in the note editor, nothing saved")
        #expect(try fixture.ledgerOnDisk().plan.tasks[0].notes.isEmpty)
    }
}
