import TaizhangWords
import TaizhangScreen
import TaizhangImport
import TaizhangStore
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TaizhangDashboard
import TaizhangModel
import TaizhangTerminal

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dashboard", abstract: "Open the full-screen dashboard (the default).")
    @OptionGroup var options: LedgerOptions
    @Option(help: ArgumentHelp("Colour theme: default, light, high-contrast, mono, or a file name in ~/.config/taizhang/themes.", valueName: "name"))
    var theme: String?
    @Flag(help: "Draw borders with ASCII characters only (for terminals that draw box lines double width).")
    var ascii = false
    @Flag(help: "Do not use the mouse.") var noMouse = false
    @Option(help: ArgumentHelp("Judge deadlines as of this day (default: today).", valueName: "YYYY-MM-DD"))
    var today: String?

    func validate() throws {
        if let today, DayDate(today) == nil {
            throw TodayOption.notADay(today)
        }
    }

    func run() throws {
        try DashboardStart(options: options, theme: theme, ascii: ascii, noMouse: noMouse, today: today).run()
    }

    /// The plans home read again for the picker and the unit view; nil when it cannot be
    /// read (the dashboard keeps what it showed).
    static func homeContents(environment: [String: String], day: DayDate) -> HomeContents? {
        guard let home = try? PlansHome.locate(environment: environment), let ledgers = try? home.ledgers(archived: false) else { return nil }
        return HomeContents(ledgers.map { HomeContents.Entry(summary: PlanSummary(name: $0.name, ledger: $0.ledger, archived: false, today: day), ledger: $0.ledger) })
    }
}

/// The dashboard opened on the ledger the options name: from `taizhang dashboard` and its
/// options, or from `taizhang` with plain values (`plain`: no arguments, or only `--ledger`
/// and `--plan`).
struct DashboardStart<Options: LedgerChoosing> {
    var options: Options
    var theme: String?
    var ascii: Bool
    var noMouse: Bool
    var today: String?

    func run() throws {
        let environment = options.environment
        let chosenTheme: Theme
        do {
            chosenTheme = try Theme.resolve(name: theme, environment: environment, userDirectory: Theme.userThemeDirectory(environment: environment))
        } catch {
            throw CommandError(error.description)
        }
        // A terminal that cannot show the dashboard is reported before any ledger is made.
        do {
            try CursesTerminal.checkEnvironment()
        } catch {
            throw CommandError(error.description)
        }
        // Read (or create) the ledger before taking over the terminal, so any problem with
        // it is printed plainly and the ledger is never touched.
        let (store, opened) = try openOfferingBackup()
        let language = options.language
        var state = DashboardState(
            ledger: opened.ledger, ledgerPath: options.displayPath, width: 0, height: 0,
            strings: .forLanguage(language), glyphs: ascii ? .ascii : .unicode,
            today: today.flatMap(DayDate.init) ?? DayDate.current())
        state.home = homeView(plan: options.planName, day: state.today)
        if opened.created {
            state.show(message: language == .chinese ? "已根据内置的珠海2022方案新建台账" : "Created a new ledger from the bundled Zhuhai 2022 plan")
        } else if let schema = opened.migratedFrom {
            state.show(message: language == .chinese
                ? "台账已从第 \(schema) 版格式升级，原文件已备份"
                : "Upgraded the ledger from schema \(schema); the original is kept among the backups")
        }
        if let summary = store.access.summary(language, ownTasks: store.access.ownTasks(in: opened.ledger).count) {
            state.limit(to: store.access, summary: summary)
        }
        if let schema = store.readOnlySchema {
            state.makeReadOnly(language == .chinese
                ? "只读：此台账为第 \(schema) 版格式，比本程序新；请升级 taizhang"
                : "READ-ONLY: this ledger is schema \(schema), newer than this taizhang; changes are not saved")
        }
        let homeEnvironment = environment
        let readHome: (@Sendable (DayDate) -> HomeContents?)? = state.home.planName == nil
            ? nil : { @Sendable day in DashboardCommand.homeContents(environment: homeEnvironment, day: day) }
        let exitCode = try DashboardSession.run(
            state, store: store, theme: chosenTheme, mouse: !noMouse, environment: environment,
            readHome: readHome,
            openPlan: { name, current in openPlan(name, like: current) })
        if exitCode != 0 { throw ExitCode(exitCode) }
    }

    /// Opens the ledger; when it exists but cannot be read and a backup can, asks (on a
    /// terminal) whether to bring the newest good backup back. The broken file is kept
    /// beside the backups, never overwritten.
    private func openOfferingBackup() throws -> (any LedgerStoring, OpenedLedger) {
        do {
            return try options.openStore()
        } catch let error as CommandError {
            guard case .file = options.address, isatty(STDIN_FILENO) == 1 else { throw error }
            var store = try options.fileStore(for: .restore)
            guard let (backup, _) = store.newestReadableBackup() else { throw error }
            printError("taizhang: \(error.description)")
            printError("Bring back the backup \(backup.name) (\(backup.timeText), generation \(backup.generation)) and open it? [y/N] ", newline: false)
            guard let answer = readLine(), answer.lowercased().hasPrefix("y") else { throw ExitCode(1) }
            do {
                _ = try store.restore(backup, onto: nil, stamp: Stamp.now(environment: options.environment))
            } catch {
                throw CommandError(error.words(options.language))
            }
            return try options.openStore()
        }
    }

    /// The plans home as the dashboard shows it, this plan remembered as the one used last.
    private func homeView(plan: PlanName?, day: DayDate) -> HomeView {
        guard let plan, let home = try? options.home() else { return HomeView() }
        home.remember(plan)
        let ledgers = (try? home.ledgers(archived: false)) ?? []
        let plans = ledgers.map { PlanSummary(name: $0.name, ledger: $0.ledger, archived: false, today: day) }
        return HomeView(planName: plan.text, plans: plans, ledgers: ledgers.map { ($0.name, $0.ledger) })
    }

    /// Opens plan `name` of the home for the dashboard, as the current one was opened.
    private func openPlan(_ name: String, like current: DashboardState) -> Result<(DashboardState, any LedgerStoring), PlanSwitchFailure> {
        var other = options
        other.plan = name
        other.ledger = nil
        do {
            var store = try other.store()
            let opened = try other.open(&store)
            var state = DashboardState(
                ledger: opened.ledger, ledgerPath: other.displayPath, width: current.width, height: current.height,
                strings: current.strings, glyphs: current.glyphs, today: current.today)
            state.home = homeView(plan: other.planName, day: current.today)
            if let schema = store.readOnlySchema {
                state.makeReadOnly(options.language == .chinese
                    ? "只读：此台账为第 \(schema) 版格式，比本程序新；请升级 taizhang"
                    : "READ-ONLY: this ledger is schema \(schema), newer than this taizhang; changes are not saved")
            }
            return .success((state, store))
        } catch {
            return .failure(PlanSwitchFailure(message: String(describing: error)))
        }
    }
}
