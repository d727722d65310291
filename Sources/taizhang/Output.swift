import ArgumentParser
import Foundation
import TaizhangText
import TaizhangWords

/// Everything the command line writes to a terminal passes through here, so no byte of a
/// plan, a note or a name planted by anyone who shares the ledger can reach the terminal as
/// a control sequence: within this module `print` is this function, not the standard
/// library's, and errors are printed by `Taizhang.main`.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    writeOut(TerminalSafe.sanitize(text, keepNewlines: true) + TerminalSafe.sanitize(terminator, keepNewlines: true))
}

/// A line on standard error, made terminal-safe like `print`.
func printError(_ line: String, newline: Bool = true) {
    let text = TerminalSafe.sanitize(line, keepNewlines: true) + (newline ? "\n" : "")
    FileHandle.standardError.write(Data(text.utf8))
}

private func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// `show -1` would otherwise read as an unknown option `-1`: say what is wrong instead.
struct NegativeNumber: Error, CustomStringConvertible {
    var argument: String
    var description: String {
        Taizhang.language == .chinese
            ? "\(argument) 不是任务编号：任务编号从 1 开始"
            : "\(argument) is not a task number: task numbers start at 1"
    }
}

extension Taizhang {
    /// The language of messages before the options are parsed: `--lang`, else the locale's.
    static var language: Language {
        let arguments = Array(CommandLine.arguments.dropFirst())
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) { return language }
        }
        return Language.from(environment: processEnvironment)
    }

    static func refuseNegativeNumbers() throws {
        if let argument = CommandLine.arguments.dropFirst().first(where: { $0.count > 1 && $0.hasPrefix("-") && $0.dropFirst().allSatisfy(\.isNumber) }) {
            throw CommandError(NegativeNumber(argument: argument).description)
        }
    }

    /// ArgumentParser's own `main`, but with every error printed through the sanitizer: an
    /// error may quote a broken ledger's strings, a file name or a sheet name.
    static func main() {
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let dashboard = DashboardStart<LedgerChoice>.plain(arguments) {
                try dashboard.run()
                return
            }
            try refuseNegativeNumbers()
            let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName })
            // No arguments that the dashboard refused: parsed as `dashboard`, so the refusal
            // comes with the dashboard's usage rather than the whole command list.
            var command = try parseAsRoot(arguments.isEmpty ? ["dashboard"] : ArgumentOrder.subcommandFirst(arguments, subcommands: names))
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version: ArgumentParser's text, to standard output.
                print(fullMessage(for: error))
            } else {
                var message = fullMessage(for: error)
                if language == .chinese, message.hasPrefix("Error: ") { message = "错误：" + message.dropFirst(7) }
                if !message.isEmpty { printError(message) }
            }
            exit(withError: ExitCode(code.rawValue))
        }
    }
}
