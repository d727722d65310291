import TaizhangModel

extension Dashboard {
    /// The results of the runtime's effects (a save, a report) and what it noticed between
    /// keys (another process's save), as the next state and the effects they call for in
    /// turn: nil when `action` is a key's action, for `update` to handle.
    ///
    /// Results run through `update` like keys, so the runtime has no rules of its own: a
    /// retried save that succeeds while a quit waits on it quits, and another process's save
    /// arriving while a change is NOT SAVED saves again (their lock may be what failed it).
    static func result(_ action: Action, on state: inout DashboardState) -> [Effect]? {
        switch action {
        case .saved(let generation, let merged):
            if let merged { state.ledgerReplaced(by: merged) }
            state.ledger.generation = generation
            state.unsavedReason = nil
            // The first q with unsaved changes asked for this save: nothing is lost now.
            return state.quitPending ? [.quit] : []
        case .saveFailed(let reason):
            state.unsavedReason = reason
            return []
        case .ledgerChanged(let ledger):
            state.ledgerReplaced(by: ledger)
            return state.unsavedReason != nil && state.changeBlocked == nil ? [.save] : []
        case .connectionLost(let reason):
            state.offlineReason = reason
            return []
        case .connectionRestored:
            // Back: what was not saved while the server was away is saved now.
            state.offlineReason = nil
            return state.unsavedReason != nil && state.changeBlocked == nil ? [.save] : []
        case .reportWritten(let paths):
            state.message = state.strings.reportWritten + paths.joined(separator: ", ")
            return []
        case .reportFailed(let reason), .notify(let reason):
            state.message = reason
            return []
        case .searchPrepared(let prepared):
            state.index.adopt(prepared)
            return []
        default:
            return nil
        }
    }
}
