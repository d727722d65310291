import TaizhangScreen
import TaizhangModel
import TaizhangWords

extension DashboardState {
    /// Applies a change to the ledger and keeps every derived count in step with it.
    /// Returns `.save` when something changed.
    mutating func apply(_ change: LedgerChange, now: () -> Stamp) -> [Effect] {
        if let reason = changeBlocked {
            message = reason
            return []
        }
        if let refusal = access.refusal(of: change, in: ledger) {
            message = refusal.words(strings.language)
            return []
        }
        guard let number = change.task, let position = ledger.taskIndex(number) else {
            return applyToWholeLedger(change, now: now)
        }
        let before = ledger.plan.tasks[position]
        do {
            guard try ledger.apply(change, stamp: now()) != nil else { return [] }
        } catch {
            message = error.words(strings.language)
            return []
        }
        historyByTask[number, default: []].append(ledger.history.count - 1)
        let after = ledger.plan.tasks[position]
        countProgress(of: before, sign: -1, total: false)
        countProgress(of: after, sign: 1, total: false)
        let partsChanged = before.status != after.status || before.unitsDone != after.unitsDone
        if before.deadline != after.deadline || before.units != after.units {
            // Deadlines and units change rarely; recounting per unit is simplest here.
            recountWorkload()
        } else if partsChanged {
            workload.taskChanged(from: before, to: after)
        }
        if partsChanged || before.deadline != after.deadline || before.units != after.units {
            rebuildWorkloadLines()
            if statusFilter != nil || overdueOnly || taskSort == .status || taskSort == .deadline {
                rebuildTaskRows()
            }
        }
        return [.save]
    }

    private mutating func applyToWholeLedger(_ change: LedgerChange, now: () -> Stamp) -> [Effect] {
        do {
            guard try ledger.apply(change, stamp: now()) != nil else { return [] }
        } catch {
            message = error.words(strings.language)
            return []
        }
        ledgerReplaced(by: ledger)
        return [.save]
    }

    /// Takes back (or puts back) the latest change, whoever made it, and says which.
    mutating func undoOrRedo(undo: Bool, now: () -> Stamp) -> [Effect] {
        if let reason = changeBlocked {
            message = reason
            return []
        }
        if let target = undo ? ledger.nextUndo : ledger.nextRedo, let refusal = access.refusal(of: target, in: ledger) {
            message = refusal.words(strings.language)
            return []
        }
        do {
            guard let (next, entry) = try (undo ? ledger.undoing(stamp: now()) : ledger.redoing(stamp: now())) else {
                message = undo ? strings.nothingToUndo : strings.nothingToRedo
                return []
            }
            ledgerReplaced(by: next)
            message = entry.words(strings.language)
            return [.save]
        } catch {
            message = error.words(strings.language)
            return []
        }
    }

    /// Enter in a prompt: add the note, or set the deadline from `YYYY-MM-DD` (empty or
    /// `none` clears it). A date that does not exist keeps the prompt open with the reason.
    mutating func submitPrompt(now: () -> Stamp) -> [Effect] {
        guard let prompt else { return [] }
        if let reason = changeBlocked {
            // What was typed stays in the prompt, to be sent once the ledger can be changed.
            self.prompt?.error = reason
            return []
        }
        let text = prompt.editor.text.trimmingCharacters(in: " ")
        switch prompt.kind {
        case .note(let task):
            guard !text.isEmpty else {
                self.prompt = nil
                return []
            }
            self.prompt = nil
            return apply(.addNote(task: task, text: text), now: now)
        case .deadline(let task):
            if text.isEmpty || text.lowercased() == "none" {
                self.prompt = nil
                return apply(.deadline(task: task, to: nil), now: now)
            }
            guard let day = DayDate(text) else {
                self.prompt?.error = strings.badDate
                return []
            }
            self.prompt = nil
            return apply(.deadline(task: task, to: Deadline(.date(day.description))), now: now)
        }
    }

    /// Space in the unit picker: one unit's part done or not, with what follows for the task
    /// (`Ledger.partChanges`: every part done makes it reported, awaiting sign-off).
    mutating func toggleUnitPart(now: () -> Stamp) -> [Effect] {
        guard let picker = unitPicker, let position = ledger.taskIndex(picker.task) else { return [] }
        let task = ledger.plan.tasks[position]
        guard task.units.indices.contains(picker.cursor) else { return [] }
        let unit = task.units[picker.cursor].name
        var effects: [Effect] = []
        var changes = ledger.partChanges(task: task.number, unit: unit, done: !task.unitsDone.contains(unit))
        // A unit's account reports its own part; moving the task itself is the coordinator's.
        if access != .everything { changes = Array(changes.prefix(1)) }
        for change in changes {
            effects += apply(change, now: now)
        }
        return effects.isEmpty ? [] : [.save]
    }

    mutating func toggleGroup() {
        guard focus == .workload, workloadLines.indices.contains(workloadCursor) else { return }
        let line = workloadLines[workloadCursor]
        guard let name = line.group ?? (line.isGroup ? line.row.unit : nil) else { return }
        if expandedGroups.contains(name) {
            expandedGroups.remove(name)
            // Collapsing from a member row puts the cursor back on its group.
            if let groupRow = workloadLines.firstIndex(where: { $0.row.unit == name && $0.group == nil }) {
                workloadCursor = groupRow
            }
        } else {
            expandedGroups.insert(name)
        }
        rebuildWorkloadLines()
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var slice = Substring(self)
        while slice.first == set { slice.removeFirst() }
        while slice.last == set { slice.removeLast() }
        return String(slice)
    }
}

extension Prompt {
    mutating func edit(_ action: EditAction) {
        error = nil
        switch action {
        case .insert(let character): editor.insert(character)
        case .deleteBackward: editor.deleteBackward()
        case .deleteForward: editor.deleteForward()
        case .left: editor.moveLeft()
        case .right: editor.moveRight()
        case .home: editor.moveToStart()
        case .end: editor.moveToEnd()
        case .wordLeft: editor.moveWordLeft()
        case .wordRight: editor.moveWordRight()
        case .deleteToStart: editor.deleteToStart()
        }
    }
}
