import TaizhangWords
import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangText

/// `taizhang show N`: one task in full, with each unit's part of it.
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
        let language = options.language
        let words = ShowWords(language)
        print(words.title(task))
        if let area = plan.area(task.area) {
            print(words.label(.area) + "\(ChineseNumeral.string(area.number))、\(TerminalSafe.sanitize(area.title))")
            if let section = area.section(task.section) {
                print(words.label(.section) + "（\(ChineseNumeral.string(section.number))）\(TerminalSafe.sanitize(section.title))")
            }
        }
        for (position, line) in unitLines(task, naming: UnitNaming(ledger), words: words).enumerated() {
            print((position == 0 ? words.label(.units) : words.indent) + line)
        }
        if let deadline = task.deadline {
            var due = TerminalSafe.sanitize(deadline.words(language))
            if task.isOverdue(today: today.day) { due += "  " + words.overdue }
            print(words.label(.due) + due)
        }
        if let changed = task.statusChanged {
            print(words.label(.changed) + words.changed(at: changed.at, by: TerminalSafe.sanitize(changed.by)))
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
    private func unitLines(_ task: PlanTask, naming: UnitNaming, words: ShowWords) -> [String] {
        guard !task.units.isEmpty else { return [WorkloadRow.noUnit(words.language) + words.checkByHand] }
        return task.units.map { unit in
            var line = (task.isDone(for: unit.name) ? "[x] " : "[ ] ") + TerminalSafe.sanitize(unit.name)
            if unit.role != .responsible { line += words.role(unit.role) }
            let counted = naming.name(unit.name)
            if counted != unit.name { line += " → " + TerminalSafe.sanitize(counted) }
            return line
        }
    }
}

/// The labels of `show`, in the interface language; the English ones line values up in
/// one column as the command always has.
struct ShowWords {
    enum Label { case area, section, units, due, changed }

    let language: Language
    init(_ language: Language) { self.language = language }

    private var chinese: Bool { language == .chinese }

    func title(_ task: PlanTask) -> String {
        chinese ? "任务 \(task.number)  \(task.status.mark) \(task.status.words(language))" : "Task \(task.number)  \(task.status.mark) \(task.status.rawValue)"
    }

    func label(_ label: Label) -> String {
        switch (label, chinese) {
        case (.area, true): "工作要求："
        case (.section, true): "具体任务："
        case (.units, true): "责任单位："
        case (.due, true): "完成时限："
        case (.changed, true): "更新："
        case (.area, false): "Area:    "
        case (.section, false): "Section: "
        case (.units, false): "Units:   "
        case (.due, false): "Due:     "
        case (.changed, false): "Changed: "
        }
    }

    /// Under the first unit, lined up with it.
    var indent: String { String(repeating: " ", count: DisplayWidth.of(label(.units))) }

    var overdue: String { chinese ? "已逾期" : "OVERDUE" }

    var checkByHand: String { chinese ? "：请对照方案核对" : ": check the plan by hand" }

    func role(_ role: UnitRole) -> String {
        chinese ? "（\(role.words(language))）" : " (\(role.words(language)))"
    }

    func changed(at: String, by: String) -> String {
        chinese ? "\(at) \(by)" : "\(at) by \(by)"
    }
}
