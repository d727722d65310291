import Foundation
import TaizhangImport
import TaizhangModel

/// Ledgers holding everything a ledger can hold, for the round trips through the database.
enum RichLedger {
    /// The bundled plan with a history of every kind and every kind of value.
    static func make() throws -> Ledger {
        var ledger = Ledger.bundled()
        func stamp(_ second: Int, _ by: String = "li") -> Stamp { Fixture.stamp(second, by: by) }
        try ledger.apply(.status(task: 1, to: .done), stamp: stamp(1))
        try ledger.apply(.status(task: 2, to: .doing), stamp: stamp(2))
        try ledger.apply(.addNote(task: 2, text: "第一次催办"), stamp: stamp(3))
        try ledger.apply(.deadline(task: 3, to: Deadline(.date("2022-09-30"))), stamp: stamp(4), reason: "市政府办公室同意延期")
        try ledger.apply(.addEvidence(task: 5, link: "https://www.zhuhai.gov.cn/zwgk/1", label: "公开栏照片", unit: nil), stamp: stamp(5))
        try ledger.apply(.unitDone(task: 14, unit: "市卫生健康局", done: true), stamp: stamp(6))
        try ledger.apply(.alias(from: "市直其他单位", to: "市直各有关单位"), stamp: stamp(7))
        try ledger.apply(.group(name: "各区政府（管委会）", members: ["香洲区", "金湾区", "斗门区"]), stamp: stamp(8))
        try ledger.apply(.status(task: 12, to: .reported), stamp: stamp(9))
        try ledger.apply(.status(task: 12, to: .returned), stamp: stamp(9), reason: "材料不全")
        try ledger.apply(.setUnits(task: 13, units: [UnitAssignment(name: "市司法局", role: .lead), UnitAssignment(name: "各区政府", role: .supporting)]), stamp: stamp(9))
        try ledger.apply(.settings(LedgerSettings(lights: LightRules(dueSoonDays: 7, unstartedShare: 0.3), cycle: .quarterly(day: 5))), stamp: stamp(9))
        try ledger.apply(.recordReturn(ReturnRecord(unit: "市司法局", period: "2022-Q3", received: "2022-10-08", file: "三季度.xlsx", phone: "0756-1")), stamp: stamp(9))
        try ledger.apply(.planInfo(PlanInfo(title: ledger.plan.info.title, documentNumber: "珠府办〔2022〕6号", issuer: "珠海市人民政府办公室", date: "2022-03-01")), stamp: stamp(9))
        try ledger.undo(stamp: stamp(9))
        try ledger.redo(stamp: stamp(10))
        try ledger.undo(stamp: stamp(11))
        // A unit's return, with what it says of problems, next steps and an extension.
        ledger.plan.tasks[6].notes.append(Note(at: stamp(12).at, by: "sfj", text: "已完成初稿", problem: "人手不足", nextStep: "月底前报送", extensionAsked: "2022-12-31"))
        ledger.plan.tasks[7].deadline = Deadline(.recurring(.quarterly), phrase: "每季度")
        ledger.plan.tasks[8].deadline = Deadline(.ongoing, phrase: "持续推进")
        ledger.plan.tasks[9].deadline = Deadline(.asWritten, phrase: "根据上级部署")
        // Another writer's later change of task 2 wins over ours: ours is kept as superseded.
        var theirs = ledger
        var ours = ledger
        try theirs.apply(.status(task: 2, to: .done), stamp: stamp(30, "wang"))
        try ours.apply(.status(task: 2, to: .todo), stamp: stamp(20))
        ledger = LedgerMerge.merge(base: ledger, local: ours, theirs: theirs).ledger
        // A backup brought back, and an entry of a kind a newer taizhang writes (kept as read,
        // its keys in their order).
        var backup = Ledger.bundled()
        backup.plan.tasks[10].status = .done
        ledger.restore(from: backup, label: ".ledger.json.backups/ledger-20221201-090500-g3.json", stamp: stamp(40))
        ledger.history.append(HistoryEntry(at: stamp(41).at, by: "zhao", event: .unknown(
            field: "reminder", task: 12, from: .null,
            to: .object([JSONMember("when", .string("2022-10-01")), JSONMember("channel", .string("短信")), JSONMember("a", .int(1))]))))
        ledger.generation = 17
        return ledger
    }

    /// A plan read from the corpus: its own labels and nine import warnings.
    static func imported() throws -> Ledger {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/plans/2022-jiangmen-ziranziyuan-zhengwugongkai/plan.txt")
        let bytes = try [UInt8](Data(contentsOf: folder))
        let result = try PlanImporter.importDocument(bytes, fileName: "plan.txt")
        var ledger = Ledger(importing: result, source: "plan.txt")
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1, by: "li"))
        return ledger
    }
}
