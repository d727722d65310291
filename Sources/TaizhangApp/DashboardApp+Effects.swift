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
            let outcome = try store.save(state.ledger)
            return .saved(generation: outcome.ledger.generation, merged: outcome.merged ? outcome.ledger : nil)
        } catch {
            return saveFailure(error)
        }
    }

    /// The one place a failed save becomes an action, so its payload can change alone.
    func saveFailure(_ error: LedgerError) -> Action {
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

    /// Another process's save, if there was one since this process last read or wrote the
    /// file: one `stat` when there was none. Their ledger comes back with this process's
    /// unsaved changes replayed on it.
    mutating func anotherWritersSave() -> Action? {
        guard store.changedOnDisk() else { return nil }
        do {
            guard let fresh = try store.refresh(keeping: state.ledger) else { return nil }
            return .ledgerChanged(fresh)
        } catch {
            return .notify(error.words(state.strings.language))
        }
    }
}
