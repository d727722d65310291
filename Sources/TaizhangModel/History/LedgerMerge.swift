/// Two writers: when another process saved the ledger after this one read it, this
/// process's changes (its history entries since that read) are replayed, in order, on the
/// other's copy instead of overwriting it. Changes to different tasks (or different fields,
/// units, aliases, groups) are all kept. When both changed the same thing, the change made
/// later (by its time stamp) wins; the earlier one, if it is ours, is kept in the history as
/// a `superseded` entry naming it (theirs is in the history already).
public enum LedgerMerge {
    public struct Result: Sendable {
        public var ledger: Ledger
        /// Our changes that lost to a later change of the same thing, or could not be
        /// replayed (their copy no longer has the task); each is in the history as superseded.
        public var superseded: [HistoryEntry]
    }

    /// Replays what `local` changed since `base` onto `theirs`.
    public static func merge(base: Ledger, local: Ledger, theirs: Ledger) -> Result {
        let ours = local.history.count >= base.history.count ? Array(local.history[base.history.count...]) : []
        let sharesBase = theirs.history.count >= base.history.count && Array(theirs.history[..<base.history.count]) == base.history
        let theirNew = sharesBase ? Array(theirs.history[base.history.count...]) : []
        var latest: [HistoryReplay.Key: Int64] = [:]
        for entry in theirNew {
            guard let key = HistoryReplay.key(of: entry) else { continue }
            let time = HistoryReplay.seconds(entry.at) ?? Int64.min
            latest[key] = max(latest[key] ?? Int64.min, time)
        }
        var merged = theirs
        var superseded: [HistoryEntry] = []
        for entry in ours {
            if let key = HistoryReplay.key(of: entry), let theirTime = latest[key],
                let ourTime = HistoryReplay.seconds(entry.at), ourTime < theirTime
            {
                superseded.append(entry)
                merged.history.append(supersededEntry(entry))
                continue
            }
            if !replay(entry, onto: &merged) {
                superseded.append(entry)
                merged.history.append(supersededEntry(entry))
            }
        }
        return Result(ledger: merged, superseded: superseded)
    }

    /// An entry saying our change `entry` was not applied, in `from` as the entry was.
    static func supersededEntry(_ entry: HistoryEntry) -> HistoryEntry {
        HistoryEntry(at: entry.at, by: entry.by, task: entry.task, field: "superseded", from: HistoryReplay.object(entry), to: .null)
    }

    /// Applies one of our entries to `ledger` with its original time and author; false
    /// when it cannot be applied there.
    static func replay(_ entry: HistoryEntry, onto ledger: inout Ledger) -> Bool {
        let stamp = Stamp(at: entry.at, by: entry.by)
        switch entry.field {
        case "note":
            guard let task = entry.task, case .string(let text) = entry.to else { return false }
            return (try? ledger.apply(.addNote(task: task, text: text), stamp: stamp)) != nil
        case "restore":
            guard let content = LedgerSnapshot.ledger(from: entry.to, keeping: ledger) else { return false }
            var replayed = entry
            replayed.from = LedgerSnapshot.value(ledger)
            ledger.replaceContent(with: content)
            ledger.history.append(replayed)
            return true
        case "undo", "redo":
            guard let target = HistoryReplay.target(of: entry) else { return false }
            let stacks = ledger.undoStacks()
            let candidates = entry.field == "undo" ? stacks.done : stacks.undone
            guard let index = candidates.last(where: { HistoryReplay.matches(ledger.history[$0], target) }) else { return false }
            let found = ledger.history[index]
            if entry.field == "undo" {
                return (try? ledger.takeBack(found, stamp: stamp)) != nil
            }
            return (try? ledger.putBack(found, stamp: stamp)) != nil
        case "superseded":
            ledger.history.append(entry)
            return true
        default:
            guard let change = HistoryReplay.change(field: entry.field, task: entry.task, value: entry.to) else {
                // A kind of entry this build does not know: keep it in the history as it was.
                ledger.history.append(entry)
                return true
            }
            do {
                try ledger.apply(change, stamp: stamp)
                return true
            } catch {
                return false
            }
        }
    }
}
