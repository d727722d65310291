import TaizhangImport
import TaizhangStore
import TaizhangPostgres
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TaizhangModel
import TaizhangWords

/// Which ledger the options name and how it is opened, for `LedgerOptions` and
/// `LedgerChoice` alike.
protocol LedgerChoosing {
    var ledger: String? { get set }
    var plan: String? { get set }
    var lang: String? { get set }
}

extension LedgerChoosing {
    var environment: [String: String] { processEnvironment }

    /// The language messages are written in: `--lang`, else the locale's.
    var language: Language { lang.flatMap(Language.init(rawValue:)) ?? Language.from(environment: environment) }

    /// ArgumentParser's `validate` for `LedgerOptions`, and the plain start's check.
    func validateChoice() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang must be en or zh, not \(lang)")
        }
        if usesHome, let home = try? PlansHome.locate(environment: environment) {
            adoptOldDefaultLedger(into: home)
            // The current plan stays the current one: adding a plan never changes which
            // plan a command without --plan works on.
            if plan == nil, home.lastUsed() == nil, let current = try? home.currentPlan() { home.remember(current) }
        }
        do {
            _ = try resolve()
        } catch {
            throw ValidationError(error.words(language))
        }
    }

    /// Where the ledger is (`validate` has checked there is somewhere).
    var address: LedgerAddress {
        (try? resolve().address) ?? .file(LedgerLocation.Resolved(path: ledger ?? "", named: true))
    }

    /// The plan's name in the plans home; nil for a ledger named by path or URL.
    var planName: PlanName? { (try? resolve())?.plan }

    /// The ledger is a plan in the plans home: nothing names a file or a database instead.
    var usesHome: Bool {
        if ledger != nil { return false }
        guard let named = environment["TAIZHANG_LEDGER"], !named.isEmpty else { return true }
        // `--plan` beats a ledger file in the environment, not a database (it names its plan).
        return plan != nil && !DatabaseAddress.looksLikeURL(named)
    }

    /// The plans home (`plans`, `workload --all`).
    func home() throws -> PlansHome {
        do { return try PlansHome.locate(environment: environment) } catch { throw CommandError(error.words(language)) }
    }

    /// What the options name: `--ledger` or TAIZHANG_LEDGER as before (with `--plan`, a
    /// database URL's plan); otherwise a plan in the home, `--plan`, else the one used last,
    /// else (an empty home) the bundled plan under its made name, created on first open.
    func resolve() throws(LedgerChoiceProblem) -> (address: LedgerAddress, plan: PlanName?) {
        if !usesHome {
            var address: LedgerAddress
            do { address = try LedgerAddress.locate(explicit: ledger, environment: environment) } catch { throw .address(error) }
            if let plan {
                guard case .database(var database) = address else { throw .home(.planWithLedgerFile) }
                database.plan = plan
                address = .database(database)
            }
            return (address, nil)
        }
        do {
            let home = try PlansHome.locate(environment: environment)
            let name: PlanName
            var archived = false
            if let plan {
                (name, archived) = try home.find(plan)
            } else if let current = try home.currentPlan() {
                name = current
            } else {
                name = try home.madeName(for: .bundled())
            }
            return (.file(LedgerLocation.Resolved(path: home.path(of: name, archived: archived), named: false)), name)
        } catch .noHome {
            // The same words as for the single ledger: nowhere to keep one.
            throw .address(.location(.noHome))
        } catch {
            throw .home(error)
        }
    }

    /// Moves a ledger at the old default place into the home, saying so on standard error.
    private func adoptOldDefaultLedger(into home: PlansHome) {
        do {
            guard let name = try home.adoptOldDefaultLedger() else { return }
            printError(language == .chinese
                ? "taizhang：已将原台账 \(shown(home.oldDefaultLedger)) 移入方案库，名为“\(name)”（\(shown(home.path(of: name)))），内容未作任何改动"
                : "taizhang: moved the ledger \(shown(home.oldDefaultLedger)) into the plans home as \(name) (\(shown(home.path(of: name)))); its content is unchanged")
        } catch {
            printError("taizhang: " + error.words(language))
        }
    }

    /// A path with the home folder as ~.
    func shown(_ path: String) -> String {
        guard let home = environment["HOME"], home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// The ledger's name in messages: its path, or its database URL.
    var path: String { address.name }

    /// The path as people write it, with the home folder as ~; a URL as it is.
    var displayPath: String {
        guard case .file = address else { return path }
        return shown(path)
    }

    /// The store for the ledger, not opened yet. A database that cannot be reached, or that
    /// turns the account away, is an error here.
    func store() throws -> any LedgerStoring {
        switch address {
        case .file(let location):
            if location.named, !exists(location.path), !exists(folder(of: location.path)) {
                throw CommandError(LedgerError.writeFailed(path: location.path, reason: .noFolder(folder(of: location.path))).words(language))
            }
            return FileStore(path: location.path)
        case .database(let database):
            do {
                return try PostgresStore.connect(database, environment: environment)
            } catch {
                throw CommandError(error.words(language))
            }
        }
    }

    /// The file store, for what only a file has (backups, restore); a database ledger is
    /// refused with what to do instead.
    func fileStore(for work: ServerProblem.FileOnlyWork) throws -> LedgerStore {
        guard case .file(let location) = address else {
            throw CommandError(StoreError.server(.fileOnly(work), ledger: path).words(language))
        }
        return LedgerStore(path: location.path)
    }

    /// Opens the ledger for a command that changes it or for the dashboard. A newer schema
    /// opens read-only (saving then fails with a plain message); an older one is migrated.
    /// With no ledger there yet, one is made from the bundled plan, and a line on standard
    /// error says so; but never in a folder that does not exist at a path the user typed,
    /// which is far more likely a typo than a wish for new folders.
    func openStore() throws -> (store: any LedgerStoring, opened: OpenedLedger) {
        var store = try store()
        let opened = try open(&store)
        return (store, opened)
    }

    /// Opens `store` (see `openStore`).
    func open(_ store: inout any LedgerStoring) throws -> OpenedLedger {
        do {
            let opened = try store.open(creatingWith: .bundled())
            if opened.created {
                if case .database = address {
                    printError("taizhang: " + SharedLedgerMessage.createdPlan(url: path).words(language))
                } else {
                    printError(language == .chinese
                        ? "taizhang：已根据内置的珠海2022方案新建台账 \(displayPath)"
                        : "taizhang: created \(displayPath) from the bundled Zhuhai 2022 plan")
                }
            }
            if let schema = opened.migratedFrom {
                printError(language == .chinese
                    ? "taizhang：台账已从第 \(schema) 版格式升级到第 \(Ledger.schema) 版，原文件已备份"
                    : "taizhang: migrated the ledger from schema \(schema) to \(Ledger.schema); the original is kept among the backups")
            }
            return opened
        } catch {
            throw CommandError(error.words(language) + backupHint())
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

    /// The ledger as it is now, without writing anything; nil when there is none yet.
    func existingLedger() throws -> Ledger? {
        var store = try store()
        defer { store.close() }
        return try read(&store)
    }

    /// Reads through `store` (see `existingLedger`).
    func read(_ store: inout any LedgerStoring) throws -> Ledger? {
        do {
            return try store.read()
        } catch {
            throw CommandError(error.words(language) + backupHint())
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

    /// "…; the newest good backup is …": how to get back to work after a broken ledger file.
    func backupHint() -> String {
        guard case .file(let location) = address, let (backup, _) = LedgerStore(path: location.path).newestReadableBackup() else { return "" }
        return "\nthe newest backup that reads is \(backup.name) (\(backup.timeText)); `taizhang restore \(backup.name)` brings it back"
    }
}

/// Why the options name no ledger: a bad `--ledger`, or a plan the home does not have.
enum LedgerChoiceProblem: Error {
    case address(LedgerAddress.Problem)
    case home(PlansHomeError)

    func words(_ language: Language) -> String {
        switch self {
        case .address(let problem): problem.words(language)
        case .home(let error): error.words(language)
        }
    }
}
