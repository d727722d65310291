import TaizhangWords
import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangText

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one task in full.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The task number.") var number: Int

    func run() throws {
        let ledger = try options.openForReading()
        guard let index = ledger.taskIndex(number) else {
            throw CommandError("no task \(number) in \(options.path) (tasks are \(ledger.plan.tasks.first?.number ?? 0)–\(ledger.plan.tasks.last?.number ?? 0))")
        }
        let task = ledger.plan.tasks[index]
        let plan = ledger.plan
        print("Task \(task.number)  \(task.status.mark) \(task.status.rawValue)")
        if let area = plan.area(task.area) {
            print("Area:    \(ChineseNumeral.string(area.number))、\(TerminalSafe.sanitize(area.title))")
            if let section = area.section(task.section) {
                print("Section: （\(ChineseNumeral.string(section.number))）\(TerminalSafe.sanitize(section.title))")
            }
        }
        if task.units.isEmpty {
            print("Units:   none (check the plan by hand)")
        } else {
            print("Units:   " + task.units.map { unit in
                TerminalSafe.sanitize(unit.name) + (unit.role == .responsible ? "" : " (\(unit.role.rawValue))")
            }.joined(separator: ", "))
        }
        if let deadline = task.deadline {
            var due = TerminalSafe.sanitize(deadline.words(.english))
            if task.isOverdue(today: DayDate.current()) { due += "  OVERDUE" }
            print("Due:     \(due)")
        }
        if let changed = task.statusChanged {
            print("Changed: \(changed.at) by \(TerminalSafe.sanitize(changed.by))")
        }
        print("")
        print(TerminalSafe.sanitize(task.text, keepNewlines: true))
        for note in task.notes.reversed() {
            print("")
            print("\(note.at) \(TerminalSafe.sanitize(note.by)): \(TerminalSafe.sanitize(note.text, keepNewlines: true))")
        }
    }
}
