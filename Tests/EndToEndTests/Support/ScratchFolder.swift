import TaizhangImport
import TaizhangModel
import TaizhangStore
import Foundation

/// A fresh folder under the system temp directory for one test: it holds the ledger, the
/// HOME the program sees and the tmux socket, so nothing outside it is ever touched. Removed
/// when the test lets go of it.
final class ScratchFolder {
    let path: String

    init() {
        // Short, because the tmux socket lives inside it and socket paths are limited.
        path = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("tz-e2e-" + UUID().uuidString.prefix(13).lowercased()).path
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The HOME handed to the program: an empty folder of its own.
    var home: String { path + "/home" }

    /// The ledger path tests use unless they need another.
    var ledger: String { path + "/ledger.json" }

    func file(_ name: String) -> String { path + "/" + name }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The file's bytes, nil when there is no such file.
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    func write(_ path: String, _ text: String) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    /// Names in the folder and below, for checking that nothing unexpected was created.
    var allNames: [String] {
        (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []).sorted()
    }
}

extension ScratchFolder {
    /// Writes a fresh ledger of the bundled plan at `path` (the scratch ledger by default), as
    /// the dashboard's first start would: commands that only look need one to be there.
    @discardableResult
    func freshLedger(at path: String? = nil) throws -> String {
        let path = path ?? ledger
        try LedgerFile.create(Ledger.bundled(), at: path)
        return path
    }
}
