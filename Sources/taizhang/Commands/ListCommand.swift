import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangText

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every task with its status and units.")
    @OptionGroup var options: LedgerOptions
    @Flag(help: "Print a JSON array for scripts.") var json = false
    @OptionGroup var today: TodayOption

    func run() throws {
        let ledger = try options.openForReading()
        let plan = ledger.plan
        let judgement = Judgement(ledger, today: today.day)
        if json {
            printBytes(JSONWriter.bytes(.array(plan.tasks.map { TaskJSON.value($0, plan: plan, judgement: judgement) })))
            return
        }
        var lastArea = 0
        for task in plan.tasks {
            if task.area != lastArea, let area = plan.area(task.area) {
                print("\(ChineseNumeral.string(area.number))、\(TerminalSafe.sanitize(area.title))")
                lastArea = task.area
            }
            let number = String(task.number)
            let units = task.units.isEmpty ? "-" : task.units.map(\.name).joined(separator: "、")
            let light = task.light(judgement).map { " " + $0.mark } ?? "  "
            print("\(String(repeating: " ", count: max(0, 3 - number.count)))\(number) \(task.status.mark)\(light) \(TerminalSafe.sanitize(task.text))  [\(TerminalSafe.sanitize(units))]")
        }
    }
}

/// The JSON shape of a task on the command line: stable names for scripts.
enum TaskJSON {
    static func value(_ task: PlanTask, plan: Plan, judgement: Judgement) -> JSONValue {
        let area = plan.area(task.area)
        let section = area?.section(task.section)
        return .object([
            JSONMember("number", .int(task.number)),
            JSONMember("label", task.label.map(JSONValue.string) ?? .null),
            JSONMember("status", .string(task.status.rawValue)),
            JSONMember("light", task.light(judgement).map { .string($0.rawValue) } ?? .null),
            JSONMember("area", .string(area.map { "\(ChineseNumeral.string($0.number))、\($0.title)" } ?? "")),
            JSONMember("areaNumber", .int(task.area)),
            JSONMember("section", section.map { .string("（\(ChineseNumeral.string($0.number))）\($0.title)") } ?? .null),
            JSONMember("sectionNumber", task.section.map(JSONValue.int) ?? .null),
            JSONMember("text", .string(task.text)),
            JSONMember("units", .array(task.units.map { .string($0.name) })),
            JSONMember("leads", .array(task.leads.map(JSONValue.string))),
            JSONMember("supporting", .array(task.supporting.map(JSONValue.string))),
            JSONMember("deadline", task.deadline.map(LedgerEncoding.deadline) ?? .null),
            JSONMember("notes", .int(task.notes.count)),
            JSONMember("evidence", .int(task.evidence.count)),
            JSONMember("people", .array(task.people.map(JSONValue.string))),
            JSONMember("statusChanged", task.statusChanged.map { .object([JSONMember("at", .string($0.at)), JSONMember("by", .string($0.by))]) } ?? .null),
        ])
    }
}

/// Writes bytes to standard output exactly, without a second newline.
func printBytes(_ bytes: [UInt8]) {
    print(String(decoding: bytes, as: UTF8.self), terminator: "")
}
