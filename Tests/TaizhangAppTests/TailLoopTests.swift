import TaizhangApp
import TaizhangModel
import TaizhangStore
import TaizhangTestSupport
import Testing

/// The dashboard saves each key's change to the journal's tail and rewrites the ledger file
/// once keys rest (two seconds of quiet polls) and when it quits.
@Suite struct TailLoopTests {
    /// The journal file's line count and how many entries the ledger file counts in it.
    static func look(_ fixture: AppFixture) -> (lines: Int, counted: JSONValue?) {
        let journal = fixture.disk.bytes(AppFixture.folder + "/ledger.history-1.jsonl") ?? []
        let root = fixture.disk.bytes(AppFixture.path).flatMap { try? JSONParser.parse($0) }
        return (journal.filter { $0 == UInt8(ascii: "\n") }.count, root?["journal"]?["entries"])
    }

    @Test func keysSaveToTheTailAndARestOrQuitWritesTheFile() throws {
        var fixture = try AppFixture()
        fixture.store.tailFloor = 0
        var afterKey = (lines: 0, counted: JSONValue?.none)
        var afterRest = afterKey
        var afterLastKey = afterKey
        let terminal = FakeTerminal(
            [.key(.char(" ")), .key(.char("j")), .key(.char(" ")), .world { afterKey = Self.look(fixture) }]
                + Array(repeating: .idle, count: 8)
                + [.world { afterRest = Self.look(fixture) }, .key(.char("j")), .key(.char(" ")), .world { afterLastKey = Self.look(fixture) }, .key(.char("q"))])
        let (exit, app) = fixture.run(terminal)
        #expect(exit == .quit && !terminal.ranOut)
        // The first save moved the history into the journal (a full save); the second only appended.
        #expect(afterKey.lines == 2 && afterKey.counted == .int(1))
        #expect(afterRest.lines == 2 && afterRest.counted == .int(2), "the rest wrote the file")
        #expect(afterLastKey.lines == 3 && afterLastKey.counted == .int(2))
        #expect(Self.look(fixture).counted == .int(3), "quitting wrote the file")
        let saved = try fixture.ledgerOnDisk()
        #expect([1, 2, 3].map { saved.status(of: $0) } == [.done, .done, .done])
        #expect(saved.plan == app.state.ledger.plan && saved.history == app.state.ledger.history)
    }
}
