import TaizhangModel

extension DashboardState {
    /// Collecting the units' returns from the dashboard: `C` asks for a path, the runtime
    /// reads the forms into a preview, `y` records it (one change per row, by the unit, as
    /// `collect --apply` does, so `u` takes them back), any other way out records nothing.
    mutating func updateCollect(_ action: Action) -> [Effect] {
        switch action {
        case .beginCollect:
            if let reason = changeBlocked {
                message = reason
                return []
            }
            prompt = Prompt(kind: .collect)
        case .returnsRead(let preview):
            returnsPreview = preview
        case .collectScroll(let delta):
            guard var preview = returnsPreview else { return [] }
            preview.scroll = max(0, min(preview.scroll + delta, preview.lines.count - 1))
            returnsPreview = preview
        case .collectCancel:
            if returnsPreview?.result != nil { message = strings.collectCancelled }
            returnsPreview = nil
        case .collectApply:
            guard let preview = returnsPreview else { return [] }
            guard let result = preview.result else {
                returnsPreview = nil
                return []
            }
            if let reason = changeBlocked {
                message = reason
                return []
            }
            // Another change landed since the forms were read: read them again rather than
            // record over it.
            guard preview.base == ledger else {
                returnsPreview = nil
                message = strings.collectStale
                return []
            }
            let added = result.history.dropFirst(ledger.history.count)
            let (access, current) = (self.access, ledger)
            if let refusal = added.lazy.compactMap({ access.refusal(of: $0, in: current) }).first {
                returnsPreview = nil
                message = refusal.words(strings.language)
                return []
            }
            returnsPreview = nil
            ledgerReplaced(by: result)
            message = strings.collectRecorded(preview.changes)
            return [.save]
        default:
            break
        }
        return []
    }
}
