#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and saving the ledger file. Saves are atomic: the new bytes go to a temporary
/// file in the same folder, are flushed to disk, and replace the ledger by `rename`, so a
/// crash or a full disk leaves either the old file or the new one, never a mix.
public enum LedgerFile {
    /// The ledger at `path`, or nil when there is no file there yet.
    public static func read(_ path: String) throws(LedgerError) -> Ledger? {
        guard let bytes = try readBytes(path) else { return nil }
        return try LedgerDecoding.ledger(from: bytes, path: path)
    }

    /// The file's bytes, or nil when it does not exist.
    public static func readBytes(_ path: String) throws(LedgerError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw .unreadable(path: path, reason: describe(code))
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: describe(errno))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Replaces the ledger at `path` atomically. A symlinked ledger stays a symlink (its
    /// target is replaced) and the file keeps its permissions; a new ledger is private (0600).
    public static func save(_ ledger: Ledger, to path: String) throws(LedgerError) {
        try write(LedgerEncoding.bytes(ledger), to: path, replacing: true)
    }

    /// Writes a new ledger, refusing to replace a file that exists.
    public static func create(_ ledger: Ledger, at path: String) throws(LedgerError) {
        try write(LedgerEncoding.bytes(ledger), to: path, replacing: false)
    }

    static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(LedgerError) {
        let target = resolvedTarget(path)
        let folder = directory(of: target)
        try makeDirectories(folder, for: path)
        var info = stat()
        let exists = stat(target, &info) == 0
        if exists, !replacing { throw .exists(path: path) }
        let mode = exists ? mode_t(info.st_mode & 0o7777) : 0o600

        let temporary = folder + "/." + baseName(of: target) + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 { throw .writeFailed(path: path, reason: "cannot create \(temporary): \(describe(errno))") }
        var failure: LedgerError?
        if fchmod(fd, mode) != 0 {
            failure = .writeFailed(path: path, reason: "cannot set permissions: \(describe(errno))")
        } else if let reason = writeAll(fd, bytes) {
            failure = .writeFailed(path: path, reason: reason)
        } else if fsync(fd) != 0 {
            failure = .writeFailed(path: path, reason: "fsync failed: \(describe(errno))")
        }
        if close(fd) != 0, failure == nil {
            failure = .writeFailed(path: path, reason: "close failed: \(describe(errno))")
        }
        if failure == nil {
            if replacing {
                if rename(temporary, target) != 0 { failure = .writeFailed(path: path, reason: "rename failed: \(describe(errno))") }
            } else if link(temporary, target) != 0 {
                // link() will not replace an existing file, so a ledger created meanwhile is kept.
                failure = errno == EEXIST ? .exists(path: path) : .writeFailed(path: path, reason: "link failed: \(describe(errno))")
            }
        }
        if failure != nil || !replacing { unlink(temporary) }
        if let failure { throw failure }
        syncDirectory(folder)
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return "write failed: \(describe(errno))"
            }
            offset += written
        }
        return nil
    }

    /// Makes the rename itself durable: without this a power cut can forget it.
    private static func syncDirectory(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func makeDirectories(_ folder: String, for path: String) throws(LedgerError) {
        var info = stat()
        if stat(folder, &info) == 0 { return }
        let parent = directory(of: folder)
        if parent != folder { try makeDirectories(parent, for: path) }
        if mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw .writeFailed(path: path, reason: "cannot create folder \(folder): \(describe(errno))")
        }
    }

    /// The file a symlinked ledger points at, so saving replaces the target, not the link.
    public static func resolvedTarget(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return path }
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        // A dangling link: follow it one step so the new file appears where it points.
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return path }
        let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return target.hasPrefix("/") ? target : directory(of: path) + "/" + target
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
