import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangText
import TaizhangWords

/// `taizhang workload [--json]`: the unit workload table, the same rows and numbers as the
/// dashboard's unit pane and the report's units view.
struct WorkloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workload", abstract: "Tasks per unit: total, done, in progress, open and overdue.",
        discussion: """
            A unit's own part of a shared task marked done (unit done N UNIT) counts as done for \
            that unit. Aliases count one name as another; a group's row counts the tasks of the \
            group's name and of its members, each once, and a member's row also counts the \
            tasks that name its group. --json adds the roles (lead, responsible, supporting, \
            reference). --all adds up every plan in the plans home (each counted by its own \
            aliases and groups), per plan and in total; --archived takes the archived plans too.
            """)
    @OptionGroup var options: LedgerOptions
    @OptionGroup var today: TodayOption
    @Flag(help: "Print a JSON array for scripts.") var json = false
    @Flag(help: "Every plan in the plans home: each unit per plan and in total.") var all = false
    @Flag(help: "With --all, the archived plans too.") var archived = false

    func run() throws {
        if all { return try runAcrossPlans() }
        let ledger = try options.openForReading()
        let rows = Workload(ledger: ledger, today: today.day).rows
        if json {
            printBytes(JSONWriter.bytes(.array(rows.map { .object(WorkloadJSON.members($0)) })))
            return
        }
        let language = options.language
        let headings = language == .chinese
            ? ["单位", "总数", "完成", "进行中", "未完", "逾期"] : ["Unit", "Total", "Done", "Doing", "Open", "Late"]
        let table = rows.map { row in
            [TerminalSafe.sanitize(row.label(language))] + [row.total, row.done, row.doing, row.open, row.overdue].map(String.init)
        }
        for line in TextColumns.lines([headings] + table, rightAligned: Set(1...5)) { print(line) }
    }
}

extension WorkloadCommand {
    /// `workload --all`: each unit's load in every plan of the home and in total.
    func runAcrossPlans() throws {
        let language = options.language
        let plans: [(name: PlanName, ledger: Ledger)]
        do {
            plans = try options.home().ledgers(archived: archived).map { ($0.name, $0.ledger) }
        } catch let error as PlansHomeError {
            throw CommandError(error.words(language))
        }
        let across = WorkloadAcross(plans, today: today.day)
        if json {
            let units = across.rows.map { JSONValue.object(WorkloadJSON.members($0)) }
            printBytes(JSONWriter.bytes(.object([
                JSONMember("plans", .array(across.plans.map { .string($0.text) })),
                JSONMember("units", .array(units)),
            ])))
            return
        }
        let headings = language == .chinese
            ? ["单位 / 方案", "总数", "完成", "进行中", "未完", "逾期", "迟报"] : ["Unit / plan", "Total", "Done", "Doing", "Open", "Late", "Returns late"]
        var table: [[String]] = []
        func counts(_ row: WorkloadRow) -> [String] { [row.total, row.done, row.doing, row.open, row.overdue].map(String.init) }
        for row in across.rows {
            // The unit's line counts the plans its return is late in; each plan's line says
            // where that plan's return stands. Blank where no return is collected.
            let late = row.returnsTracked ? String(row.returnsLate) : ""
            table.append([TerminalSafe.sanitize(row.total.label(language))] + counts(row.total) + [late])
            for share in row.shares {
                let standing = share.returned.map { $0.state.words(language) } ?? ""
                table.append(["  " + TextFit.truncate(TerminalSafe.sanitize(share.plan.text), toWidth: 30)] + counts(share.row) + [standing])
            }
        }
        for line in TextColumns.lines([headings] + table, rightAligned: Set(1...6)) { print(line) }
    }
}
