#if canImport(Glibc)
import TaizhangModel
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real file system through Glibc. Each call is one system call, reported as it failed:
/// retrying on `EINTR` and finishing short writes is the caller's job (`LedgerFile`), so the
/// fake in the tests can exercise exactly those paths.
public struct SystemFileSystem: FileSystem {
    public init() {}


    private func check(_ result: Int32, _ call: String) throws(SystemError) -> Int32 {
        if result < 0 { throw SystemError(call, errno) }
        return result
    }

    public func openForReading(_ path: String) throws(SystemError) -> Int32 {
        try check(Glibc.open(path, O_RDONLY | O_CLOEXEC), "open")
    }

    public func createExclusive(_ path: String, mode: UInt32) throws(SystemError) -> Int32 {
        let fd = try check(Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode)), "create")
        // The umask may have taken bits off; the copy must have exactly the ledger's mode.
        if fchmod(fd, mode_t(mode)) != 0 {
            let code = errno
            Glibc.close(fd)
            Glibc.unlink(path)
            throw SystemError("fchmod", code)
        }
        return fd
    }

    public func openLockFile(_ path: String, mode: UInt32) throws(SystemError) -> Int32 {
        try check(Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode_t(mode)), "open lock file")
    }

    public func openForAppending(_ path: String, mode: UInt32) throws(SystemError) -> Int32 {
        try check(Glibc.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, mode_t(mode)), "open journal")
    }

    public func truncate(_ fd: Int32, to length: Int64) throws(SystemError) {
        _ = try check(Glibc.ftruncate(fd, off_t(length)), "ftruncate")
    }

    public func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int {
        let count = Glibc.read(fd, buffer.baseAddress, buffer.count)
        if count < 0 { throw SystemError("read", errno) }
        return count
    }

    public func write(_ fd: Int32, from buffer: UnsafeRawBufferPointer) throws(SystemError) -> Int {
        let count = Glibc.write(fd, buffer.baseAddress, buffer.count)
        if count < 0 { throw SystemError("write", errno) }
        return count
    }

    public func fsync(_ fd: Int32) throws(SystemError) {
        _ = try check(Glibc.fsync(fd), "fsync")
    }

    public func close(_ fd: Int32) throws(SystemError) {
        _ = try check(Glibc.close(fd), "close")
    }

    public func lock(_ fd: Int32, waitingAtMost milliseconds: Int) throws(SystemError) {
        if fileLock(fd, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK || errno == EINTR else { throw SystemError("flock", errno) }
        // A blocking flock waits in the kernel's queue; a repeating alarm interrupts it
        // (EINTR) every 50 ms so the deadline is checked, even if one alarm fires just
        // before flock starts to wait.
        LockAlarm.install()
        let deadline = LockAlarm.monotonicMilliseconds() + Int64(milliseconds)
        var timer = itimerval(it_interval: timeval(tv_sec: 0, tv_usec: 50_000), it_value: timeval(tv_sec: 0, tv_usec: 50_000))
        setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &timer, nil)
        defer {
            var off = itimerval()
            setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &off, nil)
        }
        while true {
            if fileLock(fd, LOCK_EX) == 0 { return }
            let code = errno
            guard code == EINTR else { throw SystemError("flock", code) }
            if LockAlarm.monotonicMilliseconds() >= deadline { throw SystemError("flock", EWOULDBLOCK) }
        }
    }

    public func unlock(_ fd: Int32) {
        _ = fileLock(fd, LOCK_UN)
    }

    public func rename(_ from: String, to: String) throws(SystemError) {
        _ = try check(Glibc.rename(from, to), "rename")
    }

    public func link(_ from: String, to: String) throws(SystemError) {
        _ = try check(Glibc.link(from, to), "link")
    }

    public func unlink(_ path: String) throws(SystemError) {
        _ = try check(Glibc.unlink(path), "unlink")
    }

    public func makeDirectory(_ path: String, mode: UInt32) throws(SystemError) {
        _ = try check(Glibc.mkdir(path, mode_t(mode)), "mkdir")
    }

    public func fsyncDirectory(_ path: String) throws(SystemError) {
        let fd = try check(Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC), "open folder")
        defer { Glibc.close(fd) }
        _ = try check(Glibc.fsync(fd), "fsync folder")
    }

    public func listDirectory(_ path: String) throws(SystemError) -> [String] {
        guard let directory = opendir(path) else { throw SystemError("opendir", errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func status(_ path: String, followLinks: Bool) throws(SystemError) -> FileStatus? {
        var info = stat()
        let result = followLinks ? stat(path, &info) : lstat(path, &info)
        if result != 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw SystemError(followLinks ? "stat" : "lstat", errno)
        }
        let kind: FileStatus.Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        case S_IFCHR, S_IFBLK: kind = .device
        default: kind = .other
        }
        return FileStatus(
            kind: kind, mode: UInt32(info.st_mode & 0o7777), size: Int64(info.st_size),
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    public func symlink(_ target: String, at path: String) throws(SystemError) {
        _ = try check(Glibc.symlink(target, path), "symlink")
    }

    public func readLink(_ path: String) throws(SystemError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        if count < 0 { throw SystemError("readlink", errno) }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public func isProcessAlive(_ pid: Int32) -> Bool {
        // EPERM means it exists but belongs to someone else: alive all the same.
        kill(pid, 0) == 0 || errno == EPERM
    }

    public var processID: Int32 { getpid() }

    public func now() -> Int64 {
        Int64(time(nil))
    }

}

/// `flock(2)`; spelled through a typed reference because Glibc also has a struct named flock.
private func fileLock(_ fd: Int32, _ operation: Int32) -> Int32 {
    let call: (Int32, Int32) -> Int32 = flock
    return call(fd, operation)
}

/// The SIGALRM handler that only interrupts a waiting flock (installed without SA_RESTART).
private enum LockAlarm {
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGALRM, &action, nil)
    }

    static func monotonicMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
