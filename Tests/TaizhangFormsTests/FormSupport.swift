import Foundation
import TaizhangForms
import TaizhangImport
import TaizhangModel
import TaizhangTestSupport

/// The bundled plan with a monthly cycle (due the 25th), forms made on 10 November 2026 and
/// returns collected on the 24th.
enum FormFixture {
    static let today = DayDate(year: 2026, month: 11, day: 10)!
    static let made = "2026-11-10T09:00:00+08:00"
    static let now = Stamp(at: "2026-11-24T10:00:00+08:00", by: "coordinator")

    static func ledger() -> Ledger {
        var ledger = Ledger.bundled()
        _ = try? ledger.apply(.settings(LedgerSettings(cycle: .monthly(day: 25))), stamp: Stamp(at: "2026-11-01T09:00:00+08:00", by: "coordinator"))
        return ledger
    }

    static var period: ReportingCycle.Period { ledger().returnPeriod(today: today) }

    /// Forms for `units` (all when empty) in a fresh folder, returned with it.
    static func forms(_ ledger: Ledger = ledger(), units: [String] = []) throws -> (folder: TemporaryFolder, written: [FormWriter.Written]) {
        let folder = TemporaryFolder()
        let written = try FormWriter.write(ledger: ledger, units: units, period: period, made: made, today: today, folder: folder.path)
        return (folder, written)
    }

    static func path(_ folder: TemporaryFolder, _ unit: String) -> String {
        folder.file(FormWriter.fileName(unit: unit, period: period))
    }
}
