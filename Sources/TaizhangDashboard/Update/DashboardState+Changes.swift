import TaizhangScreen
import TaizhangModel
import TaizhangWords
import TaizhangText

extension DashboardState {
    /// Applies a change to the ledger (with the reason it was made, for the history) and keeps
    /// every derived count in step with it; the status line says what changed, naming the
    /// task. Returns `.save` when something changed.
    mutating func apply(_ change: LedgerChange, reason: String? = nil, now: () -> Stamp) -> [Effect] {
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
        let entry: HistoryEntry
        do {
            guard let made = try ledger.apply(change, stamp: now(), reason: reason) else { return [] }
            entry = made
        } catch {
            message = error.words(strings.language)
            return []
        }
        message = TerminalSafe.sanitize(entry.words(strings.language))
        let after = ledger.plan.tasks[position]
        if before.units != after.units {
            // Units change the index, the workload's rows and the unit filter: all afresh.
            ledgerReplaced(by: ledger)
            return [.save]
        }
        historyByTask[number, default: []].append(ledger.history.count - 1)
        let judgement = self.judgement
        countProgress(of: before, sign: -1, total: false, judgement: judgement)
        countProgress(of: after, sign: 1, total: false, judgement: judgement)
        if before.deadline != after.deadline {
            // Deadlines change rarely; recounting per unit is simplest here.
            recountWorkload()
        } else {
            // Status, parts and notes (a problem reported turns a light yellow).
            workload.taskChanged(from: before, to: after)
        }
        rebuildWorkloadLines()
        let filtered = statusFilter != nil || overdueOnly || lightFilter != nil
        if filtered || [.status, .light, .deadline].contains(taskSort) {
            rebuildTaskRows()
        }
        return [.save]
    }

    private mutating func applyToWholeLedger(_ change: LedgerChange, now: () -> Stamp) -> [Effect] {
        let entry: HistoryEntry
        do {
            guard let made = try ledger.apply(change, stamp: now()) else { return [] }
            entry = made
        } catch {
            message = error.words(strings.language)
            return []
        }
        ledgerReplaced(by: ledger)
        message = TerminalSafe.sanitize(entry.words(strings.language))
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
