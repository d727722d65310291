import TaizhangImport
import TaizhangStore
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
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
        do {
            _ = try LedgerLocation.locate(explicit: ledger, environment: environment)
        } catch {
            throw ValidationError(error.words(language))
        }
    }

    /// Where the ledger is (`validate` has checked there is somewhere).
    var location: LedgerLocation.Resolved {
        (try? LedgerLocation.locate(explicit: ledger, environment: environment)) ?? LedgerLocation.Resolved(path: ledger ?? "", named: true)
    }

    var path: String { location.path }

    /// The path as people write it, with the home folder as ~.
    var displayPath: String {
        let path = self.path
        guard let home = environment["HOME"], home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// The store and what it opened, for commands that change the ledger and the dashboard.
    /// A newer schema opens read-only (saving then fails with a plain message); an older one
    /// is migrated. With no ledger there yet, one is made from the bundled plan, and a line
    /// on standard error says so; but never in a folder that does not exist at a path the
    /// user typed, which is far more likely a typo than a wish for new folders.
    func openStore() throws -> (store: LedgerStore, opened: LedgerStore.Opened) {
        var store = LedgerStore(path: path)
        if location.named, !exists(path), !exists(folder(of: path)) {
            throw CommandError(LedgerError.writeFailed(path: path, reason: .noFolder(folder(of: path))).words(language))
        }
        do {
            let opened = try store.load(creatingWith: .bundled())
            if opened.created {
                printError(language == .chinese
                    ? "taizhang：已根据内置的珠海2022方案新建台账 \(displayPath)"
                    : "taizhang: created \(displayPath) from the bundled Zhuhai 2022 plan")
            }
            if let schema = opened.migratedFrom {
                printError(language == .chinese
                    ? "taizhang：台账已从第 \(schema) 版格式升级到第 \(Ledger.schema) 版，原文件已备份"
                    : "taizhang: migrated the ledger from schema \(schema) to \(Ledger.schema); the original is kept among the backups")
            }
            return (store, opened)
        } catch {
            throw CommandError(error.words(language) + backupHint(store))
        }
    }

    /// The ledger for commands that only look. A missing ledger is an error naming the path:
    /// reporting on a ledger that is not there (a typo) must not look like a report.
    func openForReading() throws -> Ledger {
        guard let ledger = try existingLedger() else {
            let hint = language == .chinese
                ? "\n运行 taizhang 可根据内置方案新建台账，或用 taizhang import 文件 导入一个方案"
                : "\nrun `taizhang` to start one from the bundled plan, or `taizhang import FILE` to import a plan"
            throw CommandError(LedgerError.missing(path: path).words(language) + hint)
        }
        return ledger
    }

    /// The ledger as it is on disk, without writing anything; nil when there is none yet.
    func existingLedger() throws -> Ledger? {
        var store = LedgerStore(path: path)
        do throws(LedgerError) {
            return try store.loadForReading()
        } catch {
            throw CommandError(error.words(language) + backupHint(store))
        }
    }

    private func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
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
