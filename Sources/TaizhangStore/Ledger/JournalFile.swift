#if canImport(Glibc)
import TaizhangModel
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The history journal of a schema-4 ledger on disk (the format is `LedgerJournal`'s):
/// `ledger.history-1.jsonl` beside `ledger.json`. A save appends its new entries after the
/// committed length (cutting off whatever a crashed save left there first) and flushes them
/// before the ledger naming the new length replaces the old one, so the ledger file stays
/// the one commit point and the cost of a save no longer grows with the history.
///
/// When a save cannot simply append — the file is still schema 3 (its history inline), a
/// broken ledger is replaced by a backup, or the history to write does not extend what the
/// journal holds — the journal is compacted: the whole history is written to a new file with
/// the next number, and the old file stays for the backups that name it until none does.
enum JournalFile {
    /// `ledger.json` → `ledger.history-3.jsonl`.
    static func name(for target: String, number: Int) -> String {
        LedgerBackups.stemName(of: target) + ".history-\(number).jsonl"
    }

    /// The number in a journal file's name, nil for other names.
    static func number(of name: String, for target: String) -> Int? {
        let prefix = LedgerBackups.stemName(of: target) + ".history-"
        guard name.hasPrefix(prefix), name.hasSuffix(".jsonl") else { return nil }
        return Int(name.dropFirst(prefix.count).dropLast(6))
    }

    /// A journal as read: its committed entries, the tail's entries after them, and where the
    /// part read ends.
    typealias Read = (entries: [HistoryEntry], tail: [HistoryEntry], end: Int)

    /// The read a result holds, which the result lets go of (it holds nothing after), so that
    /// the entries are the caller's alone and change in place (`LedgerFile.withJournal`).
    static func taken(_ result: inout Result<Read, LedgerError>) throws(LedgerError) -> Read {
        let read = try result.get()
        result = .success(([], [], 0))
        return read
    }

    /// The ledger's history as its journal holds it, and with `withTail` the whole lines
    /// after it (see `LedgerJournal.read`). `folder` is the ledger's own folder (a backup's
    /// journal is there too); `path` names the ledger in errors.
    static func read(
        _ reference: JournalReference, folder: String, path: String, known: (reference: JournalReference, entries: [HistoryEntry])? = nil,
        withTail: Bool = false, _ fs: any FileSystem
    ) throws(LedgerError) -> Read {
        let bytes: [UInt8]?
        do {
            bytes = try FileIO.readRegularFile(folder + "/" + reference.file, limit: LedgerFile.maximumSize * 4, fs)
        } catch {
            throw .journal(path: path, file: reference.file, problem: .unreadable(error))
        }
        guard let bytes else { throw .journal(path: path, file: reference.file, problem: .missing) }
        return try LedgerJournal.read(bytes, reference: reference, path: path, known: known, withTail: withTail)
    }

    /// Appends `entries` after the committed part of the journal `reference` names, and
    /// flushes them: the reference a ledger holding them names.
    static func append(_ entries: ArraySlice<HistoryEntry>, to reference: JournalReference, folder: String, mode: UInt32, _ fs: any FileSystem) throws(SystemError) -> JournalReference {
        let lines = LedgerJournal.lines(entries)
        let fd = try FileIO.retrying { () throws(SystemError) in try fs.openForAppending(folder + "/" + reference.file, mode: mode) }
        do {
            // What a crashed save left past the committed part is nobody's: cut it off.
            try FileIO.retrying { () throws(SystemError) in try fs.truncate(fd, to: Int64(reference.bytes)) }
        } catch {
            try? fs.close(fd)
            throw error
        }
        try FileIO.fill(fd, with: lines, durable: true, fs)
        return JournalReference(file: reference.file, entries: reference.entries + entries.count, bytes: reference.bytes + lines.count)
    }

    /// Cuts the journal back to `reference`: what a save appended after it, when writing the
    /// ledger that named it failed.
    static func cut(to reference: JournalReference, folder: String, _ fs: any FileSystem) throws(SystemError) {
        let fd = try FileIO.retrying { () throws(SystemError) in try fs.openForAppending(folder + "/" + reference.file, mode: 0o600) }
        defer { try? fs.close(fd) }
        try FileIO.retrying { () throws(SystemError) in try fs.truncate(fd, to: Int64(reference.bytes)) }
    }

    /// Writes the whole `history` to a new journal file (the next number after every one
    /// there), flushed with its folder entry: the reference a ledger holding it names.
    static func compact(_ history: [HistoryEntry], for target: String, mode: UInt32, _ fs: any FileSystem) throws(SystemError) -> JournalReference {
        let folder = FileIO.directory(of: target)
        let names = try FileIO.retrying { () throws(SystemError) in try fs.listDirectory(folder) }
        let next = (names.compactMap { number(of: $0, for: target) }.max() ?? 0) + 1
        let file = name(for: target, number: next)
        let lines = LedgerJournal.lines(history)
        try FileIO.replaceAtomically(folder + "/" + file, with: lines, mode: mode, replacing: true, fs)
        return JournalReference(file: file, entries: history.count, bytes: lines.count)
    }

    /// Whether the journal `file`, which the ledger `target` (resolved) names, is another
    /// ledger's: not named for `target`, and the ledger it is named for is in the folder. A
    /// ledger copied with `cp` under a new name names the original's journal; its tail is the
    /// original's unsaved changes, not the copy's, and appending to it would cut them off. Such
    /// a ledger reads the journal's committed part only and compacts into a journal of its own
    /// at its first save. (A ledger moved under a new name, as one adopted into the plans home,
    /// keeps its journal's old name too, but no ledger of that name is left beside it.)
    static func isAnotherLedgers(_ file: String, namedBy target: String, _ fs: any FileSystem) -> Bool {
        guard number(of: file, for: target) == nil, let stem = stem(of: file) else { return false }
        let owner = FileIO.directory(of: target) + "/" + stem + ".json"
        guard let status = try? FileIO.retrying({ () throws(SystemError) in try fs.status(owner, followLinks: true) }),
            status.kind == .regular
        else { return false }
        return ((try? FileIO.resolvedTarget(owner, fs)) ?? owner) != target
    }

    /// The journal files beside the ledger `target` that belong to it: every one named for
    /// it, and the one the ledger itself names when that is another (a ledger adopted into
    /// the plans home keeps its journal's old name, `ledger.history-1.jsonl`). What moves
    /// with the ledger when it moves.
    static func files(of target: String, _ fs: any FileSystem) throws(SystemError) -> [String] {
        let folder = FileIO.directory(of: target)
        let names = try FileIO.retrying { () throws(SystemError) in try fs.listDirectory(folder) }
        var files = names.filter { number(of: $0, for: target) != nil }
        if let head = try? FileIO.readAll(target, fs, stoppingAfter: 4096), let named = referencedFile(in: head),
            !files.contains(named), names.contains(named)
        {
            files.append(named)
        }
        return files.sorted()
    }

    /// Removes the journal files beside `target` that neither the ledger (`keeping`), nor
    /// any backup, nor any other ledger in the folder or its backups names any more: those
    /// named for it, and strays, named for a ledger that is no longer in the folder (a ledger
    /// moved under a new name keeps its journal's old name, as one adopted into the plans
    /// home keeps `ledger.history-1.jsonl`). Anything it cannot look at keeps every journal.
    /// Returns the names removed.
    @discardableResult
    static func removeUnused(for target: String, keeping current: String?, _ fs: any FileSystem) -> [String] {
        let folder = FileIO.directory(of: target)
        guard let names = try? FileIO.retrying({ () throws(SystemError) in try fs.listDirectory(folder) }) else { return [] }
        let own = names.filter { number(of: $0, for: target) != nil }
        let strays = names.filter { name in
            guard let stem = stem(of: name) else { return false }
            return number(of: name, for: target) == nil && !names.contains(stem + ".json")
        }
        guard !own.isEmpty || !strays.isEmpty else { return [] }
        var named: Set<String> = current.map { [$0] } ?? []
        /// The journal the file at `path` names, false when it cannot be looked at.
        func look(_ path: String) -> Bool {
            guard (try? FileIO.retrying({ () throws(SystemError) in try fs.status(path, followLinks: true) }))??.kind == .regular,
                let head = try? FileIO.readAll(path, fs, stoppingAfter: 4096)
            else { return false }
            if let file = referencedFile(in: head) { named.insert(file) }
            return true
        }
        for backup in LedgerBackups.list(for: target, fs) where !look(backup.path) { return [] }
        // What the other ledgers here and their backups name: a stray's, and also one of
        // ours, which a copy of this ledger made with `cp` names (see `isAnotherLedgers`).
        let others = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && folder + "/" + $0 != target }.map { folder + "/" + $0 }
        for other in others where !look(other) || LedgerBackups.list(for: other, fs).contains(where: { !look($0.path) }) {
            return []
        }
        var removed: [String] = []
        for name in (own + strays).sorted() where !named.contains(name) {
            if (try? FileIO.retrying({ () throws(SystemError) in try fs.unlink(folder + "/" + name) })) != nil { removed.append(name) }
        }
        return removed
    }

    /// `ledger` for `ledger.history-3.jsonl`; nil for a name no journal has.
    static func stem(of name: String) -> String? {
        guard name.hasSuffix(".jsonl"), !name.hasPrefix(".") else { return nil }
        let core = name.dropLast(6)
        guard let dash = core.lastIndex(of: "-"), Int(core[core.index(after: dash)...]) != nil else { return nil }
        let before = core[..<dash]
        guard before.hasSuffix(".history"), before.count > 8 else { return nil }
        return String(before.dropLast(8))
    }

    /// The whole `journal` member near a ledger file's top, as taizhang writes it (`file`,
    /// `entries`, `bytes` in that order, on lines of their own): what lets its journal be
    /// read while the file itself is decoded. Nil for anything else; the decoder then reads
    /// it in turn, and says what is wrong.
    static func referenceAhead(in head: ArraySlice<UInt8>) -> JournalReference? {
        guard let key = head.firstRange(of: Array("\"journal\": {".utf8)) else { return nil }
        let rest = head[key.upperBound...]
        guard let close = rest.firstIndex(of: UInt8(ascii: "}")) else { return nil }
        let member = rest[..<close]
        func after(_ label: String) -> ArraySlice<UInt8>? {
            member.firstRange(of: Array(label.utf8)).map { member[$0.upperBound...] }
        }
        func number(_ label: String) -> Int? {
            guard let digits = after(label)?.prefix(while: { (0x30...0x39).contains($0) }), !digits.isEmpty, digits.count < 16 else { return nil }
            return Int(String(decoding: digits, as: UTF8.self))
        }
        guard let quoted = after("\"file\": \""), let end = quoted.firstIndex(of: UInt8(ascii: "\"")),
            !quoted[..<end].contains(UInt8(ascii: "\\")),
            let entries = number("\"entries\": "), let bytes = number("\"bytes\": ")
        else { return nil }
        return JournalReference(file: String(decoding: quoted[..<end], as: UTF8.self), entries: entries, bytes: bytes)
    }

    /// The journal a ledger file names near its top (`"journal": {"file": "…"`), as
    /// taizhang writes it; nil for a self-contained one.
    static func referencedFile(in head: [UInt8]) -> String? {
        guard let key = head.firstRange(of: Array("\"journal\": {".utf8)) else { return nil }
        let rest = head[key.upperBound...]
        guard let file = rest.firstRange(of: Array("\"file\": \"".utf8)) else { return nil }
        let name = rest[file.upperBound...].prefix { $0 != UInt8(ascii: "\"") }
        return String(decoding: name, as: UTF8.self)
    }
}
