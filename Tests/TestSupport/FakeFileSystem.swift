import TaizhangModel
import TaizhangStore
import Foundation
import Glibc

/// An in-memory file system that knows what has reached the "disk": file data counts once
/// fsynced, folder entries (creations, renames, unlinks) once their folder is fsynced. It
/// can fail any call, interrupt calls with EINTR, write short, and "crash" at any call:
/// from then on nothing it does has effect, and `afterCrash` gives the file system a restart
/// would find, with un-synced writes dropped, kept, or garbled.
public final class FakeFileSystem: FileSystem, @unchecked Sendable {
    struct Inode {
        var data: [UInt8]
        var synced: [UInt8]
        var mode: UInt32
        var modified: Int64
    }

    public enum CrashImage { case dropUnsynced, keepUnsynced, garbleUnsynced(seed: UInt64) }

    private let lock = NSLock()
    private var inodes: [UInt64: Inode] = [:]
    private var entries: [String: UInt64] = [:]
    private var syncedEntries: [String: UInt64] = [:]
    private var directories: Set<String> = ["/"]
    private var open: [Int32: UInt64] = [:]
    private var nextInode: UInt64 = 100
    private var nextFD: Int32 = 3
    private var tick: Int64 = 1

    /// Calls made so far; `failAt`/`crashAt` count in the same numbers (from 1).
    public private(set) var calls = 0
    public private(set) var callLog: [String] = []
    public var failAt: Int?
    public var failCode: Int32 = EIO
    /// Only calls with this name fail (any call when nil).
    public var failCall: String?
    public var crashAt: Int?
    public private(set) var crashed = false
    /// Every call fails once with EINTR before it succeeds.
    public var interruptEverything = false
    private var interruptedLast = false
    /// The most bytes one `write` or `read` moves.
    public var chunkLimit = Int.max
    /// Another process holds the ledger's lock.
    public var lockHeldElsewhere = false
    public var alive: Set<Int32> = []
    public let processID: Int32
    public var clock: Int64 = 1_795_000_000

    public init(pid: Int32 = 4242) {
        processID = pid
    }

    // MARK: set-up and inspection (not counted)

    public func makeFolder(_ path: String) {
        _ = lock.withLock { directories.insert(path) }
    }

    public func put(_ path: String, _ bytes: [UInt8], mode: UInt32 = 0o600) {
        lock.withLock {
            let id = nextInode
            nextInode += 1
            inodes[id] = Inode(data: bytes, synced: bytes, mode: mode, modified: tick)
            entries[path] = id
            syncedEntries[path] = id
        }
    }

    public func bytes(_ path: String) -> [UInt8]? {
        lock.withLock { entries[path].flatMap { inodes[$0]?.data } }
    }

    public func names(in folder: String) -> [String] {
        lock.withLock { childNames(folder) }.sorted()
    }

    public func mode(_ path: String) -> UInt32? {
        lock.withLock { entries[path].flatMap { inodes[$0]?.mode } }
    }

    /// The file system as a restart after the crash would find it.
    public func afterCrash(_ image: CrashImage) -> FakeFileSystem {
        lock.withLock {
            let copy = FakeFileSystem(pid: processID + 1)
            copy.directories = directories
            copy.clock = clock
            copy.nextInode = nextInode
            var random = SeededRandom(seed: 1)
            if case .garbleUnsynced(let seed) = image { random = SeededRandom(seed: seed) }
            let kept: [String: UInt64]
            switch image {
            case .dropUnsynced, .garbleUnsynced: kept = syncedEntries
            case .keepUnsynced: kept = entries
            }
            for (path, id) in kept {
                guard var inode = inodes[id] else { continue }
                switch image {
                case .dropUnsynced: inode.data = inode.synced
                case .keepUnsynced: break
                case .garbleUnsynced:
                    if inode.data != inode.synced {
                        // Part of the new data made it, the rest is whatever the disk held.
                        // An append leaves what already reached the disk alone: only what
                        // follows the bytes both share may be lost or garbled.
                        let shared = zip(inode.data, inode.synced).prefix { $0 == $1 }.count
                        let cut = shared + Int(random.next(below: UInt64(inode.data.count - shared + 1)))
                        inode.data = Array(inode.data[..<cut]) + (0..<Int(random.next(below: 64))).map { _ in UInt8(random.next(below: 256)) }
                    }
                }
                inode.synced = inode.data
                copy.inodes[id] = inode
                copy.entries[path] = id
                copy.syncedEntries[path] = id
            }
            return copy
        }
    }

    // MARK: the seam

    private func guarded<T>(_ body: () throws(SystemError) -> T) throws(SystemError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func childNames(_ folder: String) -> [String] {
        let prefix = folder == "/" ? "/" : folder + "/"
        let files = entries.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
        let folders = directories.filter { $0.hasPrefix(prefix) && $0 != folder && !$0.dropFirst(prefix.count).contains("/") }
        return (files + folders).map { String($0.dropFirst(prefix.count)) }
    }

    private static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Counts the call and decides its fate: crash, injected failure, EINTR, or go ahead.
    private func enter(_ name: String) throws(SystemError) {
        if crashed { throw SystemError(name, EIO) }
        calls += 1
        callLog.append(name)
        if let crashAt, calls >= crashAt {
            crashed = true
            throw SystemError(name, EIO)
        }
        if let failAt, calls == failAt, failCall == nil || failCall == name { throw SystemError(name, failCode) }
        if let failCall, failAt == nil, failCall == name { throw SystemError(name, failCode) }
        if interruptEverything {
            interruptedLast.toggle()
            if interruptedLast { throw SystemError(name, EINTR) }
        }
    }

    public func openForReading(_ path: String) throws(SystemError) -> Int32 {
        try guarded { () throws(SystemError) in
            try enter("open")
            guard let id = entries[path] else { throw SystemError("open", ENOENT) }
            return allocate(id)
        }
    }

    private var readOffsets: [Int32: Int] = [:]

    private func allocate(_ id: UInt64) -> Int32 {
        let fd = nextFD
        nextFD += 1
        open[fd] = id
        readOffsets[fd] = 0
        return fd
    }

    public func createExclusive(_ path: String, mode: UInt32) throws(SystemError) -> Int32 {
        try guarded { () throws(SystemError) in
            try enter("create")
            guard directories.contains(Self.parent(path)) else { throw SystemError("create", ENOENT) }
            guard entries[path] == nil else { throw SystemError("create", EEXIST) }
            let id = nextInode
            nextInode += 1
            tick += 1
            inodes[id] = Inode(data: [], synced: [], mode: mode, modified: tick)
            entries[path] = id
            return allocate(id)
        }
    }

    public func openLockFile(_ path: String, mode: UInt32) throws(SystemError) -> Int32 {
        try guarded { () throws(SystemError) in
            try enter("open lock file")
            if let id = entries[path] { return allocate(id) }
            guard directories.contains(Self.parent(path)) else { throw SystemError("open lock file", ENOENT) }
            let id = nextInode
            nextInode += 1
            inodes[id] = Inode(data: [], synced: [], mode: mode, modified: tick)
            entries[path] = id
            return allocate(id)
        }
    }

    public func openForAppending(_ path: String, mode: UInt32) throws(SystemError) -> Int32 {
        try guarded { () throws(SystemError) in
            try enter("open journal")
            if let id = entries[path] { return allocate(id) }
            guard directories.contains(Self.parent(path)) else { throw SystemError("open journal", ENOENT) }
            let id = nextInode
            nextInode += 1
            tick += 1
            inodes[id] = Inode(data: [], synced: [], mode: mode, modified: tick)
            entries[path] = id
            return allocate(id)
        }
    }

    public func truncate(_ fd: Int32, to length: Int64) throws(SystemError) {
        try guarded { () throws(SystemError) in
            try enter("ftruncate")
            guard let id = open[fd], var inode = inodes[id] else { throw SystemError("ftruncate", EBADF) }
            let count = Int(length)
            if inode.data.count > count { inode.data.removeLast(inode.data.count - count) } else {
                inode.data += [UInt8](repeating: 0, count: count - inode.data.count)
            }
            tick += 1
            inode.modified = tick
            inodes[id] = inode
        }
    }

    public func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int {
        try guarded { () throws(SystemError) in
            try enter("read")
            guard let id = open[fd], let inode = inodes[id], let offset = readOffsets[fd] else { throw SystemError("read", EBADF) }
            let count = min(buffer.count, chunkLimit, inode.data.count - offset)
            for index in 0..<count { buffer[index] = inode.data[offset + index] }
            readOffsets[fd] = offset + count
            return count
        }
    }

    public func write(_ fd: Int32, from buffer: UnsafeRawBufferPointer) throws(SystemError) -> Int {
        try guarded { () throws(SystemError) in
            try enter("write")
            guard let id = open[fd] else { throw SystemError("write", EBADF) }
            let count = min(buffer.count, chunkLimit)
            inodes[id]?.data.append(contentsOf: buffer.prefix(count))
            tick += 1
            inodes[id]?.modified = tick
            return count
        }
    }

    public func fsync(_ fd: Int32) throws(SystemError) {
        try guarded { () throws(SystemError) in
            try enter("fsync")
            guard let id = open[fd], var inode = inodes[id] else { throw SystemError("fsync", EBADF) }
            inode.synced = inode.data
            inodes[id] = inode
        }
    }

    public func close(_ fd: Int32) throws(SystemError) {
        try guarded { () throws(SystemError) in
            defer { open[fd] = nil }
            try enter("close")
        }
    }

    public func lock(_ fd: Int32, waitingAtMost milliseconds: Int) throws(SystemError) {
        try guarded { () throws(SystemError) in
            try enter("flock")
            if lockHeldElsewhere { throw SystemError("flock", EWOULDBLOCK) }
        }
    }

    public func unlock(_ fd: Int32) {}

    public func rename(_ from: String, to: String) throws(SystemError) {
        try guarded { () throws(SystemError) in
            try enter("rename")
            guard let id = entries[from] else { throw SystemError("rename", ENOENT) }
            entries[from] = nil
            entries[to] = id
        }
    }

    public func link(_ from: String, to: String) throws(SystemError) {
        try guarded { () throws(SystemError) in
            try enter("link")
            guard let id = entries[from] else { throw SystemError("link", ENOENT) }
            guard entries[to] == nil else { throw SystemError("link", EEXIST) }
            entries[to] = id
        }
    }

    public func unlink(_ path: String) throws(SystemError) {
        try guarded { () throws(SystemError) in
            try enter("unlink")
            guard entries.removeValue(forKey: path) != nil else { throw SystemError("unlink", ENOENT) }
        }
    }

    public func makeDirectory(_ path: String, mode: UInt32) throws(SystemError) {
        try guarded { () throws(SystemError) in
            try enter("mkdir")
            guard !directories.contains(path) else { throw SystemError("mkdir", EEXIST) }
            directories.insert(path)
        }
    }

    public func fsyncDirectory(_ path: String) throws(SystemError) {
        try guarded { () throws(SystemError) in
            try enter("fsync folder")
            let prefix = path == "/" ? "/" : path + "/"
            func inFolder(_ key: String) -> Bool { key.hasPrefix(prefix) && !key.dropFirst(prefix.count).contains("/") }
            for key in syncedEntries.keys where inFolder(key) { syncedEntries[key] = nil }
            for (key, id) in entries where inFolder(key) { syncedEntries[key] = id }
        }
    }

    public func listDirectory(_ path: String) throws(SystemError) -> [String] {
        try guarded { () throws(SystemError) in
            try enter("opendir")
            guard directories.contains(path) else { throw SystemError("opendir", ENOENT) }
            return childNames(path)
        }
    }

    public func status(_ path: String, followLinks: Bool) throws(SystemError) -> FileStatus? {
        try guarded { () throws(SystemError) in
            try enter("stat")
            if directories.contains(path) {
                return FileStatus(kind: .directory, mode: 0o700, size: 0, device: 1, inode: 1, modified: 0)
            }
            guard let id = entries[path], let inode = inodes[id] else { return nil }
            return FileStatus(kind: .regular, mode: inode.mode, size: Int64(inode.data.count), device: 1, inode: id, modified: inode.modified)
        }
    }

    /// The fake keeps no symlinks: the tests of links use the real file system.
    public func symlink(_ target: String, at path: String) throws(SystemError) {
        throw SystemError("symlink", EPERM)
    }

    public func readLink(_ path: String) throws(SystemError) -> String {
        throw SystemError("readlink", EINVAL)
    }

    public func isProcessAlive(_ pid: Int32) -> Bool {
        lock.withLock { alive.contains(pid) }
    }

    public func now() -> Int64 {
        lock.withLock { clock }
    }

}
