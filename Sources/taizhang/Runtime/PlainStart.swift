import ArgumentParser
import TaizhangModel
import Foundation

/// `taizhang` with no arguments is how the dashboard is opened nearly every time, and
/// ArgumentParser's parse of zero arguments was a quarter of the process's work before the
/// first frame: it reflects every option of the command tree, and looks twice for a request
/// for a completion script. With no arguments there is nothing to parse, so the dashboard is
/// made with its defaults and checked the way the parse checks it. The other common starts
/// name the plan or the ledger (`taizhang --plan 2024`, `taizhang --ledger FILE`), or set the
/// dashboard's own options (`--lang zh`, `--theme light`, `--today 2026-06-30`, `--ascii`,
/// `--no-mouse`): those are read here too, so a start with them costs what a plain one does.
extension DashboardStart where Options == LedgerChoice {
    /// The dashboard as a parse of `arguments` makes it, when they are only the dashboard's
    /// options, each at most once: `--ledger`, `--plan`, `--lang`, `--theme` and `--today`
    /// with a value (`--plan NAME` or `--plan=NAME`; a value that is empty or starts with
    /// `-` is left to the parse), `--ascii` and `--no-mouse` alone. Every other option at
    /// its default, the options' checks run. Nil for anything else, or when a check refuses
    /// (an unknown language, a day that is no day): the caller then parses the arguments,
    /// which gives ArgumentParser's own answer, refusals with their usage. No ArgumentParser
    /// type is made on the way (`LedgerChoice`).
    static func plain(_ arguments: [String]) -> Self? {
        var start = DashboardStart(options: LedgerChoice(), theme: nil, ascii: false, noMouse: false, today: nil)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--ascii" where !start.ascii: start.ascii = true; index += 1; continue
            case "--no-mouse" where !start.noMouse: start.noMouse = true; index += 1; continue
            default: break
            }
            let name: String
            let value: String
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
                index += 1
            } else {
                guard index + 1 < arguments.count else { return nil }
                name = argument
                value = arguments[index + 1]
                index += 2
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "--ledger" where start.options.ledger == nil: start.options.ledger = value
            case "--plan" where start.options.plan == nil: start.options.plan = value
            case "--lang" where start.options.lang == nil: start.options.lang = value
            case "--theme" where start.theme == nil: start.theme = value
            case "--today" where start.today == nil:
                // The parse's `validate` refuses a day that is no day, with its words.
                guard DayDate(value) != nil else { return nil }
                start.today = value
            default: return nil
            }
        }
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
