import ArgumentParser
import Foundation

/// `taizhang` with no arguments is how the dashboard is opened nearly every time, and
/// ArgumentParser's parse of zero arguments was a quarter of the process's work before the
/// first frame: it reflects every option of the command tree, and looks twice for a request
/// for a completion script. With no arguments there is nothing to parse, so the dashboard is
/// made with its defaults and checked the way the parse checks it.
extension DashboardStart where Options == LedgerChoice {
    /// The dashboard as a parse of no arguments makes it: every option at its default, the
    /// options' and the command's checks run. Nil when they refuse; the caller then parses
    /// `dashboard`, which refuses again with ArgumentParser's message and usage. No
    /// ArgumentParser type is made on the way (`LedgerChoice`).
    static func withoutArguments() -> Self? {
        let start = DashboardStart(options: LedgerChoice(), theme: nil, ascii: false, noMouse: false, today: nil)
        do {
            try start.options.validateChoice()
        } catch {
            return nil
        }
        return start
    }
}

/// The process's environment, read once from the C library's `environ`. The options ask it
/// several questions (the language, whether the plans home is used, where the ledger is), and
/// `ProcessInfo.environment` built a new dictionary at every read; its first read also ran
/// Foundation's generic code through a scan of the binary's conformance records. A name that
/// appears twice keeps its first value, as `getenv` gives it. Nothing in taizhang changes its
/// own environment.
let processEnvironment: [String: String] = {
    var variables: [String: String] = [:]
    var entry: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = environ
    while let pointer = entry.pointee {
        let text = String(cString: pointer)
        if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
            let name = String(text[..<equals])
            if variables[name] == nil {
                variables[name] = String(text[text.index(after: equals)...])
            }
        }
        entry += 1
    }
    return variables
}()
