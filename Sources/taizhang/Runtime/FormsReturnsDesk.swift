import TaizhangApp
import TaizhangDashboard
import TaizhangForms
import TaizhangModel
import TaizhangStore
import TaizhangWords

/// The dashboard's `C` reads returned forms as `taizhang collect` does: the same files
/// (`ReturnFiles`), the same reading and matching (`ReturnCollector`), the same report.
struct FormsReturnsDesk: ReturnsDesk {
    let environment: [String: String]

    func preview(path: String, ledger: Ledger, today: DayDate, language: Language, now: Stamp) -> Result<ReturnsPreview, ReturnsDeskFailure> {
        let expanded = LedgerLocation.expandTilde(path, environment: environment)
        let files: [String]
        do {
            files = try ReturnFiles.expand([expanded])
        } catch {
            return .failure(ReturnsDeskFailure(error.words(language)))
        }
        let collection = ReturnCollector.collect(files.map(ReturnedForm.read), into: ledger, now: now, received: nil, accept: [])
        let lines = collection.words(language, today: today, applied: false, commandLine: false).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let changes = collection.entries.count
        return .success(ReturnsPreview(path: path, lines: lines, base: ledger, result: changes > 0 ? collection.ledger : nil, changes: changes))
    }
}
