import TaizhangDashboard
import TaizhangModel
import TaizhangWords

/// Where the dashboard's `C` reads returned forms: the program gives the forms reader
/// (`collect`'s), the tests a fake. It reads the files at `path` against `ledger` and says
/// what recording them would change, or why it cannot, in the interface language.
public protocol ReturnsDesk: Sendable {
    func preview(path: String, ledger: Ledger, today: DayDate, language: Language, now: Stamp) -> Result<ReturnsPreview, ReturnsDeskFailure>
}

/// Why the forms could not be read at all (no such path, no form in the folder).
public struct ReturnsDeskFailure: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

extension DashboardApp {
    /// `Effect.readReturns`: the preview, or the reason on the status line.
    func readReturns(_ path: String) -> Action {
        guard let returnsDesk else { return .notify(state.strings.language == .chinese ? "此处不能收取回执" : "collecting returns is not available here") }
        switch returnsDesk.preview(path: path, ledger: state.ledger, today: state.today, language: state.strings.language, now: now()) {
        case .success(let preview): return .returnsRead(preview)
        case .failure(let failure): return .notify(failure.message)
        }
    }
}
