import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangWords

/// Shared by the commands that make one change: open (or create) the ledger, apply the
/// change through the history, save once. An impossible change is refused and nothing is
/// written.
enum ChangeCommand {
    static func run(_ changes: [LedgerChange], options: LedgerOptions, reason: String? = nil) throws -> [HistoryEntry] {
        var store = try options.store()
        defer { store.close() }
        // Checked on what is there, or on the plan a new ledger would start from.
        let existing = try options.read(&store) ?? Ledger.bundled()
        // Every unknown task number at once, with the range that exists: a typo changes nothing.
        let unknown = changes.compactMap(\.task).filter { existing.taskIndex($0) == nil }
        let zh = options.language == .chinese
        let unchanged = zh ? "；未作任何改动" : "; nothing was changed"
        guard unknown.isEmpty else {
            let numbers = unknown.map(String.init).joined(separator: ", ")
            let range = existing.plan.tasks.isEmpty ? (zh ? "无" : "none") : "\(existing.plan.tasks.first!.number)–\(existing.plan.tasks.last!.number)"
            throw CommandError((zh ? "\(options.path) 中没有任务 \(numbers)（任务编号为 \(range)）" : "no task \(numbers) in \(options.path) (tasks are \(range))") + unchanged)
        }
        var probe = existing
        let stamp = Stamp.now(environment: options.environment)
        // Try on a copy first, so an error in the third change leaves the ledger untouched;
        // a unit's account is refused what it may not change before anything is sent.
        for change in changes {
            if let refusal = store.access.refusal(of: change, in: probe) {
                throw CommandError(refusal.words(options.language))
            }
            do {
                try probe.apply(change, stamp: stamp, reason: reason)
            } catch {
                throw CommandError(error.words(options.language) + unchanged)
            }
        }
        var ledger = try options.open(&store).ledger
        var entries: [HistoryEntry] = []
        for change in changes {
            if let entry = try ledger.apply(change, stamp: stamp, reason: reason) { entries.append(entry) }
        }
        if !entries.isEmpty {
            // Merged with any save another process made since we read it.
            do {
                _ = try store.save(ledger)
            } catch {
                throw CommandError(error.words(options.language))
            }
        }
        return entries
    }
}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a progress note to a task.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The task number.") var number: Int
    @Argument(help: "The note, in quotes.") var text: String

    func run() throws {
        _ = try ChangeCommand.run([.addNote(task: number, text: text)], options: options)
        print("task \(number): note added")
    }
}

struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "due", abstract: "Set or clear a task's deadline.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The task number.") var number: Int
    @Argument(help: ArgumentHelp("The deadline, or none to clear it.", valueName: "YYYY-MM-DD|none")) var date: String
    @Option(help: ArgumentHelp("Why it moves (延期的理由): kept in the history, the task's log of extensions.", valueName: "text"))
    var reason: String?

    func validate() throws {
        guard date == "none" || DayDate(date) != nil else {
            throw ValidationError("\(date) is not a date as YYYY-MM-DD (or none)")
        }
    }

    func run() throws {
        let deadline = DayDate(date).map { Deadline(.date($0.description)) }
        let entries = try ChangeCommand.run([.deadline(task: number, to: deadline)], options: options, reason: reason)
        print("task \(number): " + (deadline == nil ? "no deadline" : "due \(date)") + (entries.isEmpty ? " (unchanged)" : ""))
    }
}
