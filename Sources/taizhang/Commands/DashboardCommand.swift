import ArgumentParser
import Foundation
import TaizhangDashboard
import TaizhangModel
import TaizhangTerminal

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dashboard", abstract: "Open the full-screen dashboard (the default).")
    @OptionGroup var options: LedgerOptions
    @Option(help: ArgumentHelp("Colour theme: default, light, high-contrast, mono, or a file name in ~/.config/taizhang/themes.", valueName: "name"))
    var theme: String?
    @Option(help: ArgumentHelp("Interface language: en or zh (default: from LANG).", valueName: "lang"))
    var lang: String?
    @Flag(help: "Draw borders with ASCII characters only (for terminals that draw box lines double width).")
    var ascii = false
    @Flag(help: "Do not use the mouse.") var noMouse = false
    @Option(help: ArgumentHelp("Judge deadlines as of this day (default: today).", valueName: "YYYY-MM-DD"))
    var today: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang must be en or zh, not \(lang)")
        }
        if let today, DayDate(today) == nil {
            throw ValidationError("--today must be a date as YYYY-MM-DD, not \(today)")
        }
    }

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
        let (ledger, created) = try options.openOrCreate()
        let language = lang.flatMap(Language.init(rawValue:)) ?? Language.from(environment: environment)
        var state = DashboardState(
            ledger: ledger, ledgerPath: options.displayPath, width: 0, height: 0,
            strings: .forLanguage(language), glyphs: ascii ? .ascii : .unicode,
            today: today.flatMap(DayDate.init) ?? DayDate.current())
        if created {
            state.show(message: language == .chinese ? "已根据内置的珠海2022方案新建台账" : "Created a new ledger from the bundled Zhuhai 2022 plan")
        }
        let exitCode = try DashboardRuntime(path: options.path, theme: chosenTheme, mouse: !noMouse).run(state)
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}
