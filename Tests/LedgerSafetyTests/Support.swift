import TaizhangImport
import TaizhangStore
import Foundation
import TaizhangModel
import TaizhangTestSupport

/// Shared set-up for the safety tests.
enum Fixture {
    static let folder = "/data"
    static let path = "/data/ledger.json"

    static func stamp(_ second: Int, by user: String = "coordinator") -> Stamp {
        let text = second < 10 ? "0\(second % 60)" : "\(second % 60)"
        let minute = (second / 60) % 60
        return Stamp(at: "2026-11-27T17:\(minute < 10 ? "0" : "")\(minute):\(text)+08:00", by: user)
    }

    /// A fake file system holding a freshly created bundled ledger, and a store that opened it.
    static func openedFake(pid: Int32 = 4242) throws -> (FakeFileSystem, LedgerStore, Ledger) {
        let fs = FakeFileSystem(pid: pid)
        fs.makeFolder(folder)
        var store = LedgerStore(path: path, fileSystem: fs)
        let ledger = try store.load(creatingWith: .bundled()).ledger
        return (fs, store, ledger)
    }

    static func temporaryNames(_ names: [String]) -> [String] {
        names.filter { $0.contains(".tmp-") }
    }
}

