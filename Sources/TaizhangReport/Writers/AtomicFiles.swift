#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a set of files so that none appears half-written: each goes to a hidden temporary
/// file in its target folder, is flushed, and only when all are written are they renamed into
/// place. On any failure the temporary files are removed and nothing else is touched.
enum AtomicFiles {
    static func write(_ files: [(path: String, bytes: [UInt8])]) throws(ReportError) {
        // A folder where a file should go would fail its rename after the others are in place.
        for file in files where isFolder(file.path) {
            throw .writeFailed(path: file.path, reason: "a folder is in the way")
        }
        var temporaries: [String] = []
        func cleanUp() { for path in temporaries { unlink(path) } }
        for file in files {
            let temporary = folder(of: file.path) + "/." + baseName(of: file.path) + ".tmp-\(getpid())"
            // 0666 less the umask, like any file the user saves: a report is meant to be shared.
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard fd >= 0 else {
                let reason = describe(errno)
                cleanUp()
                throw .writeFailed(path: file.path, reason: reason)
            }
            temporaries.append(temporary)
            let failure = writeAll(fd, file.bytes) ?? (fsync(fd) != 0 ? describe(errno) : nil)
            if close(fd) != 0 || failure != nil {
                cleanUp()
                throw .writeFailed(path: file.path, reason: failure ?? describe(errno))
            }
        }
        for (temporary, file) in zip(temporaries, files) where rename(temporary, file.path) != 0 {
            let reason = describe(errno)
            cleanUp()
            throw .writeFailed(path: file.path, reason: reason)
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

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return describe(errno)
            }
            offset += written
        }
        return nil
    }

    private static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
