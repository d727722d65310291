import TaizhangImport
import TaizhangStore
import ArgumentParser
import Foundation
import TaizhangModel
import TaizhangWords

/// The `--ledger` option every command shares, and opening the ledger it names through
/// `LedgerStore` (locking, merging another writer's save, backups, migration).
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The ledger file.", valueName: "path"))
    var ledger: String?
    @Option(name: .long, help: ArgumentHelp("Interface language: en or zh (default: from LC_ALL, LC_MESSAGES, LANG).", valueName: "lang"))
    var lang: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The language messages are written in: `--lang`, else the locale's.
    var language: Language { lang.flatMap(Language.init(rawValue:)) ?? Language.from(environment: environment) }

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang must be en or zh, not \(lang)")
        }
    }

    var path: String { LedgerLocation.resolve(explicit: ledger, environment: environment) }

    /// The path as people write it, with the home folder as ~.
    var displayPath: String {
        let path = self.path
        guard let home = environment["HOME"], home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// The store and what it opened, for commands that change the ledger. A newer schema
    /// opens read-only (saving then fails with a plain message); an older one is migrated.
    func openStore() throws -> (store: LedgerStore, opened: LedgerStore.Opened) {
        var store = LedgerStore(path: path)
        do {
            let opened = try store.load(creatingWith: .bundled())
            if let schema = opened.migratedFrom {
                printError("taizhang: migrated the ledger from schema \(schema) to \(Ledger.schema); the original is kept among the backups")
            }
            return (store, opened)
        } catch {
            throw CommandError(error.words(language) + backupHint(store))
        }
    }

    /// The ledger for reading only: the bundled plan in memory when there is no file, so a
    /// look at the plan never writes anything.
    func openForReading() throws -> Ledger {
        var store = LedgerStore(path: path)
        do {
            return try store.loadForReading() ?? Ledger.bundled()
        } catch {
            throw CommandError(error.words(language) + backupHint(store))
        }
    }

    /// "…; the newest good backup is …": how to get back to work after a broken ledger.
    func backupHint(_ store: LedgerStore) -> String {
        guard let (backup, _) = store.newestReadableBackup() else { return "" }
        return "\nthe newest backup that reads is \(backup.name) (\(backup.timeText)); `taizhang restore \(backup.name)` brings it back"
    }
}

/// A command-line failure with its message; ArgumentParser prints it and exits non-zero.
struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
