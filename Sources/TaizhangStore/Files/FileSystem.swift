/// The few file-system calls a save needs, as a seam: the real one (`SystemFileSystem`) calls
/// Glibc; tests put a fake behind it that fails, interrupts, writes short or "crashes" at any
/// chosen step, which is how every step of a save is proven safe without pulling a plug.
///
/// Calls mirror the system calls they stand for and may behave as those do: `write` and
/// `read` may move fewer bytes than asked and any call may fail with `EINTR`; callers retry.
public protocol FileSystem: Sendable {
    /// Opens an existing file for reading.
    func openForReading(_ path: String) throws(SystemError) -> Int32
    /// Creates a file that must not exist yet (`O_EXCL`), writable, with exactly `mode`.
    func createExclusive(_ path: String, mode: UInt32) throws(SystemError) -> Int32
    /// Opens (creating it if needed, with `mode`) a file that is only ever locked, never read.
    func openLockFile(_ path: String, mode: UInt32) throws(SystemError) -> Int32
    /// Opens a file for appending (`O_APPEND`: every write goes to its end), creating it
    /// with `mode` when it is not there: the ledger's history journal.
    func openForAppending(_ path: String, mode: UInt32) throws(SystemError) -> Int32
    /// Cuts an open file to `length` bytes (`ftruncate`).
    func truncate(_ fd: Int32, to length: Int64) throws(SystemError)
    func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int
    func write(_ fd: Int32, from buffer: UnsafeRawBufferPointer) throws(SystemError) -> Int
    func fsync(_ fd: Int32) throws(SystemError)
    func close(_ fd: Int32) throws(SystemError)
    /// Takes the exclusive `flock`, waiting in the kernel's queue (so a writer that saves
    /// in a tight loop cannot starve another) for at most `milliseconds`; then fails with
    /// `EWOULDBLOCK`.
    func lock(_ fd: Int32, waitingAtMost milliseconds: Int) throws(SystemError)
    func unlock(_ fd: Int32)
    func rename(_ from: String, to: String) throws(SystemError)
    /// Hard-links `to` to `from`; fails with `EEXIST` rather than replace anything.
    func link(_ from: String, to: String) throws(SystemError)
    func unlink(_ path: String) throws(SystemError)
    func makeDirectory(_ path: String, mode: UInt32) throws(SystemError)
    /// Flushes a folder's entries, so a rename in it survives a power cut.
    func fsyncDirectory(_ path: String) throws(SystemError)
    func listDirectory(_ path: String) throws(SystemError) -> [String]
    /// What `stat` (or `lstat` when `followLinks` is false) says; nil when nothing is there.
    func status(_ path: String, followLinks: Bool) throws(SystemError) -> FileStatus?
    /// Makes `path` a symlink to `target`; fails with `EEXIST` rather than replace anything.
    func symlink(_ target: String, at path: String) throws(SystemError)
    /// Where a symlink points, one step, as written in the link.
    func readLink(_ path: String) throws(SystemError) -> String
    /// Whether a process with this id still runs, so its temporary files are not taken from it.
    func isProcessAlive(_ pid: Int32) -> Bool
    var processID: Int32 { get }
    /// Seconds since 1970 (UTC): names backups; a fake clock keeps tests free of wall time.
    func now() -> Int64
}

/// What a save and the change detector need to know of a file.
public struct FileStatus: Equatable, Sendable {
    public enum Kind: Sendable { case regular, directory, symlink, fifo, socket, device, other }
    public var kind: Kind
    /// Permission bits only (`0o7777`).
    public var mode: UInt32
    public var size: Int64
    public var device: UInt64
    public var inode: UInt64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64

    public init(kind: Kind, mode: UInt32, size: Int64, device: UInt64, inode: UInt64, modified: Int64) {
        self.kind = kind
        self.mode = mode
        self.size = size
        self.device = device
        self.inode = inode
        self.modified = modified
    }
}

#if canImport(Glibc)
import TaizhangModel
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
