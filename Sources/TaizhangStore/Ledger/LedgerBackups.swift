#if canImport(Glibc)
import TaizhangModel
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies of the ledger as it was before each save, in a hidden folder beside it
/// (`.ledger.json.backups/`), so a bad change, a bad merge or a file mangled by hand can be
/// walked back. The ten newest are kept, and older ones thin out to the newest of each day
/// (UTC), which keeps a year of work in a few hundred files.
public struct LedgerBackup: Equatable, Sendable {
    /// The file's full path.
    public var path: String
    /// The file name: `ledger-20261127T090509Z-g42.json` (time in UTC, then the generation
    /// of the ledger it holds, then why it was kept when not before a save).
    public var name: String
    /// Seconds since 1970 (UTC) when it was kept.
    public var time: Int64
    /// The generation of the ledger it holds.
    public var generation: Int
    /// Why it was kept, when not before an ordinary save: `schema1` (before a migration),
    /// `unreadable` (a broken ledger replaced by a restore).
    public var reason: String?

    /// The time as `2026-11-27 09:05:09 UTC`.
    public var timeText: String {
        let (day, seconds) = (time >= 0 ? time / 86_400 : (time - 86_399) / 86_400, ((time % 86_400) + 86_400) % 86_400)
        let civil = LedgerBackups.civil(day)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(civil.year)-\(two(civil.month))-\(two(civil.day)) \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60)) UTC"
    }
}

public enum LedgerBackups {
    /// How many of the newest backups are always kept.
    public static let keepNewest = 10

    /// The backups folder of the ledger file at `target` (a symlink already resolved).
    public static func folder(for target: String) -> String {
        FileIO.directory(of: target) + "/." + FileIO.baseName(of: target) + ".backups"
    }

    /// The backups of the ledger at `target`, newest first. Files that are not backups are
    /// ignored; a missing folder is no backups.
    static func list(for target: String, _ fs: any FileSystem) -> [LedgerBackup] {
        let directory = folder(for: target)
        guard let names = try? FileIO.retrying({ () throws(SystemError) in try fs.listDirectory(directory) }) else { return [] }
        return names.compactMap { parse($0, in: directory) }.sorted { ($0.time, $0.generation, $0.name) > ($1.time, $1.generation, $1.name) }
    }

    /// Keeps `bytes` (the ledger before a save, of `generation`) as a new backup, then thins
    /// out old ones. Throws when it cannot be written: a ledger is not replaced without one.
    ///
    /// With `linking`, the backup is first tried as a hard link to the ledger file, which
    /// holds `bytes` (read under the lock): the ledger is only ever replaced by a rename,
    /// never written in place, so the linked file keeps this version after the save, and a
    /// backup costs nothing however large the ledger. Where the folder cannot link (some
    /// network and FAT file systems), or a backup of that name is there already, it is a
    /// copy as before.
    @discardableResult
    static func keep(
        _ bytes: [UInt8], generation: Int, reason: String? = nil, mode: UInt32, for target: String, linking: Bool = false, _ fs: any FileSystem
    ) throws(SystemError) -> LedgerBackup {
        let directory = folder(for: target)
        if try FileIO.retrying({ () throws(SystemError) in try fs.status(directory, followLinks: true) }) == nil {
            // Group or others who may read the ledger may read its backups too.
            let folderMode: UInt32 = 0o700 | (mode & 0o040 != 0 ? 0o050 : 0) | (mode & 0o004 != 0 ? 0o005 : 0)
            do {
                try FileIO.retrying { () throws(SystemError) in try fs.makeDirectory(directory, mode: folderMode) }
            } catch where error.code == EEXIST {}
        }
        let time = fs.now()
        let stem = stemName(of: target)
        let name = "\(stem)-\(stamp(time))-g\(generation)\(reason.map { "-" + $0 } ?? "").json"
        let linked = linking && (try? FileIO.retrying { () throws(SystemError) in try fs.link(target, to: directory + "/" + name) }) != nil
        if !linked {
            try FileIO.replaceAtomically(directory + "/" + name, with: bytes, mode: mode, replacing: true, durable: false, fs)
        }
        prune(for: target, fs)
        return LedgerBackup(path: directory + "/" + name, name: name, time: time, generation: generation, reason: reason)
    }

    /// Removes backups beyond the ten newest that are not the newest of their day.
    static func prune(for target: String, _ fs: any FileSystem) {
        var daysSeen: Set<Int64> = []
        for (index, backup) in list(for: target, fs).enumerated() {
            let day = backup.time >= 0 ? backup.time / 86_400 : (backup.time - 86_399) / 86_400
            let firstOfDay = daysSeen.insert(day).inserted
            if index < keepNewest || firstOfDay { continue }
            _ = try? FileIO.retrying { () throws(SystemError) in try fs.unlink(backup.path) }
        }
    }

    /// `ledger.json` → `ledger`: the start of each backup's name.
    static func stemName(of target: String) -> String {
        let base = FileIO.baseName(of: target)
        return base.hasSuffix(".json") ? String(base.dropLast(5)) : base
    }

    static func parse(_ name: String, in directory: String) -> LedgerBackup? {
        guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
        let parts = name.dropLast(5).split(separator: "-", omittingEmptySubsequences: false)
        // stem may itself hold dashes: find the time part from the end.
        guard let timeIndex = parts.lastIndex(where: { $0.count == 16 && $0.hasSuffix("Z") && $0.dropFirst(8).first == "T" }),
            timeIndex + 1 < parts.count, let time = parseStamp(String(parts[timeIndex])),
            parts[timeIndex + 1].hasPrefix("g"), let generation = Int(parts[timeIndex + 1].dropFirst())
        else { return nil }
        let reason = timeIndex + 2 < parts.count ? parts[(timeIndex + 2)...].joined(separator: "-") : nil
        return LedgerBackup(path: directory + "/" + name, name: name, time: time, generation: generation, reason: reason)
    }

    /// `20261127T090509Z` for a time in seconds since 1970.
    static func stamp(_ time: Int64) -> String {
        let day = time >= 0 ? time / 86_400 : (time - 86_399) / 86_400
        let seconds = time - day * 86_400
        let civil = civil(day)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(civil.year, 4) + pad(civil.month, 2) + pad(civil.day, 2) + "T" + pad(seconds / 3600, 2) + pad(seconds / 60 % 60, 2) + pad(seconds % 60, 2) + "Z"
    }

    static func parseStamp(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count == 16 else { return nil }
        var digits: [Int64] = []
        for (index, byte) in bytes.enumerated() where index != 8 && index != 15 {
            guard (0x30...0x39).contains(byte) else { return nil }
            digits.append(Int64(byte - 0x30))
        }
        func number(_ range: Range<Int>) -> Int64 { digits[range].reduce(0) { $0 * 10 + $1 } }
        let (year, month, day) = (number(0..<4), number(4..<6), number(6..<8))
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return DayDate.daysSince1970(year: year, month: month, day: day) * 86_400 + number(8..<10) * 3600 + number(10..<12) * 60 + number(12..<14)
    }

    /// The civil date of a day number since 1970-01-01.
    static func civil(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let civil = DayDate.civil(daysSince1970: Int(days))
        return (Int64(civil.year), Int64(civil.month), Int64(civil.day))
    }
}
