/// Two writers: when another process saved the ledger after this one read it, this
/// process's changes (its history entries since that read) are replayed, in order, on the
/// other's copy instead of overwriting it. Changes to different tasks (or different fields,
/// units, aliases, groups) are all kept. When both changed the same thing, the change made
/// later (by its time stamp) wins; the earlier one, if it is ours, is kept in the history as
/// a `superseded` entry naming it (theirs is in the history already). A change of ours that
/// their copy already holds (both marked task 5 done) is recorded as superseded too, so every
/// change that was accepted is in the history.
public enum LedgerMerge {
    public struct Result: Sendable {
        public var ledger: Ledger
        /// Our changes that lost to a later change of the same thing, were already made, or
        /// could not be replayed (their copy no longer has the task); each is in the history
        /// as superseded.
        public var superseded: [HistoryEntry]

        public init(ledger: Ledger, superseded: [HistoryEntry]) {
            self.ledger = ledger
            self.superseded = superseded
        }
    }

    /// Replays what `local` changed since `base` onto `theirs`.
    public static func merge(base: Ledger, local: Ledger, theirs: Ledger) -> Result {
        let ours = local.history.count >= base.history.count ? Array(local.history[base.history.count...]) : []
        let sharesBase = theirs.history.count >= base.history.count && Array(theirs.history[..<base.history.count]) == base.history
        let theirNew = sharesBase ? Array(theirs.history[base.history.count...]) : []
        var latest: [Edit.Subject: Int64] = [:]
        for entry in theirNew {
            guard let subject = entry.subject else { continue }
            let time = StampTime.seconds(entry.at) ?? Int64.min
            latest[subject] = max(latest[subject] ?? Int64.min, time)
        }
        var merged = theirs
        var superseded: [HistoryEntry] = []
        for entry in ours {
            if let subject = entry.subject, let theirTime = latest[subject],
                let ourTime = StampTime.seconds(entry.at), ourTime < theirTime
            {
                superseded.append(entry)
                merged.history.append(HistoryEntry(at: entry.at, by: entry.by, event: .superseded(entry.reference)))
                continue
            }
            if !replay(entry, onto: &merged) {
                superseded.append(entry)
                merged.history.append(HistoryEntry(at: entry.at, by: entry.by, event: .superseded(entry.reference)))
            }
        }
        return Result(ledger: merged, superseded: superseded)
    }

    /// Applies one of our entries to `ledger` with its original time and author; false
    /// when it cannot be applied there or changes nothing there.
    static func replay(_ entry: HistoryEntry, onto ledger: inout Ledger) -> Bool {
        let stamp = entry.stamp
        switch entry.event {
        case .edit(let edit):
            if case .restore(let label, _, let content) = edit {
                // Their content is what the restore now replaces.
                ledger.history.append(HistoryEntry(stamp, .edit(.restore(label: label, from: ledger.content, to: content))))
                if let content { ledger.content = content }
                return true
            }
            if edit.isAddition {
                // An added note or piece of evidence never conflicts: it is added as written.
                guard (try? ledger.perform(edit, stamp: stamp)) != nil else { return false }
                ledger.history.append(entry)
                return true
            }
            // Set the same thing to the same value on their copy, recording what it replaced
            // there; nothing to record when their copy already holds it.
            guard let replayed = try? ledger.edit(replaying: edit) else { return false }
            guard (try? ledger.perform(replayed, stamp: stamp)) != nil else { return false }
            ledger.history.append(HistoryEntry(stamp, .edit(replayed), reason: entry.reason))
            return true
        case .undo(let target), .redo(let target):
            let stacks = ledger.undoStacks()
            let isUndo = if case .undo = entry.event { true } else { false }
            let candidates = isUndo ? stacks.done : stacks.undone
            guard let index = candidates.last(where: { ledger.history[$0].names(target) }) else { return false }
            let found = ledger.history[index]
            if isUndo { return (try? ledger.takeBack(found, stamp: stamp)) != nil }
            return (try? ledger.putBack(found, stamp: stamp)) != nil
        case .superseded, .unknown:
            // Already bookkeeping, or a kind this build does not know: kept as it was.
            ledger.history.append(entry)
            return true
        }
    }
}

extension HistoryEntry {
    /// What the entry changes, for deciding which of two writers' changes wins.
    var subject: Edit.Subject? {
        switch event {
        case .edit(let edit): edit.subject
        case .undo(let target), .redo(let target): target.subject
        case .superseded, .unknown: nil
        }
    }
}

extension Ledger {
    /// `edit` as it would be made on this copy: the same thing set to the same value, with
    /// what this copy holds now as the value before; nil when this copy already holds it.
    func edit(replaying edit: Edit) throws(LedgerChangeError) -> Edit? {
        func task(_ number: Int) throws(LedgerChangeError) -> PlanTask {
            guard let index = taskIndex(number) else { throw .noSuchTask(number) }
            return plan.tasks[index]
        }
        switch edit {
        case .status(let number, _, let to):
            let now = try task(number).status
            return now == to ? nil : .status(task: number, from: now, to: to)
        case .note(let number, let from, let to):
            guard let from else { return edit }
            let notes = try task(number).notes
            guard let now = notes.last(where: { $0 == from }) ?? notes.last(where: { $0.at == from.at && $0.by == from.by }) else {
                throw .noSuchNote(task: number)
            }
            return now == to ? nil : .note(task: number, from: now, to: to)
        case .deadline(let number, _, let to):
            let now = try task(number).deadline
            return now == to ? nil : .deadline(task: number, from: now, to: to)
        case .evidence(let number, let from, let to):
            guard let from else { return edit }
            let items = try task(number).evidence
            guard let now = items.last(where: { $0 == from }) ?? items.last(where: { $0.link == from.link }) else {
                throw .noSuchEvidence(task: number, link: from.link)
            }
            return now == to ? nil : .evidence(task: number, from: now, to: to)
        case .unitDone(let number, let unit, _, let to):
            let found = try task(number)
            guard found.units.contains(where: { $0.name == unit }) else { throw .noSuchUnit(task: number, unit: unit) }
            let now = found.unitsDone.contains(unit)
            return now == to ? nil : .unitDone(task: number, unit: unit, from: now, to: to)
        case .alias(let name, _, let to):
            let now = aliases.first { $0.from == name }?.to
            return now == to ? nil : .alias(name: name, from: now, to: to)
        case .group(let name, _, let to):
            let now = groups.first { $0.name == name }?.members
            return now == to ? nil : .group(name: name, from: now, to: to)
        case .restore(let label, _, let to):
            return .restore(label: label, from: content, to: to)
        case .settings(_, let to):
            return settings == to ? nil : .settings(from: settings, to: to)
        case .units(let number, _, let to):
            let found = try task(number)
            let now = TaskUnits(units: found.units, inherited: found.unitsInherited)
            return now == to ? nil : .units(task: number, from: now, to: to)
        case .planInfo(_, let to):
            return plan.info == to ? nil : .planInfo(from: plan.info, to: to)
        case .returnRecord(let from, let to):
            let key = from ?? to
            let now = returns.last { $0.unit == key?.unit && $0.period == key?.period }
            return now == to ? nil : .returnRecord(from: now, to: to)
        }
    }
}
