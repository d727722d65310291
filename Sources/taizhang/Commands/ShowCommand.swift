import TaizhangWords
import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangText

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one task in full, with each unit's part.")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var today: TodayOption
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
        for (position, line) in unitLines(task, naming: UnitNaming(ledger)).enumerated() {
            print((position == 0 ? "Units:   " : "         ") + line)
        }
        if let deadline = task.deadline {
            var due = TerminalSafe.sanitize(deadline.words(.english))
            if task.isOverdue(today: today.day) { due += "  OVERDUE" }
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

    /// One line per unit as the task writes it: its part done or not (`[x]` when the task is
    /// done or the unit's own part is, the rule every workload count follows), its role
    /// unless it is the plain responsible one, and the unit an alias counts it as.
    private func unitLines(_ task: PlanTask, naming: UnitNaming) -> [String] {
        guard !task.units.isEmpty else { return [WorkloadRow.noUnit(.english) + ": check the plan by hand"] }
        return task.units.map { unit in
            var line = (task.isDone(for: unit.name) ? "[x] " : "[ ] ") + TerminalSafe.sanitize(unit.name)
            if unit.role != .responsible { line += " (\(unit.role.countWords(.english)))" }
            let counted = naming.name(unit.name)
            if counted != unit.name { line += " → " + TerminalSafe.sanitize(counted) }
            return line
        }
    }
}
