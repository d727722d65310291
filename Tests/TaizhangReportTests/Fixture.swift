import TaizhangImport
import TaizhangStore
import Foundation
import TaizhangModel
@testable import TaizhangReport

/// The bundled Zhuhai plan with a known set of changes, as a coordinator would have made
/// them by early 2023: the numbers every report test checks come from this ledger.
enum Fixture {
    static let today = DayDate("2023-01-05")!
    static let done = [1, 2, 3, 6, 12, 20, 56]
    static let doing = [4, 11, 30, 45]

    static func ledger() -> Ledger {
        var ledger = Ledger.bundled()
        let stamp = Stamp(at: "2022-12-01T10:00:00+08:00", by: "coordinator")
        func apply(_ change: LedgerChange, at: String? = nil) {
            let stamp = at.map { Stamp(at: $0, by: "coordinator") } ?? stamp
            do { try ledger.apply(change, stamp: stamp) } catch { preconditionFailure("fixture change \(change): \(error)") }
        }
        for number in done { apply(.status(task: number, to: .done)) }
        for number in doing { apply(.status(task: number, to: .doing)) }
        apply(.deadline(task: 5, to: Deadline(.date("2022-12-31"), phrase: "年底前")))
        apply(.deadline(task: 45, to: Deadline(.date("2022-12-31"), phrase: "2022年底前")))
        apply(.deadline(task: 7, to: Deadline(.date("2023-06-30"))))
        apply(.deadline(task: 1, to: Deadline(.date("2022-06-30"))))
        apply(.deadline(task: 13, to: Deadline(.ongoing, phrase: "持续推进")))
        apply(.addNote(task: 4, text: "已印发工作方案"), at: "2022-10-10T09:00:00+08:00")
        apply(.addNote(task: 4, text: "两个区完成试点，\"标准目录\"待审定"), at: "2022-11-20T16:30:00+08:00")
        apply(.addNote(task: 45, text: "公报数字化完成 80%"), at: "2022-12-28T11:00:00+08:00")
        apply(.alias(from: "市直其他单位", to: "市直各有关单位"))
        apply(.group(name: "政务公开牵头单位", members: ["市政府办公室", "市政务服务数据管理局"]))
        return ledger
    }

    static func report(unit: String? = nil, area: Int? = nil) throws -> Report {
        try Report.make(ledger: ledger(), today: today, ledgerPath: "~/台账/ledger.json", unit: unit, area: area)
    }
}
