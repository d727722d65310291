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
            reference).
            """)
    @OptionGroup var options: LedgerOptions
    @OptionGroup var today: TodayOption
    @Flag(help: "Print a JSON array for scripts.") var json = false

    func run() throws {
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
