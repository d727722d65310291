import TaizhangWords
import TaizhangScreen
import TaizhangImport
import TaizhangStore
import TaizhangDashboard
import TaizhangModel

/// States and stamps shared by the dashboard tests: the real bundled plan, a fixed clock.
enum Fixtures {
    static let stamp = Stamp(at: "2026-11-27T17:05:09+08:00", by: "coordinator")
    static let ledgerPath = "/home/coordinator/.local/share/taizhang/ledger.json"
    /// The plan's date of issue: no deadline of the plan has passed yet.
    static let today = DayDate("2022-06-17")!

    static func state(width: Int = 100, height: Int = 30, strings: UIStrings = .english) -> DashboardState {
        DashboardState(ledger: Ledger.bundled(), ledgerPath: ledgerPath, width: width, height: height, strings: strings, today: today)
    }

    /// Applies keys the way the runtime does, collecting the effects.
    @discardableResult
    static func press(_ keys: [Key], on state: inout DashboardState) -> [Effect] {
        var effects: [Effect] = []
        for key in keys {
            guard let action = KeyMap.action(for: key, in: state) else { continue }
            effects += Dashboard.update(&state, action, now: { stamp })
        }
        return effects
    }

    static func type(_ text: String) -> [Key] {
        text.map { Key.char($0) }
    }
}
