import TaizhangDashboard
import TaizhangModel
import TaizhangReport
import TaizhangStore
import TaizhangWords

extension DashboardApp {
// The effects that reach the disk, each returning how it went as an action for `update`.
    /// Writes the ledger, merged with whatever another process saved meanwhile. On failure
    /// the file on disk is left as it was and the change stays in memory, NOT SAVED; the
    /// next save of the same ledger tries again.
    mutating func save() -> Action {
        do {
            let outcome = try store.save(state.ledger, pace: .whenIdle)
            return .saved(generation: outcome.ledger.generation, merged: outcome.merged ? outcome.ledger : nil)
        } catch {
            return saveFailure(error)
        }
    }

    /// After a rest: the ledger file rewritten with what saves left in the journal's tail,
    /// as a save's result (it may bring another writer's changes). Nil when there is nothing
    /// to write, or a change is still unsaved (its save, retried, writes the file). A failure
    /// changes nothing on disk and is not shown: every change is kept in the tail, and the
    /// next rest, or quitting, tries again.
    mutating func checkpoint() -> Action? {
        guard store.tailPending, state.unsavedReason == nil else { return nil }
        guard let outcome = try? store.checkpoint() else { return nil }
        return .saved(generation: outcome.ledger.generation, merged: outcome.merged ? outcome.ledger : nil)
    }

    /// The one place a failed save becomes an action, so its payload can change alone.
    func saveFailure(_ error: StoreError) -> Action {
        .saveFailed(error.words(state.strings.language))
    }

    /// Writes the progress report in `format`; a failure is shown on the status line.
    func writeReport(format: String) -> Action {
        do {
            return .reportWritten(try reports.writeReport(on: state.ledger, today: state.today, shownPath: state.ledgerPath, format: format))
        } catch let error as ReportError {
            return .reportFailed(error.words(state.strings.language))
        } catch {
            return .reportFailed("\(error)")
        }
    }

    /// What the store saw since the last look, as actions: another writer's save (their
    /// ledger with this process's unsaved changes replayed on it); the connection to a shared
    /// ledger lost (at once, with the reason), or back (then what changed meanwhile). For a
    /// file, one `stat` when nothing happened.
    mutating func storeNews() -> [Action] {
        switch store.poll() {
        case .quiet:
            return []
        case .changed:
            return refreshed()
        case .lost(let error):
            return [.connectionLost(error.words(state.strings.language))]
        case .restored:
            return [.connectionRestored] + refreshed()
        }
    }

    private mutating func refreshed() -> [Action] {
        do {
            guard let fresh = try store.refresh(keeping: state.ledger) else { return [] }
            return [.ledgerChanged(fresh)]
        } catch {
            return [.notify(error.words(state.strings.language))]
        }
    }
}
