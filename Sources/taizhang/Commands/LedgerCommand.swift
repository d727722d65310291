import ArgumentParser
import Foundation
import TaizhangModel
import TaizhangPostgres
import TaizhangStore
import TaizhangWords

/// `taizhang ledger init | push | pull | grant`: a shared ledger on a PostgreSQL server.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "Share a ledger through a PostgreSQL database.",
        discussion: """
            URL is postgresql://USER@HOST[:PORT]/DB?plan=NAME; the password comes from \
            PGPASSWORD or ~/.pgpass, never from the command line. Any command takes such a URL \
            as --ledger (or TAIZHANG_LEDGER).
            """,
        subcommands: [InitCommand.self, PushCommand.self, PullCommand.self, GrantCommand.self])

    /// The options every `ledger` subcommand shares.
    struct Options: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("Interface language: en or zh.", valueName: "lang"))
        var lang: String?

        var environment: [String: String] { processEnvironment }
        var language: Language { lang.flatMap(Language.init(rawValue:)) ?? Language.from(environment: environment) }

        /// `url` as a database address, or a plain error saying how one is written.
        func database(_ url: String) throws -> DatabaseAddress {
            guard DatabaseAddress.looksLikeURL(url) else {
                throw CommandError(SharedLedgerMessage.notADatabaseURL(url).words(language))
            }
            do {
                return try DatabaseAddress.parse(url, environment: environment)
            } catch {
                throw CommandError(error.words(language))
            }
        }

        func fail(_ error: StoreError) -> CommandError {
            CommandError(error.words(language))
        }
    }

    struct InitCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init", abstract: "Create (or upgrade) the ledger tables in a database.",
            discussion: "Run it as the database's owner or a superuser. Applying it again changes nothing.")
        @OptionGroup var options: Options
        @Argument(help: ArgumentHelp("The database (the plan in it is not needed here).", valueName: "url")) var url: String

        func run() throws {
            let address = try options.database(url)
            do {
                let done = try LedgerAdmin.initialize(address, environment: options.environment)
                print(SharedLedgerMessage.initialized(url: address.url, applied: done.applied, version: done.version).words(options.language))
            } catch {
                throw options.fail(error)
            }
        }
    }

    struct PushCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "push", abstract: "Put a ledger file into the database as a new plan, history and all.")
        @OptionGroup var options: Options
        @Argument(help: ArgumentHelp("The ledger file.", valueName: "file")) var file: String
        @Argument(help: ArgumentHelp("The plan to make: postgresql://…?plan=NAME.", valueName: "url")) var url: String

        func run() throws {
            let address = try options.database(url)
            let ledger: Ledger
            do throws(LedgerError) {
                guard let read = try LedgerFile.read(file) else { throw LedgerError.missing(path: file) }
                ledger = read
            } catch {
                throw CommandError(error.words(options.language))
            }
            do {
                let pushed = try LedgerAdmin.push(ledger, to: address, environment: options.environment)
                print(SharedLedgerMessage.pushed(file: file, url: address.url, tasks: pushed.tasks, changes: pushed.changes).words(options.language))
            } catch {
                throw options.fail(error)
            }
        }
    }

    struct PullCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pull", abstract: "Write a plan of the database as a ledger file (the usual JSON).",
            discussion: "Never overwrites a file that exists.")
        @OptionGroup var options: Options
        @Argument(help: ArgumentHelp("The plan: postgresql://…?plan=NAME.", valueName: "url")) var url: String
        @Argument(help: ArgumentHelp("The ledger file to write.", valueName: "file")) var file: String

        func run() throws {
            let address = try options.database(url)
            let ledger: Ledger
            do {
                ledger = try LedgerAdmin.pull(from: address, environment: options.environment)
            } catch {
                throw options.fail(error)
            }
            do {
                try LedgerFile.create(ledger, at: file)
            } catch {
                throw CommandError(error.words(options.language))
            }
            print(SharedLedgerMessage.pulled(url: address.url, file: file, tasks: ledger.plan.tasks.count, changes: ledger.history.count)
                .words(options.language))
        }
    }

    struct GrantCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grant", abstract: "Give a PostgreSQL account a unit's rights (or a coordinator's).",
            discussion: """
                A unit's account may write notes and evidence and mark its own part done, on the \
                tasks that name the unit, and nothing else. The account is made (LOGIN) when it \
                does not exist. Run it as the account that ran `ledger init`.
                """)
        @OptionGroup var options: Options
        @Argument(help: ArgumentHelp("The database (and plan, to count the unit's tasks).", valueName: "url")) var url: String
        @Argument(help: ArgumentHelp("The PostgreSQL account (role).", valueName: "role")) var role: String
        @Option(help: ArgumentHelp("The unit it speaks for, as the plan's tasks name it.", valueName: "name")) var unit: String?
        @Flag(help: "Make it a coordinator's account, which may change everything.") var coordinator = false
        @Flag(help: "Read the account's new password from standard input (never from the command line).")
        var passwordStdin = false

        func validate() throws {
            if (unit == nil) == !coordinator { throw ValidationError("give --unit NAME or --coordinator (one of them)") }
            if let unit, unit.isEmpty { throw ValidationError("--unit needs a unit name") }
        }

        func run() throws {
            let address = try options.database(url)
            var password: String?
            if passwordStdin {
                password = readLine(strippingNewline: true)
                guard let given = password, !given.isEmpty else {
                    throw CommandError(SharedLedgerMessage.emptyPassword.words(options.language))
                }
            }
            let grant: LedgerAdmin.Grant = unit.map(LedgerAdmin.Grant.unit) ?? .coordinator
            do {
                let granted = try LedgerAdmin.grant(role, grant, password: password, address: address, environment: options.environment)
                let language = options.language
                if let unit {
                    print(SharedLedgerMessage.grantedUnit(role: role, unit: unit, created: granted.created, tasks: granted.tasksNamingUnit ?? 0)
                        .words(language))
                    if granted.tasksNamingUnit == 0 {
                        printError("taizhang: " + SharedLedgerMessage.unitNamesNoTask(unit: unit, plan: address.plan).words(language))
                    }
                } else {
                    print(SharedLedgerMessage.grantedCoordinator(role: role, created: granted.created).words(language))
                }
            } catch {
                throw options.fail(error)
            }
        }
    }
}
