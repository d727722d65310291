import ArgumentParser

/// The `--ledger` option every command shares, and opening the ledger it names through the
/// store seam: the JSON file store (locking, merging another writer's save, backups,
/// migration), or a plan in a PostgreSQL database when it is a `postgresql://` URL.
/// What the options mean is `LedgerChoosing`'s, shared with the dashboard's plain start.
struct LedgerOptions: ParsableArguments, LedgerChoosing {
    @Option(name: .long, help: ArgumentHelp(
        "The ledger file, or a shared ledger as postgresql://USER@HOST[:PORT]/DB?plan=NAME (password from PGPASSWORD or ~/.pgpass).",
        valueName: "path|url"))
    var ledger: String?
    @Option(name: .long, help: ArgumentHelp(
        "A plan in the plans home ($XDG_DATA_HOME/taizhang/plans/NAME.json), by name or the start of one; with a database URL, its plan.",
        valueName: "name"))
    var plan: String?
    @Option(name: .long, help: ArgumentHelp("Interface language: en or zh (default: from LC_ALL, LC_MESSAGES, LANG).", valueName: "lang"))
    var lang: String?

    func validate() throws {
        try validateChoice()
    }
}

/// `--ledger`, `--plan` and `--lang` as plain values, for `taizhang` started with no
/// arguments or only the dashboard's options (`DashboardStart.plain`): making `LedgerOptions`
/// instantiates ArgumentParser's option wrappers and the generic types behind them (a tenth
/// of the dashboard's start at 57 tasks), for nothing.
struct LedgerChoice: LedgerChoosing {
    var ledger: String?
    var plan: String?
    var lang: String?
}

/// A command-line failure with its message; ArgumentParser prints it and exits non-zero.
struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
