import TaizhangModel
import TaizhangWords

/// Judges the filled-in rows of one form, one by one, into the working ledger: the checks a
/// row must pass (its task, its text, its unit, its 完成情况), the conflict with what the
/// coordinator changed after the form was made, and the changes it makes.
struct RowJudge {
    let form: ReturnedForm
    let key: FormKey
    let unit: String
    /// When the changes are made (the collection's time).
    let at: String
    /// The form's 填报人, for rows that leave theirs empty.
    let filledBy: String?
    /// Tasks whose conflicts the coordinator decided for the return.
    let accept: Set<Int>

    func judge(_ row: ReturnedRow, in ledger: inout Ledger) -> RowOutcome {
        let number = row.key?.task ?? row.number
        func outcome(_ result: RowOutcome.Result, _ entries: [HistoryEntry] = []) -> RowOutcome {
            RowOutcome(task: number, line: row.line, result: result, entries: entries)
        }
        guard let number else { return outcome(.refused(.noKey)) }
        guard let index = ledger.taskIndex(number) else { return outcome(.refused(.noSuchTask(number))) }
        guard let made = row.key ?? form.made[number] else { return outcome(.refused(.noKey)) }
        // The text the unit saw must be the text the form was made with, and still the ledger's.
        if !row.text.isEmpty, TaskChecksum.of(row.text) != made.checksum { return outcome(.refused(.textEdited(task: number))) }
        if FormMaker.checksum(ledger.plan.tasks[index]) != made.checksum { return outcome(.refused(.textChanged(task: number))) }
        let written = ledger.writtenNames(of: unit, inTask: number)
        guard !written.isEmpty else { return outcome(.refused(.unitNotNamed(task: number, unit: unit))) }
        var progress: UnitProgress?
        if !row.progress.isEmpty {
            guard let read = ProgressWords.read(row.progress) else { return outcome(.refused(.unknownProgress(task: number, text: row.progress))) }
            progress = read
        }
        let filler = row.filledBy.isEmpty ? filledBy : row.filledBy
        let stamp = Stamp(at: at, by: filler.map { "\(unit)（\($0)）" } ?? unit)

        let statusChanges = progress.map { progress in written.flatMap { ledger.progressChanges(task: number, unit: $0, progress: progress) } } ?? []
        let wanted = Self.effective(statusChanges, on: ledger, stamp: stamp)
        if !wanted.isEmpty, !accept.contains(number), let entry = coordinatorChange(task: number, written: written, in: ledger) {
            return outcome(.conflict(entry, said: row.progress))
        }
        var changes = wanted
        if let note = note(row, progress: progress, task: number, by: stamp.by, ledger: ledger) { changes.append(note) }
        let links = ledger.plan.tasks[index].evidence.map(\.link)
        for link in Self.links(row.evidence) where !links.contains(link) {
            changes.append(.addEvidence(task: number, link: link, label: nil, unit: unit))
        }
        var entries: [HistoryEntry] = []
        for change in changes {
            if let entry = try? ledger.apply(change, stamp: stamp) { entries.append(entry) }
        }
        return outcome(entries.isEmpty ? .alreadyIn : .applied, entries)
    }

    /// The changes of `changes` that change something, tried in turn on a copy.
    static func effective(_ changes: [LedgerChange], on ledger: Ledger, stamp: Stamp) -> [LedgerChange] {
        var copy = ledger
        return changes.filter { change in (try? copy.apply(change, stamp: stamp)).flatMap { $0 } != nil }
    }

    /// The latest change of the task's status or of this unit's part, made (or undone, or
    /// redone) after the form was made by anyone but the unit: the coordinator's decision,
    /// which a return must not overwrite.
    func coordinatorChange(task number: Int, written: [String], in ledger: Ledger) -> HistoryEntry? {
        guard let made = StampTime.seconds(key.made) else { return nil }
        return ledger.history.last { entry in
            guard entry.task == number, let time = StampTime.seconds(entry.at), time > made, !isUnit(entry.by) else { return false }
            let edit: Edit?
            switch entry.event {
            case .edit(let change): edit = change
            case .undo(let target), .redo(let target): edit = target.edit
            case .superseded, .unknown: edit = nil
            }
            switch edit {
            case .status?: return true
            case .unitDone(_, let name, _, _)?: return written.contains(name)
            default: return false
            }
        }
    }

    /// A stamp of this unit: its name, or its name and a 填报人 (`市司法局（张三）`).
    func isUnit(_ by: String) -> Bool {
        by == unit || by.hasPrefix(unit + "（")
    }

    /// The note a row adds: its 进展情况 with 存在问题, 下步计划 and any extension asked; none
    /// when the row says none of these, or when the same note from the unit is already there
    /// since the form was made.
    func note(_ row: ReturnedRow, progress: UnitProgress?, task number: Int, by: String, ledger: Ledger) -> LedgerChange? {
        let asking = progress == .extensionAsked
        guard !row.narrative.isEmpty || !row.problem.isEmpty || !row.nextStep.isEmpty || asking else { return nil }
        let text = row.narrative.isEmpty ? (progress?.words(.chinese) ?? "见存在问题、下步计划") : row.narrative
        var asked: String?
        if asking {
            let words = [row.narrative, row.problem, row.nextStep].joined(separator: "\n")
            asked = DateWords.firstDay(in: words, year: key.period.due.year)?.description ?? (row.narrative.isEmpty ? "申请延期" : row.narrative)
        }
        let change = LedgerChange.addNote(
            task: number, text: text, problem: row.problem.isEmpty ? nil : row.problem,
            nextStep: row.nextStep.isEmpty ? nil : row.nextStep, extensionAsked: asked)
        guard let index = ledger.taskIndex(number) else { return change }
        let made = StampTime.seconds(key.made) ?? 0
        let already = ledger.plan.tasks[index].notes.contains { note in
            note.by == by && note.text == text && note.problem == (row.problem.isEmpty ? nil : row.problem)
                && note.nextStep == (row.nextStep.isEmpty ? nil : row.nextStep) && note.extensionAsked == asked
                && (StampTime.seconds(note.at) ?? 0) >= made
        }
        return already ? nil : change
    }

    /// 佐证材料 as links or file names, one a line (or separated by semicolons).
    static func links(_ cell: String) -> [String] {
        var links: [String] = []
        for piece in cell.split(whereSeparator: { $0.isNewline || $0 == "；" || $0 == ";" }) {
            let link = String(piece).trimmed
            if !link.isEmpty, !links.contains(link) { links.append(link) }
        }
        return links
    }
}
