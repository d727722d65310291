import ArgumentParser
import Foundation
import TaizhangText

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

extension Taizhang {
    /// ArgumentParser's own `main`, but with every error printed through the sanitizer: an
    /// error may quote a broken ledger's strings, a file name or a sheet name.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version: ArgumentParser's text, to standard output.
                print(fullMessage(for: error))
            } else {
                let message = fullMessage(for: error)
                if !message.isEmpty { printError(message) }
            }
            exit(withError: ExitCode(code.rawValue))
        }
    }
}
