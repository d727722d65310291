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
            let range = "\(ledger.plan.tasks.first?.number ?? 0)–\(ledger.plan.tasks.last?.number ?? 0)"
            throw CommandError(options.language == .chinese
                ? "\(options.path) 中没有任务 \(number)（任务编号为 \(range)）"
                : "no task \(number) in \(options.path) (tasks are \(range))")
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
        if !task.people.isEmpty {
            print(words.label(.people) + TerminalSafe.sanitize(task.people.joined(separator: "、")))
        }
        if let deadline = task.deadline {
            var due = TerminalSafe.sanitize(deadline.words(language))
            if task.isOverdue(today: today.day) { due += "  " + words.overdue }
            print(words.label(.due) + due)
        }
        // The extensions: every deadline change in effect that moved a deadline, with its reason.
        for change in ledger.extensions(of: number) {
            let moved = (change.to.map { $0.words(language) } ?? (language == .chinese ? "无" : "none"))
            let reason = change.reason.map { language == .chinese ? "（\($0)）" : " (\($0))" } ?? ""
            print(words.label(.extended) + TerminalSafe.sanitize("\(change.from.words(language)) → \(moved)\(reason)  \(change.at) \(change.by)"))
        }
        if let light = task.light(Judgement(ledger, today: today.day)) {
            print(words.label(.light) + light.mark + " " + light.words(language))
        }
        if let returned = ledger.history.last(where: { $0.task == number && $0.edit.map { if case .status = $0 { true } else { false } } == true }),
            task.status == .returned, let reason = returned.reason
        {
            print(words.label(.returned) + TerminalSafe.sanitize(reason))
        }
        if let changed = task.statusChanged {
            print(words.label(.changed) + words.changed(at: changed.at, by: TerminalSafe.sanitize(changed.by)))
        }
        for item in task.evidence {
            let label = item.label.map { "\($0) " } ?? ""
            let from = item.unit.map { language == .chinese ? "（\($0)）" : " (\($0))" } ?? ""
            print(words.label(.evidence) + TerminalSafe.sanitize(label + item.link + from))
        }
        print("")
        print(TerminalSafe.sanitize(task.text, keepNewlines: true))
        // Newest first, numbered as `note N --edit K` counts them (oldest is 1).
        for (offset, note) in task.notes.enumerated().reversed() {
            print("")
            print("\(offset + 1). \(note.at) \(TerminalSafe.sanitize(note.by)): \(TerminalSafe.sanitize(note.text, keepNewlines: true))")
            for (label, text) in [(ShowWords.Label.problem, note.problem), (.nextStep, note.nextStep), (.extensionAsked, note.extensionAsked)] {
                if let text { print("   " + words.label(label) + TerminalSafe.sanitize(text, keepNewlines: true)) }
            }
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
    enum Label { case area, section, units, people, due, extended, light, returned, changed, evidence, problem, nextStep, extensionAsked }

    let language: Language
    init(_ language: Language) { self.language = language }

    private var chinese: Bool { language == .chinese }

    func title(_ task: PlanTask) -> String {
        chinese ? "任务 \(task.number)\(ownLabel(task).map { "（\($0)）" } ?? "")  \(task.status.mark) \(task.status.words(language))" : "Task \(task.number)\(ownLabel(task).map { " (\($0))" } ?? "")  \(task.status.mark) \(task.status.rawValue)"
    }

    /// The plan's own label, when it says more than the ledger's number (`（三）`, a label
    /// that restarts per section).
    func ownLabel(_ task: PlanTask) -> String? {
        guard let label = task.label else { return nil }
        let digits = label.filter(\.isNumber)
        return digits == String(task.number) && label.count <= digits.count + 1 ? nil : label
    }

    func label(_ label: Label) -> String {
        switch (label, chinese) {
        case (.area, true): "工作要求："
        case (.section, true): "具体任务："
        case (.units, true): "责任单位："
        case (.due, true): "完成时限："
        case (.changed, true): "更新："
        case (.people, true): "责任人："
        case (.extended, true): "延期："
        case (.light, true): "亮灯："
        case (.returned, true): "退回理由："
        case (.evidence, true): "佐证材料："
        case (.problem, true): "存在问题："
        case (.nextStep, true): "下步计划："
        case (.extensionAsked, true): "申请延期："
        case (.people, false): "People:  "
        case (.extended, false): "Moved:   "
        case (.light, false): "Light:   "
        case (.returned, false): "Returned: "
        case (.evidence, false): "Evidence: "
        case (.problem, false): "Problem: "
        case (.nextStep, false): "Next:    "
        case (.extensionAsked, false): "Asks:    "
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
