import TaizhangApp
import TaizhangDashboard
import TaizhangModel
import TaizhangScreen
import TaizhangStore
import TaizhangTestSupport
import Testing

/// Quitting with changes NOT SAVED, and the other effects a key may ask for.
@Suite struct QuitAndReportTests {
    /// The first q with a change NOT SAVED tries the save again and warns; the loop goes on.
    /// The retry fails too, so a second q quits, and the file is still as it was.
    @Test func quitWithUnsavedChangesWarnsThenQuitsOnTheSecondQ() throws {
        let fixture = try AppFixture()
        let before = try #require(fixture.disk.bytes(AppFixture.path))
        fixture.disk.failCall = "rename"
        var warning = ""
        var terminal: FakeTerminal?
        terminal = FakeTerminal([
            .key(.char(" ")),
            .key(.char("q")),
            .world { warning = terminal?.statusLine ?? "" },
            .key(.char("q")),
        ])
        let (exit, app) = fixture.run(try #require(terminal))

        #expect(exit == .quit)
        #expect(terminal?.ranOut == false)
        #expect(warning.hasPrefix(" Changes are NOT SAVED and would be lost: trying again; press q again to quit anyway"), "\(warning)")
        #expect(fixture.disk.bytes(AppFixture.path) == before)
        #expect(app.state.unsavedReason != nil)
        // The save was tried at the change and again at the first q.
        #expect(fixture.disk.callLog.filter { $0 == "rename" }.count >= 2)
    }

    /// The first q's retry succeeds: nothing would be lost, so it quits then and there. The
    /// quit is the effect of the `saved` result, carried out by the loop.
    @Test func quitWhoseRetriedSaveSucceedsQuitsAtOnce() throws {
        let fixture = try AppFixture()
        fixture.disk.failCall = "rename"
        let terminal = FakeTerminal([
            .key(.char(" ")),
            .world { fixture.disk.failCall = nil },
            .key(.char("q")),
        ])
        let (exit, _) = fixture.run(terminal)

        #expect(exit == .quit)
        #expect(!terminal.ranOut, "one q was enough")
        #expect(try fixture.ledgerOnDisk().status(of: 1) == .done)
    }

    /// R offers the formats the report writer has; Enter writes the one chosen, of the ledger
    /// as it stands, and says where.
    @Test func rOffersTheFormatsAndWritesTheOneChosen() throws {
        let fixture = try AppFixture()
        let terminal = FakeTerminal([.key(.char(" ")), .key(.char("R")), .key(.char("j")), .key(.enter), .key(.char("q"))])
        let (exit, _) = fixture.run(terminal)
        let shown = terminal.statusLine

        #expect(exit == .quit)
        #expect(fixture.reports.requests.count == 1)
        #expect(fixture.reports.requests.first?.generation == (try fixture.ledgerOnDisk()).generation, "the report is of the saved ledger")
        #expect(fixture.reports.requests.first?.shownPath == "~/ledger.json")
        #expect(fixture.reports.requests.first?.today == AppFixture.today)
        #expect(fixture.reports.requests.first?.format == "xlsx")
        #expect(shown.hasPrefix(" Report written to /data/taizhang-report-2022-06-17.xlsx"), "\(shown)")
    }

    /// A report that cannot be written says why on the status line.
    @Test func aReportThatFailsSaysWhy() throws {
        let fixture = try AppFixture()
        fixture.reports.refuse = true
        let terminal = FakeTerminal([.key(.char("R")), .key(.enter)])
        let (exit, _) = fixture.run(terminal)
        #expect(exit == .signal(15), "the script ran out: the loop was still running")
        #expect(terminal.statusLine.hasPrefix(" cannot write report: Permission denied"), "\(terminal.statusLine)")
    }

    /// Ctrl-L repaints everything; a terminal that cannot draw lines gets ASCII borders.
    @Test func ctrlLRepaintsAndASCIITerminalsGetASCIIBorders() throws {
        let fixture = try AppFixture()
        let terminal = FakeTerminal([.key(.ctrl("l")), .key(.char("q"))])
        terminal.canDrawLines = false
        let (exit, _) = fixture.run(terminal)
        #expect(exit == .quit)
        #expect(terminal.invalidations == 1)
        #expect(terminal.screen[1].hasPrefix("+-"), "\(terminal.screen[1])")
    }
}
