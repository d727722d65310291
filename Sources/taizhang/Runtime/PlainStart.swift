import ArgumentParser
import Foundation

/// `taizhang` with no arguments is how the dashboard is opened nearly every time, and
/// ArgumentParser's parse of zero arguments was a quarter of the process's work before the
/// first frame: it reflects every option of the command tree, and looks twice for a request
/// for a completion script. With no arguments there is nothing to parse, so the dashboard is
/// made with its defaults and checked the way the parse checks it.
extension DashboardCommand {
    /// The dashboard as a parse of no arguments makes it: every option at its default, the
    /// options' and the command's `validate` run. Nil when either refuses; the caller then
    /// parses `dashboard`, which refuses again with ArgumentParser's message and usage.
    ///
    /// Every property must be set here: one left out stops the program on first read, which
    /// every dashboard test started without arguments would show.
    static func withoutArguments() -> DashboardCommand? {
        var options = LedgerOptions()
        options.ledger = nil
        options.plan = nil
        options.lang = nil
        var command = DashboardCommand()
        command.options = options
        command.theme = nil
        command.ascii = false
        command.noMouse = false
        command.today = nil
        do {
            try command.options.validate()
            try command.validate()
        } catch {
            return nil
        }
        return command
    }
}

/// The process's environment, read once. `ProcessInfo.processInfo.environment` builds a new
/// dictionary from `environ` at every read, and the options read it for each question (the
/// language, whether the plans home is used, where the ledger is): a few percent of the
/// dashboard's start. Nothing in taizhang changes its own environment.
let processEnvironment = ProcessInfo.processInfo.environment
