import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangText

struct WorkloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "workload", abstract: "Tasks per unit: total, done and open.")
    @OptionGroup var options: LedgerOptions
    @Flag(help: "Print a JSON array for scripts.") var json = false

    func run() throws {
        let ledger = try options.openForReading()
        let rows = Workload(plan: ledger.plan, aliases: ledger.aliases, today: DayDate.current()).rows
        if json {
            printBytes(JSONWriter.bytes(.array(rows.map { row in
                .object([
                    JSONMember("unit", row.unit.map(JSONValue.string) ?? .null),
                    JSONMember("total", .int(row.total)),
                    JSONMember("done", .int(row.done)),
                    JSONMember("doing", .int(row.doing)),
                    JSONMember("open", .int(row.open)),
                    JSONMember("overdue", .int(row.overdue)),
                    JSONMember("lead", .int(row.leads)),
                    JSONMember("supporting", .int(row.supporting)),
                ])
            })))
            return
        }
        let names = rows.map { TerminalSafe.sanitize($0.unit ?? "(no unit)") }
        let nameWidth = max(4, names.map { DisplayWidth.of($0) }.max() ?? 0)
        print(TextFit.pad("Unit", toWidth: nameWidth) + "  Total  Done  Open")
        for (row, name) in zip(rows, names) {
            print(TextFit.pad(name, toWidth: nameWidth) + "  " + [(row.total, 5), (row.done, 4), (row.open, 4)].map { value, width in
                let text = String(value)
                return String(repeating: " ", count: max(0, width - text.count)) + text
            }.joined(separator: "  "))
        }
    }
}
