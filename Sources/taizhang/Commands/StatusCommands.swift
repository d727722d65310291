import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel

/// Shared by `done`, `start` and `reopen`: one status change per number, through the same
/// path as every other change (checked first, saved once).
struct StatusChange {
    static func run(_ status: TaskStatus, numbers: [Int], options: LedgerOptions) throws {
        let entries = try ChangeCommand.run(numbers.map { .status(task: $0, to: status) }, options: options)
        let changed = Set(entries.compactMap(\.task))
        for number in numbers {
            print("task \(number): \(status.rawValue)\(changed.contains(number) ? "" : " (unchanged)")")
        }
    }
}

struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark tasks done.")
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
