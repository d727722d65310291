import Foundation
import TaizhangModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a plan file from disk: only a regular file (a FIFO would block, `/dev/zero` never
/// end, a folder is no plan), and never more than the byte limit, whatever the file says its
/// size is.
public enum SourceFile {
    public static func read(_ path: String, limits: ImportLimits = ImportLimits()) throws(ImportError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .fileMissing(path: path) }
            throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else { throw .notARegularFile(path: path, kind: kindName(type)) }
        guard Int(info.st_size) <= limits.bytes else { throw .tooLarge(bytes: Int(info.st_size), limit: limits.bytes) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadableFile(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        // The file may have been swapped since stat: check what was opened.
        var opened = stat()
        guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
            throw .notARegularFile(path: path, kind: kindName(opened.st_mode & S_IFMT))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
            if bytes.count > limits.bytes { throw .tooLarge(bytes: bytes.count, limit: limits.bytes) }
        }
        return bytes
    }

    private static func kindName(_ type: mode_t) -> FileProblem.FileKind {
        switch type {
        case S_IFDIR: .directory
        case S_IFIFO: .fifo
        case S_IFCHR, S_IFBLK: .device
        case S_IFSOCK: .socket
        default: .other
        }
    }
}
