import TaizhangImport
import TaizhangStore
import ArgumentParser
import Foundation
import TaizhangModel
import TaizhangWords
import TaizhangReport

#if canImport(Glibc)
import Glibc
#endif

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A progress report out of the ledger: Markdown, CSV, xlsx, HTML, JSON, or the 通报 as docx.",
        discussion: """
            The report has eight views: overall (tasks by status, percent done, overdue, pace \
            and lights), areas (each work area and section), units (each unit: total, its roles, \
            done, in progress, open, overdue; aliases and groups applied, a unit's own part done \
            counted done for it), ranking (units by completion, overdue or behind: --rank), \
            returns (报送情况 for the current period), open (the tasks not signed off, each whole, \
            with units, light, pace, deadline and extensions, latest note and evidence), \
            extensions (deadlines moved, with reasons) and evidence (佐证材料). --view picks one; \
            otherwise all are written. Every cell holds its whole text.

            --format docx writes the 通报 draft instead: a Word document on A4 with the summary, \
            a table per unit, the ranking, the tasks behind or overdue and the returns.

            Without --out the report goes to standard output (default Markdown). With --out \
            FOLDER it is written into that folder as taizhang-report-DATE.EXT; with --out FILE \
            as that file, its format taken from the extension unless --format says otherwise. \
            The folder must exist. A CSV file holds one table: give --view, or --out FOLDER to \
            get one file per view (taizhang-report-DATE-overall.csv, -areas, -units, -open). \
            CSV is UTF-8 with a byte-order mark so Excel and WPS read the Chinese.

            --unit NAME gives one unit's own ledger (a unit, an alias or a group name); \
            --area N one work area. Files appear whole or not at all: any error leaves nothing \
            behind.

            --all reports every unit of every plan in the plans home instead: per unit, its \
            tasks, done, in progress, open and overdue in each plan and over all of them, the \
            numbers of workload --all (--archived takes the archived plans too). It is one \
            table (md, xlsx, html or csv) and cannot be combined with --unit, --area, --view or \
            --rank.
            """)

    @OptionGroup var options: LedgerOptions
    @Option(help: ArgumentHelp("md, csv, xlsx, html or json (default: from --out, else md).", valueName: "format"))
    var format: String?
    @Option(help: ArgumentHelp("A folder (default file name) or a file to write.", valueName: "path"))
    var out: String?
    @Option(help: ArgumentHelp("The report's date, for overdue counts (default: today).", valueName: "YYYY-MM-DD"))
    var today: String?
    @Option(help: ArgumentHelp("Only this unit's tasks.", valueName: "name"))
    var unit: String?
    @Option(help: ArgumentHelp("Only work area N (1 = 一).", valueName: "N"))
    var area: Int?
    @Option(help: ArgumentHelp("Only one view: overall, areas, units, ranking, returns, open, extensions or evidence.", valueName: "view"))
    var view: String?
    @Option(help: ArgumentHelp("Rank units by completion, overdue or behind (default: completion).", valueName: "order"))
    var rank: String?
    @Flag(help: "Every unit of every plan in the plans home, per plan and in total (md, xlsx, html or csv).")
    var all = false
    @Flag(help: "With --all, the archived plans too.")
    var archived = false

    func run() throws {
        do {
            try report()
        } catch let error as ReportError {
            throw CommandError(error.words(options.language))
        }
    }

    private func report() throws {
        // Everything the user typed is checked before the ledger is read or a file written.
        if all { return try reportAcrossPlans() }
        if archived { throw ReportError.archivedWithoutAll }
        let view = try self.view.map { name throws(ReportError) in
            guard let view = ReportView(rawValue: name.lowercased()) else { throw .unknownView(name) }
            return view
        }
        let format = try resolvedFormat()
        let day = try reportDay()
        let order = try rank.map { name in
            guard let order = RankingOrder(rawValue: name.lowercased()) else {
                throw CommandError(options.language == .chinese
                    ? "不认识的排名方式 \(name)：可用 completion、overdue、behind"
                    : "unknown ranking \(name): use completion, overdue or behind")
            }
            return order
        } ?? .completion
        let ledger = try options.openForReading()
        let report = try Report.make(ledger: ledger, today: day, ledgerPath: options.displayPath, unit: unit, area: area, ranking: order)
        if let out {
            let mode = LedgerFile.mode(of: options.path) ?? 0o600
            for path in try ReportWriter.write(report, format: format, view: view, to: out, mode: mode) {
                print(options.language == .chinese ? "已写入 \(path)" : "wrote \(path)")
            }
            return
        }
        if format == .xlsx || format == .docx, isatty(STDOUT_FILENO) != 0 {
            throw ReportError.binaryToTerminal(format.rawValue)
        }
        if format == .docx, let view { throw ReportError.viewInBulletin(view.rawValue) }
        let bytes = try ReportWriter.bytes(report, format: format, views: view.map { [$0] } ?? ReportView.allCases)
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// `report --all`: every unit across the plans home, the numbers of `workload --all`.
    private func reportAcrossPlans() throws {
        for (option, given) in [("--unit", unit != nil), ("--area", area != nil), ("--view", view != nil), ("--rank", rank != nil)] where given {
            throw ReportError.allWithFilter(option)
        }
        let format = try resolvedFormat()
        if format == .json || format == .docx { throw ReportError.notAcrossPlans(format.rawValue) }
        let day = try reportDay()
        let plans: [(name: PlanName, ledger: Ledger)]
        do {
            plans = try options.home().ledgers(archived: archived).map { ($0.name, $0.ledger) }
        } catch let error as PlansHomeError {
            throw CommandError(error.words(options.language))
        }
        let report = AcrossReport(plans, today: day, archived: archived)
        if let out {
            let path = try report.write(format: format, to: out)
            print(options.language == .chinese ? "已写入 \(path)" : "wrote \(path)")
            return
        }
        if format == .xlsx, isatty(STDOUT_FILENO) != 0 { throw ReportError.binaryToTerminal(format.rawValue) }
        FileHandle.standardOutput.write(Data(try report.bytes(format: format)))
    }

    private func resolvedFormat() throws -> ReportFormat {
        let implied = out.flatMap { path in path.hasSuffix("/") ? nil : ReportFormat(fileName: path) }
        guard let name = format else { return implied ?? .markdown }
        guard let format = ReportFormat(name: name) else { throw ReportError.unknownFormat(name) }
        if let implied, implied != format, let out {
            throw ReportError.outDisagrees(out: out, fileExtension: implied.fileExtension, format: format.rawValue)
        }
        return format
    }

    private func reportDay() throws(ReportError) -> DayDate {
        if let today {
            guard let day = DayDate(today) else { throw .badDate(today) }
            return day
        }
        // The same day as every other command's and the dashboard's (local time).
        return DayDate.current()
    }
}
