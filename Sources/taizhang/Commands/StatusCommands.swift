import ArgumentParser
import TaizhangModel

/// Shared by `done`, `start` and `reopen`: check every number first, so a typo changes
/// nothing, then change and save once.
struct StatusChange {
    static func run(_ status: TaskStatus, numbers: [Int], options: LedgerOptions) throws {
        // Check the numbers before anything is created or written: a typo changes nothing.
        let existing = try options.openForReading()
        let unknown = numbers.filter { existing.taskIndex($0) == nil }
        guard unknown.isEmpty else {
            let known = existing.plan.tasks.map(\.number)
            let range = known.isEmpty ? "none" : "\(known.min()!)–\(known.max()!)"
            throw CommandError("no task \(unknown.map(String.init).joined(separator: ", ")) in \(options.path) (tasks are \(range)); nothing was changed")
        }
        var (store, opened) = try options.openStore()
        var ledger = opened.ledger
        let stamp = Stamp.now(environment: options.environment)
        var changed: [Int] = []
        for number in numbers {
            if try ledger.apply(.status(task: number, to: status), stamp: stamp) != nil { changed.append(number) }
        }
        if !changed.isEmpty {
            // Merged with any save another process made since we read it.
            do {
                _ = try store.save(ledger)
            } catch {
                throw CommandError(error.description)
            }
        }
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
