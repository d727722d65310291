import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangWords

/// Shared by the status commands: one status change per number, through the same path as
/// every other change (checked first, saved once), then a line per task with where it stands.
struct StatusChange {
    static func run(_ status: TaskStatus, numbers: [Int], options: LedgerOptions, reason: String? = nil) throws {
        let entries = try ChangeCommand.run(numbers.map { .status(task: $0, to: status) }, options: options, reason: reason)
        say(numbers, changed: Set(entries.compactMap(\.task)), options: options)
    }

    /// `task 4: done`, with "(unchanged)" when it already stood there. Scripts read these
    /// lines in English: status names are `list --json`'s.
    static func say(_ numbers: [Int], changed: Set<Int>, options: LedgerOptions) {
        guard let ledger = try? options.existingLedger() else { return }
        let zh = options.language == .chinese
        for number in numbers {
            guard let task = ledger.taskIndex(number).map({ ledger.plan.tasks[$0] }) else { continue }
            let unchanged = changed.contains(number) ? "" : (zh ? "（未变）" : " (unchanged)")
            print(zh ? "任务 \(number)：\(task.status.words(.chinese))\(unchanged)" : "task \(number): \(task.status.rawValue)\(unchanged)")
        }
    }
}

/// `taizhang reported 4 [--unit 市司法局]`: a unit reports the task done (申请办结). With
/// `--unit`, that unit's part of a shared task; the task is reported once every part is.
struct ReportedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reported", abstract: "Record that tasks were reported done (by a unit, with --unit), awaiting sign-off.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "Task numbers.") var numbers: [Int]
    @Option(help: ArgumentHelp("The unit reporting its part.", valueName: "name")) var unit: String?

    func run() throws {
        let ledger = try options.existingLedger() ?? .bundled()
        let entries = try ChangeCommand.run(numbers.flatMap { ledger.reportChanges(task: $0, unit: unit) }, options: options)
        StatusChange.say(numbers, changed: Set(entries.compactMap(\.task)), options: options)
    }
}

/// `taizhang signoff 4 7`: the coordinator accepts tasks as done (销号). The same as `done`.
struct SignoffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "signoff", abstract: "Sign tasks off (销号): done.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "Task numbers.") var numbers: [Int]
    func run() throws { try StatusChange.run(.done, numbers: numbers, options: options) }
}

/// `taizhang return 4 --reason …`: a reported task sent back (退回), with the reason kept in
/// the history; the unit's work goes on.
struct ReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "return", abstract: "Send a reported task back (退回), with a reason.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The task number.") var number: Int
    @Option(help: ArgumentHelp("Why it goes back: the unit reads it.", valueName: "text")) var reason: String

    func validate() throws {
        if reason.allSatisfy(\.isWhitespace) {
            throw ValidationError(options.language == .chinese ? "退回需要写明理由（--reason）" : "a return needs a reason (--reason)")
        }
    }

    func run() throws { try StatusChange.run(.returned, numbers: [number], options: options, reason: reason) }
}

struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark tasks done (signed off).")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "Task numbers.") var numbers: [Int]
    func run() throws { try StatusChange.run(.done, numbers: numbers, options: options) }
}

struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Mark tasks in progress.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "Task numbers.") var numbers: [Int]
    func run() throws { try StatusChange.run(.doing, numbers: numbers, options: options) }
}

struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Mark tasks not started again.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "Task numbers.") var numbers: [Int]
    func run() throws { try StatusChange.run(.todo, numbers: numbers, options: options) }
}
