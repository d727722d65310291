#if canImport(Glibc)
import TaizhangModel
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The careful parts of file handling, over a `FileSystem`: retrying on `EINTR`, finishing
/// short reads and writes, following symlinks, and the one atomic replace every write of a
/// ledger or a backup goes through.
enum FileIO {
    /// How many symlinks are followed before a loop is assumed (as the kernel's ELOOP).
    static let maximumLinks = 40

    /// Runs a call again while a signal interrupts it.
    static func retrying<T>(_ call: () throws(SystemError) -> T) throws(SystemError) -> T {
        while true {
            do {
                return try call()
            } catch where error.code == EINTR {
                continue
            }
        }
    }

    /// A regular file's bytes, nil when nothing is there. Anything else (a folder, a FIFO
    /// that would block, a device that never ends) and anything over `limit` bytes is
    /// refused before it is opened.
    static func readRegularFile(_ path: String, limit: Int64, _ fs: any FileSystem) throws(FileProblem) -> [UInt8]? {
        let status: FileStatus?
        do {
            status = try retrying { () throws(SystemError) in try fs.status(path, followLinks: true) }
        } catch {
            throw .system(error)
        }
        guard let status else { return nil }
        switch status.kind {
        case .regular: break
        case .directory: throw .notARegularFile(.directory)
        case .fifo: throw .notARegularFile(.fifo)
        case .socket: throw .notARegularFile(.socket)
        case .device: throw .notARegularFile(.device)
        case .symlink, .other: throw .notARegularFile(.other)
        }
        guard status.size <= limit else { throw .tooLarge(bytes: status.size, limit: limit) }
        let bytes: [UInt8]?
        do {
            bytes = try readAll(path, fs, stoppingAfter: limit, expecting: status.size)
        } catch {
            throw .system(error)
        }
        // It grew past the limit while being read: a file appended to without end.
        if let bytes, Int64(bytes.count) > limit { throw .tooLarge(bytes: Int64(bytes.count), limit: limit) }
        return bytes
    }

    /// Reads to the end, or to just past `stoppingAfter` bytes, which the caller refuses.
    static func readAll(_ path: String, _ fs: any FileSystem, stoppingAfter limit: Int64 = .max, expecting size: Int64 = 0) throws(SystemError) -> [UInt8]? {
        let fd: Int32
        do {
            fd = try retrying { () throws(SystemError) in try fs.openForReading(path) }
        } catch where error.code == ENOENT {
            return nil
        }
        defer { try? fs.close(fd) }
        // Read straight into an array as long as the file said it was (and a little more,
        // to see it end), instead of copying chunk after chunk into one that keeps growing:
        // a 10,000-task ledger is 11 MB, which that copied about twice over.
        var failure: SystemError?
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(min(max(size, 0), limit)) + 1) { buffer, filled in
            filled = 0
            while filled < buffer.count {
                let target = UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[filled...]))
                let read = Result { () throws(SystemError) in try retrying { () throws(SystemError) in try fs.read(fd, into: target) } }
                guard case .success(let count) = read else {
                    if case .failure(let error) = read { failure = error }
                    return
                }
                if count == 0 { break }
                filled += count
            }
        }
        if let failure { throw failure }
        // Shorter than it said, or exactly as long (the extra byte found the end).
        if bytes.count < Int(min(max(size, 0), limit)) + 1 { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try retrying { () throws(SystemError) in
                try chunk.withUnsafeMutableBytes { buffer in Result { () throws(SystemError) in try fs.read(fd, into: buffer) } }.get()
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if Int64(bytes.count) > limit { return bytes }
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], _ fs: any FileSystem) throws(SystemError) {
        var offset = 0
        while offset < bytes.count {
            let written = try retrying { () throws(SystemError) in
                try bytes.withUnsafeBytes { buffer in
                    Result { () throws(SystemError) in try fs.write(fd, from: UnsafeRawBufferPointer(rebasing: buffer[offset...])) }
                }.get()
            }
            // A write that moves nothing would loop for ever; the kernel says so only for a full disk.
            if written <= 0 { throw SystemError("write", ENOSPC) }
            offset += written
        }
    }

    /// Writes `bytes` to a fresh temporary file beside `target` and moves it into place
    /// (`rename`, or `link` when `replacing` is false so an existing file is never replaced),
    /// then flushes the folder. On failure before the move the temporary file is removed
    /// and `target` is untouched. `durable: false` skips both flushes (for backups: a save
    /// waits for two flushes, not four; a backup lost to a power cut is skipped when backups
    /// are read, and the ledger itself is always flushed).
    static func replaceAtomically(_ target: String, with bytes: [UInt8], mode: UInt32, replacing: Bool, durable: Bool = true, _ fs: any FileSystem) throws(SystemError) {
        let folder = directory(of: target)
        let temporary = folder + "/" + temporaryName(for: baseName(of: target), pid: fs.processID)
        let fd = try retrying { () throws(SystemError) in try fs.createExclusive(temporary, mode: mode) }
        var failure: SystemError?
        do {
            try fill(fd, with: bytes, durable: durable, fs)
        } catch {
            failure = error
        }
        if failure == nil {
            do {
                if replacing {
                    try retrying { () throws(SystemError) in try fs.rename(temporary, to: target) }
                } else {
                    try retrying { () throws(SystemError) in try fs.link(temporary, to: target) }
                }
            } catch {
                failure = error
            }
        }
        if failure != nil || !replacing {
            _ = try? retrying { () throws(SystemError) in try fs.unlink(temporary) }
        }
        if let failure { throw failure }
        guard durable else { return }
        // Some file systems cannot flush a folder (EINVAL); the file itself is already safe.
        _ = try? retrying { () throws(SystemError) in try fs.fsyncDirectory(folder) }
    }

    /// Writes all of `bytes` to a new file, flushes it (when `durable`) and closes it; the
    /// descriptor is closed whatever happens.
    static func fill(_ fd: Int32, with bytes: [UInt8], durable: Bool, _ fs: any FileSystem) throws(SystemError) {
        var failure: SystemError?
        do {
            try writeAll(fd, bytes, fs)
            if durable { try retrying { () throws(SystemError) in try fs.fsync(fd) } }
        } catch {
            failure = error
        }
        do {
            try fs.close(fd)
        } catch where error.code == EINTR {
            // Linux releases the descriptor even when close is interrupted; never close twice.
        } catch {
            if failure == nil { failure = error }
        }
        if let failure { throw failure }
    }

    /// `.ledger.json.tmp-PID-RANDOM`: hidden, beside the file, naming the process that owns it.
    static func temporaryName(for base: String, pid: Int32) -> String {
        "." + base + ".tmp-\(pid)-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
    }

    /// The process id in a temporary file's name, or nil when the name is not one of ours.
    static func temporaryOwner(_ name: String) -> Int32? {
        guard name.hasPrefix("."), let marker = name.range(of: ".tmp-") else { return nil }
        let rest = name[marker.upperBound...]
        // Older builds named it `.ledger.json.tmp-PID`, with no random part.
        return Int32(rest[..<(rest.firstIndex(of: "-") ?? rest.endIndex)])
    }

    /// The file a symlinked ledger points at (following chains of links), so saving replaces
    /// the target, not the link. A dangling link resolves to where it points.
    static func resolvedTarget(_ path: String, _ fs: any FileSystem) throws(SystemError) -> String {
        var current = path
        for _ in 0..<maximumLinks {
            guard let info = try retrying({ () throws(SystemError) in try fs.status(current, followLinks: false) }),
                info.kind == .symlink
            else { return current }
            let destination = try retrying { () throws(SystemError) in try fs.readLink(current) }
            current = destination.hasPrefix("/") ? destination : directory(of: current) + "/" + destination
        }
        throw SystemError("resolve symlink", ELOOP)
    }

    /// An absolute path with its `.` and `..` steps taken out, as written (no link is
    /// followed): what a link made elsewhere must point at to reach the same file.
    static func lexicallyNormal(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func makeDirectories(_ folder: String, _ fs: any FileSystem) throws(SystemError) {
        if try retrying({ () throws(SystemError) in try fs.status(folder, followLinks: true) }) != nil { return }
        let parent = directory(of: folder)
        if parent != folder { try makeDirectories(parent, fs) }
        do {
            try retrying { () throws(SystemError) in try fs.makeDirectory(folder, mode: 0o700) }
        } catch where error.code == EEXIST {}
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// An error as a coordinator can read it: "No space left on device (write)".
}
