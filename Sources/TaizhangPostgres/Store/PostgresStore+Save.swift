import Foundation
import PostgresNIO
import TaizhangModel
import TaizhangStore

extension PostgresStore {
    /// Saves `ledger` (what this copy last read plus its new entries) in one transaction
    /// under the plan's lock: the changes other writers committed since are read and
    /// followed, ours are merged onto them as the file store merges (`LedgerMerge`), and
    /// each resulting edit is made in the rows, checking what it replaces. It returns only
    /// after the server committed. If a row holds something this copy did not expect, the
    /// plan is read whole and the save tried once more.
    public mutating func save(_ ledger: Ledger) throws(StoreError) -> SavedLedger {
        do throws(StoreFailure) {
            let local = try resolveDoubt(ledger)
            // A ledger never read through this store has nothing to be merged against.
            guard let base else { throw StoreFailure.ledger(.writeFailed(path: name, reason: .notReadFirst)) }
            guard local.history.count > base.history.count else {
                return SavedLedger(ledger: local, merged: false, superseded: [], backup: nil)
            }
            do throws(StoreFailure) {
                return try commit(local, onto: base, readingWhole: false)
            } catch .mismatch {
                return try commit(local, onto: base, readingWhole: true)
            }
        } catch {
            throw error.storeError(ledger: name)
        }
    }

    /// One attempt at a save. `readingWhole` reads the plan's rows whole under the lock
    /// instead of following the new changes onto `base`.
    private mutating func commit(_ local: Ledger, onto base: Ledger, readingWhole: Bool) throws(StoreFailure) -> SavedLedger {
        guard let plan else { throw .server(.noSuchPlan(address.plan)) }
        let save = newSaveID()
        let access = self.access
        var written: Ledger?
        do throws(StoreFailure) {
            let (outcome, last) = try link.transaction { () throws(StoreFailure) -> (SavedLedger, Int) in
                try link.sql("SELECT pg_advisory_xact_lock(\(Migrator.lockClass)::integer, \(plan)::integer)")
                let theirs = try current(plan: plan, base: base, readingWhole: readingWhole)
                let merged = theirs.history == base.history
                    ? LedgerMerge.Result(ledger: local, superseded: [])
                    : LedgerMerge.merge(base: base, local: local, theirs: theirs)
                let new = Array(merged.ledger.history[theirs.history.count...])
                var copy = theirs
                let writer = EditWriter(link: link, plan: plan)
                for entry in new {
                    if let refusal = access.refusal(of: entry, in: copy) { throw .refused(refusal) }
                    let edit: Edit?
                    do throws(LedgerChangeError) {
                        edit = try copy.edit(madeBy: entry)
                        try copy.follow(entry)
                    } catch {
                        throw .mismatch(task: Self.task(of: error))
                    }
                    if let edit { try writer.write(edit, stamp: entry.stamp) }
                }
                let last = try PlanRows.record(new, plan: plan, save: save, link)
                var result = merged.ledger
                result.generation = try PlanRows.generation(plan: plan, link)
                written = result
                return (SavedLedger(ledger: result, merged: theirs.history != base.history, superseded: merged.superseded, backup: nil), last)
            }
            remember(outcome.ledger, head: last)
            return outcome
        } catch .server(.outcomeUnknown) {
            if let written { inDoubt = InDoubt(save: save, asked: local, written: written) }
            throw .server(.outcomeUnknown)
        } catch .mismatch(let task) where readingWhole && access != .everything {
            // The rows were read whole and still refuse the edit: row-level security hides
            // what this account may not change (another account's note).
            throw .refused(.othersEntry(task: task ?? 0, unit: access.unit ?? ""))
        }
    }

    /// The plan as it is now, inside the save's transaction: `base` with the changes
    /// recorded since followed on it, or the rows read whole.
    private func current(plan: Int, base: Ledger, readingWhole: Bool) throws(StoreFailure) -> Ledger {
        if !readingWhole {
            guard let (entries, _, generation) = try PlanRows.changes(plan: plan, after: head, place: name, link) else { return base }
            var theirs = base
            if (try? theirs.follow(entries)) != nil {
                theirs.generation = generation
                return theirs
            }
        }
        return try PlanRows.read(plan: plan, place: name, link).ledger
    }

    /// After a save whose commit went unanswered: whether the server kept it. If it did,
    /// what it wrote becomes what this copy last saved, and `current` (which held those
    /// changes unsaved, perhaps with more) is put on top of it; if not, nothing was kept and
    /// `current` is saved as it is. Throws while the server cannot be asked.
    mutating func resolveDoubt(_ current: Ledger) throws(StoreFailure) -> Ledger {
        guard let doubt = inDoubt else { return current }
        let row = try link.sql("SELECT max(seq) FROM taizhang.changes WHERE save_id = \(doubt.save)").first
        var seq: Int?
        if let row { seq = try row.columns((Int?).self) }
        inDoubt = nil
        guard let seq else { return current }
        remember(doubt.written, head: seq)
        return LedgerMerge.merge(base: doubt.asked, local: current, theirs: doubt.written).ledger
    }

    private static func task(of error: LedgerChangeError) -> Int? {
        switch error {
        case .noSuchTask(let task), .noSuchNote(let task): task
        case .noSuchUnit(let task, _), .noSuchEvidence(let task, _): task
        case .noNoteNumbered(let task, _, _): task
        case .emptyNote, .emptyEvidence, .emptyTitle, .badDate, .sameUnitTwice: nil
        }
    }
}
