import ArgumentParser
import Foundation
import TaizhangModel

/// The `--ledger` option every command shares, and opening the ledger it names.
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The ledger file.", valueName: "path"))
    var ledger: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var path: String { LedgerLocation.resolve(explicit: ledger, environment: environment) }

    /// The path as people write it, with the home folder as ~.
    var displayPath: String {
        let path = self.path
        guard let home = environment["HOME"], home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// The ledger, created from the bundled plan when there is none yet. A file that exists
    /// but cannot be read is an error: it is never replaced.
    func openOrCreate() throws -> (ledger: Ledger, created: Bool) {
        let path = self.path
        if let ledger = try LedgerFile.read(path) { return (ledger, false) }
        let ledger = Ledger.bundled()
        do {
            try LedgerFile.create(ledger, at: path)
        } catch LedgerError.exists {
            // Another process created it between our read and our write: use theirs.
            if let theirs = try LedgerFile.read(path) { return (theirs, false) }
        }
        return (ledger, true)
    }

    /// The ledger for reading only: the bundled plan in memory when there is no file, so a
    /// look at the plan never writes anything.
    func openForReading() throws -> Ledger {
        try LedgerFile.read(path) ?? Ledger.bundled()
    }
}

/// A command-line failure with its message; ArgumentParser prints it and exits non-zero.
struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
