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
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Add a progress note to a task, or change or delete one.",
        discussion: "Notes are numbered from 1, oldest first, as `show` lists them. Every change is undoable.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The task number.") var number: Int
    @Argument(help: "The note, in quotes (with --edit: its new text).") var text: String?
    @Option(help: ArgumentHelp("Give note K new text.", valueName: "K")) var edit: Int?
    @Option(help: ArgumentHelp("Delete note K.", valueName: "K")) var delete: Int?

    func validate() throws {
        let zh = options.language == .chinese
        if edit != nil, delete != nil { throw ValidationError(zh ? "--edit 和 --delete 只能选一个" : "give --edit or --delete, not both") }
        if delete != nil, text != nil { throw ValidationError(zh ? "删除进展时不需要文字" : "--delete takes no text") }
        if delete == nil, text == nil { throw ValidationError(zh ? "请写出进展内容" : "give the note's text") }
    }

    func run() throws {
        let zh = options.language == .chinese
        if let edit {
            _ = try ChangeCommand.run([.editNote(task: number, index: edit - 1, text: text ?? "")], options: options)
            print(zh ? "任务 \(number)：已修改第 \(edit) 条进展" : "task \(number): note \(edit) changed")
        } else if let delete {
            _ = try ChangeCommand.run([.deleteNote(task: number, index: delete - 1)], options: options)
            print(zh ? "任务 \(number)：已删除第 \(delete) 条进展" : "task \(number): note \(delete) deleted")
        } else {
            _ = try ChangeCommand.run([.addNote(task: number, text: text ?? "")], options: options)
            print(zh ? "任务 \(number)：已添加进展" : "task \(number): note added")
        }
    }
}

struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due", abstract: "Set or clear a task's deadline.",
        discussion: "Dates as people write them: 2026-12-31, 2026/12/31, 2026.12.31, 12月31日, 12-31, 年底前, 6月底前, 下周五; "
            + "每季度 and 持续推进 for recurring and ongoing work. A date without a year is in the plan's year.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The task number.") var number: Int
    @Argument(help: ArgumentHelp("The deadline, or none to clear it.", valueName: "date|none")) var date: String
    @Option(help: ArgumentHelp("Why it moves (延期的理由): kept in the history, the task's log of extensions.", valueName: "text"))
    var reason: String?

    /// The deadline typed, read in `year` (`TypedDate`, as the dashboard's prompt reads it).
    /// An empty argument is refused rather than read as "none": in a script it is far more
    /// likely an unset variable than a wish to clear the deadline.
    func deadline(year: Int, today: DayDate) throws(ValidationError) -> Deadline? {
        guard !date.allSatisfy(\.isWhitespace) else { throw ValidationError(TypedDate.Failure.notADate(date).words(options.language)) }
        switch TypedDate.deadline(date, year: year, today: today) {
        case .success(let deadline): return deadline
        case .failure(.notADate(let text)): throw ValidationError("\(text): " + TypedDate.Failure.notADate(text).words(options.language))
        case .failure(let failure): throw ValidationError(failure.words(options.language))
        }
    }

    func validate() throws {
        let today = DayDate.current()
        _ = try deadline(year: today.year, today: today)
    }

    func run() throws {
        let today = DayDate.current()
        let ledger = try options.existingLedger() ?? .bundled()
        let year = ledger.plan.year ?? today.year
        var deadline: Deadline?
        do {
            deadline = try self.deadline(year: year, today: today)
        } catch {
            throw CommandError(error.message)
        }
        // The same day (or period) typed again keeps the plan's words with it, as the
        // dashboard's prompt does: `due 5 2022-12-31` leaves 2022-12-31（年底前） unchanged.
        if let old = ledger.taskIndex(number).flatMap({ ledger.plan.tasks[$0].deadline }), old.kind == deadline?.kind {
            deadline = old
        }
        let entries = try ChangeCommand.run([.deadline(task: number, to: deadline)], options: options, reason: reason)
        let language = options.language
        if language == .chinese {
            print("任务 \(number)：" + (deadline.map { "时限 " + $0.words(language) } ?? "无时限") + (entries.isEmpty ? "（未变）" : ""))
        } else {
            print("task \(number): " + (deadline.map { "due " + $0.words(language) } ?? "no deadline") + (entries.isEmpty ? " (unchanged)" : ""))
        }
    }
}
