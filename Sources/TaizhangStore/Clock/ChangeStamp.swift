import TaizhangModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Stamp {
    /// Now, by the current user (`$USER`), in local time with its offset so the ledger reads
    /// as the coordinator's clock did.
    public static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Stamp {
        clock(environment: environment)()
    }

    /// A clock for one dashboard session: who is found once (the environment, else the
    /// account) and the formatter made once, so each change reads only the time. Making them
    /// for every change (the environment copied into a dictionary, a formatter and its time
    /// zone, the account looked up in /etc/passwd) was a sixth of what Space cost.
    public static func clock(environment: [String: String] = ProcessInfo.processInfo.environment) -> () -> Stamp {
        let by = user(environment)
        let formatter = Self.formatter(timeZone: .current)
        return { Stamp(at: formatter.string(from: Date()), by: by) }
    }

    public static func timestamp(_ date: Date, timeZone: TimeZone = .current) -> String {
        formatter(timeZone: timeZone).string(from: date)
    }

    /// `2026-11-27T17:05:09+08:00` (UTC as `Z`): the one form of a stamp's time.
    private static func formatter(timeZone: TimeZone) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }

    public static func user(_ environment: [String: String]) -> String {
        for key in ["USER", "LOGNAME"] {
            if let name = environment[key], !name.isEmpty { return name }
        }
        // Sessions started by cron, sudo or tmux may lack $USER; the account name still knows.
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "unknown"
    }
}

