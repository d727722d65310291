import TaizhangApp
import TaizhangDashboard
import TaizhangImport
import TaizhangModel
import TaizhangScreen
import TaizhangStore
import TaizhangTestSupport
import Testing

/// A dashboard on the bundled plan whose ledger lives on a fake disk, ready to run with a
/// fake terminal: what the loop's tests start from.
struct AppFixture {
    static let folder = "/data"
    static let path = "/data/ledger.json"
    static let stamp = Stamp(at: "2026-11-27T17:05:09+08:00", by: "coordinator")
    static let today = DayDate("2022-06-17")!

    let disk = FakeFileSystem()
    let reports = FakeReportDesk()
    var store: LedgerStore
    var state: DashboardState

    init() throws {
        disk.makeFolder(Self.folder)
        store = LedgerStore(path: Self.path, fileSystem: disk)
        let ledger = try store.load(creatingWith: .bundled()).ledger
        state = DashboardState(ledger: ledger, ledgerPath: "~/ledger.json", width: 0, height: 0, today: Self.today)
    }

    /// Runs the loop over `script` to its end; returns how it ended and the app as it was then.
    func run(_ terminal: FakeTerminal) -> (exit: DashboardApp.Exit, app: DashboardApp) {
        var app = DashboardApp(state: state, store: store, terminal: terminal, reports: reports, now: { Self.stamp })
        let exit = app.run()
        return (exit, app)
    }

    /// The ledger as it is on the fake disk now.
    func ledgerOnDisk() throws -> Ledger {
        try #require(try LedgerFile.read(Self.path, fileSystem: disk))
    }

    /// Another process (with a store of its own on the same disk) changes a task and saves.
    func anotherWriter(_ change: LedgerChange, by user: String = "li.na") throws {
        var other = LedgerStore(path: Self.path, fileSystem: disk)
        guard var ledger = try other.loadForReading() else { throw FixtureError.noLedger }
        _ = try ledger.apply(change, stamp: Stamp(at: "2026-11-27T17:06:00+08:00", by: user))
        _ = try other.save(ledger)
    }

    enum FixtureError: Error { case noLedger }
}

extension Ledger {
    func status(of number: Int) -> TaskStatus? {
        plan.tasks.first { $0.number == number }?.status
    }
}

/// Records what the loop asked of the report writer, and answers as told.
final class FakeReportDesk: ReportDesk {
    struct Refused: Error, CustomStringConvertible {
        var description: String { "cannot write report: Permission denied" }
    }

    private(set) var requests: [(generation: Int, today: DayDate, shownPath: String, format: String)] = []
    var refuse = false
    let formats = ["md", "xlsx"]

    func writeReport(on ledger: Ledger, today: DayDate, shownPath: String, format: String) throws -> [String] {
        requests.append((ledger.generation, today, shownPath, format))
        if refuse { throw Refused() }
        return ["/data/taizhang-report-2022-06-17.\(format)"]
    }
}
