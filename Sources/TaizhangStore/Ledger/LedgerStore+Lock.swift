#if canImport(Glibc)
import TaizhangModel
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LedgerStore {
    /// The lock file beside the ledger's target: `.ledger.json.lock`. The ledger itself is
    /// never locked, since every save puts a new inode in its place; the lock file stays
    /// (empty, never rewritten), and the lock on it ends when its holder exits, even by kill -9.
    public var lockPath: String {
        let target = (try? FileIO.resolvedTarget(path, fileSystem)) ?? path
        return FileIO.directory(of: target) + "/." + FileIO.baseName(of: target) + ".lock"
    }

    /// Runs `body` holding the exclusive `flock`, waiting at most `lockTimeoutMilliseconds`. Only writers
    /// lock, and only around read-check-write; readers never wait. `body` gets the store
    /// itself to change: a non-mutating call whose closure changed `self` made Swift copy the
    /// whole store first, so its `base` was shared for the length of every save (and the
    /// tail's in-place replay on it copied 100,000 tasks).
    mutating func withLock<T>(_ body: (inout LedgerStore) throws(LedgerError) -> T) throws(LedgerError) -> T {
        let fs = fileSystem
        let lockFile = lockPath
        let fd: Int32
        do {
            let target = try FileIO.resolvedTarget(path, fs)
            try FileIO.makeDirectories(FileIO.directory(of: target), fs)
            let mode = (try FileIO.retrying { () throws(SystemError) in try fs.status(target, followLinks: true) }?.mode ?? 0o600) & 0o666
            fd = try FileIO.retrying { () throws(SystemError) in try fs.openLockFile(lockFile, mode: mode) }
        } catch {
            throw .writeFailed(path: path, reason: .lockFile(path: lockFile, error))
        }
        defer { try? fs.close(fd) }
        do {
            try FileIO.retrying { () throws(SystemError) in try fs.lock(fd, waitingAtMost: lockTimeoutMilliseconds) }
        } catch where error.code == EWOULDBLOCK || error.code == EAGAIN {
            throw .writeFailed(path: path, reason: .lockTimeout(seconds: max(1, lockTimeoutMilliseconds / 1000)))
        } catch {
            throw .writeFailed(path: path, reason: .lockFile(path: lockFile, error))
        }
        defer { fs.unlock(fd) }
        return try body(&self)
    }
}
