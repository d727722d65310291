import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Stamp {
    /// Now, by the current user (`$USER`), in local time with its offset so the ledger reads
    /// as the coordinator's clock did.
    public static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Stamp {
        Stamp(at: timestamp(Date()), by: user(environment))
    }

    public static func timestamp(_ date: Date, timeZone: TimeZone = .current) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
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

extension Ledger {
    /// Sets a task's status, recording when and by whom. Returns false when the task does
    /// not exist; setting the status it already has changes nothing.
    @discardableResult
    public mutating func setStatus(_ status: TaskStatus, task number: Int, stamp: Stamp) -> Bool {
        guard let index = taskIndex(number) else { return false }
        setStatus(status, at: index, stamp: stamp)
        return true
    }

    /// The same by position in `plan.tasks`, for callers that already know it (no search).
    public mutating func setStatus(_ status: TaskStatus, at index: Int, stamp: Stamp) {
        guard plan.tasks[index].status != status else { return }
        plan.tasks[index].status = status
        plan.tasks[index].statusChanged = stamp
    }
}
