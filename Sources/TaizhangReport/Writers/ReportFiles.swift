#if canImport(Glibc)
import TaizhangImport
import TaizhangStore
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TaizhangModel

/// Report files go through the model's `AtomicFiles`, the same careful writes as the
/// ledger; this adds what the report writer checks before writing.
enum ReportFiles {
    static func write(_ files: [(path: String, bytes: [UInt8])], mode: UInt32) throws(ReportError) {
        // A folder where a file should go would fail its rename after the others are in place.
        for file in files where isFolder(file.path) {
            throw .folderInTheWay(file.path)
        }
        do {
            try AtomicFiles.write(files, mode: mode)
        } catch {
            throw .writeFailed(path: error.path, error.error)
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
