import Foundation
import TaizhangModel

/// What makes a returned form certain to match: which ledger it came from, for which unit
/// and period, when it was made, and for each task a checksum of the text the unit saw.
/// Written into every form twice: on a hidden sheet, and in a hidden column of the sheet the
/// unit fills (its first cell the form's key, each task row its row's key), so rows keep
/// their key when sorted or filtered and a form saved as CSV still carries it.
public struct FormKey: Hashable, Sendable {
    public static let marker = "taizhang-form"
    public static let version = 1

    /// `LedgerIdentity.of` the ledger the form was made from.
    public var ledger: String
    /// The unit as the workload names it (aliases applied).
    public var unit: String
    public var period: ReportingCycle.Period
    /// When the form was made (ISO 8601): what the coordinator changes after it are theirs.
    public var made: String

    public init(ledger: String, unit: String, period: ReportingCycle.Period, made: String) {
        self.ledger = ledger
        self.unit = unit
        self.period = period
        self.made = made
    }

    /// `taizhang-form|1|<ledger>|<period>|<start>|<due>|<made>|<unit>`, `|` and `%` escaped.
    public var text: String {
        [Self.marker, String(Self.version), ledger, period.label, period.start.description, period.due.description, made, unit]
            .map(KeyText.escape).joined(separator: "|")
    }

    public init?(text: String) {
        let parts = KeyText.fields(text)
        guard parts.count == 8, parts[0] == Self.marker, parts[1] == String(Self.version),
            let start = DayDate(parts[4]), let due = DayDate(parts[5]), !parts[7].isEmpty
        else { return nil }
        self.init(ledger: parts[2], unit: parts[7], period: ReportingCycle.Period(named: parts[3], start: start, due: due), made: parts[6])
    }
}

/// One task row's key: the task, the checksum of its text as the form showed it, and where it
/// stood when the form was made (status, and whether the unit's part was done).
public struct RowKey: Hashable, Sendable {
    public static let marker = "tz"

    public var task: Int
    public var checksum: String
    public var status: TaskStatus
    public var partDone: Bool

    public init(task: Int, checksum: String, status: TaskStatus, partDone: Bool) {
        self.task = task
        self.checksum = checksum
        self.status = status
        self.partDone = partDone
    }

    /// `tz|4|1a2b…|todo|0`.
    public var text: String {
        [Self.marker, String(task), checksum, status.rawValue, partDone ? "1" : "0"].joined(separator: "|")
    }

    public init?(text: String) {
        let parts = KeyText.fields(text.trimmingCharacters(in: .whitespaces))
        guard parts.count == 5, parts[0] == Self.marker, let task = Int(parts[1]), let status = TaskStatus(rawValue: parts[3]) else { return nil }
        self.init(task: task, checksum: parts[2], status: status, partDone: parts[4] == "1")
    }
}

/// Escaping for the `|`-separated keys: `%` and `|` as `%25` and `%7C`.
enum KeyText {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "%": out += "%25"
            case "|": out += "%7C"
            default: out.append(character)
            }
        }
        return out
    }

    static func fields(_ text: String) -> [String] {
        text.split(separator: "|", omittingEmptySubsequences: false).map { field in
            String(field).replacingOccurrences(of: "%7C", with: "|").replacingOccurrences(of: "%25", with: "%")
        }
    }
}

/// Which ledger a form belongs to. A ledger stores no identity of its own, so it is read off
/// what no change can alter: where the plan came from and the text of every task. Backups,
/// restores and copies of one 台账 share it (their returns belong to it); another plan never
/// does. Two ledgers imported from the same plan file share it too, as they should: a return
/// answers the plan's tasks.
public enum LedgerIdentity {
    public static func of(_ ledger: Ledger) -> String {
        var hasher = Checksum()
        hasher.add(ledger.source)
        for task in ledger.plan.tasks {
            hasher.add("\u{1E}\(task.number)\u{1F}")
            hasher.add(task.text)
        }
        return hasher.hex
    }
}

/// The checksum of a task's text as a form shows it: 64-bit FNV-1a over the text without its
/// whitespace, so a program re-saving the form (line breaks as CR LF, a trailing space) does
/// not make it differ, while any edit to the words does.
public enum TaskChecksum {
    public static func of(_ text: String) -> String {
        var hasher = Checksum()
        hasher.add(String(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
        return hasher.hex
    }
}

/// FNV-1a, 64 bits: not for secrets, only to tell texts apart.
struct Checksum {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
    }

    var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
