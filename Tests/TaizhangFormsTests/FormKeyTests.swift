import TaizhangImport
import TaizhangModel
import TaizhangWords
import Testing
@testable import TaizhangForms

@Suite struct FormKeyTests {
    @Test func keysReadBackWhatTheyWrite() throws {
        let period = ReportingCycle.Period(named: "2026-11", start: DayDate(year: 2026, month: 11, day: 1)!, due: DayDate(year: 2026, month: 11, day: 25)!)
        let key = FormKey(ledger: "0123456789abcdef", unit: "市直|其他%单位", period: period, made: "2026-11-10T09:00:00+08:00")
        #expect(key.text == "taizhang-form|1|0123456789abcdef|2026-11|2026-11-01|2026-11-25|2026-11-10T09:00:00+08:00|市直%7C其他%25单位")
        #expect(FormKey(text: key.text) == key)
        #expect(FormKey(text: "taizhang-form|2|x|2026-11|2026-11-01|2026-11-25|t|u") == nil)
        #expect(FormKey(text: "something else") == nil)
        let row = RowKey(task: 4, checksum: "00ff", status: .reported, partDone: true)
        #expect(row.text == "tz|4|00ff|reported|1")
        #expect(RowKey(text: " tz|4|00ff|reported|1 ") == row)
        #expect(RowKey(text: "tz|x|00ff|reported|1") == nil)
    }

    /// Whitespace is not part of a task's text for its checksum (programs re-save line
    /// breaks as they like); a changed character is.
    @Test func checksumsIgnoreWhitespaceOnly() {
        let text = "依托政府信息公开平台，\n进一步完善"
        #expect(TaskChecksum.of(text) == TaskChecksum.of("依托政府信息公开平台， \r\n进一步完善 "))
        #expect(TaskChecksum.of(text) != TaskChecksum.of("依托政府信息公开平台，进一步完善。"))
        #expect(TaskChecksum.of(text).count == 16)
    }

    /// A ledger is known by its source and its tasks' text: the same after any change a
    /// coordinator can make, different for another plan.
    @Test func aLedgersIdentityOutlivesItsChanges() throws {
        var ledger = Ledger.bundled()
        let before = LedgerIdentity.of(ledger)
        try ledger.apply(.planInfo(PlanInfo(title: "改过的标题")), stamp: Stamp(at: "2026-11-01T09:00:00+08:00", by: "c"))
        try ledger.apply(.status(task: 1, to: .done), stamp: Stamp(at: "2026-11-01T09:00:00+08:00", by: "c"))
        #expect(LedgerIdentity.of(ledger) == before)
        var other = Ledger.bundled()
        other.source = "another-plan.xlsx"
        #expect(LedgerIdentity.of(other) != before)
    }

    @Test func progressAsUnitsWriteIt() {
        let cases: [(String, UnitProgress?)] = [
            ("已完成", .done), ("完成", .done), (" 已办结。", .done), ("申请办结", .done),
            ("推进中", .underWay), ("正在推进", .underWay), ("进行中", .underWay), ("未完成，正在推进", .underWay),
            ("未开始", .notStarted), ("未启动", .notStarted),
            ("申请延期", .extensionAsked), ("延期", .extensionAsked), ("申请延期至12月底", .extensionAsked),
            ("基本完成", nil), ("ok", nil), ("", nil),
        ]
        for (text, expected) in cases { #expect(ProgressWords.read(text) == expected, "\(text)") }
        #expect(UnitProgress.allCases.map { $0.words(.chinese) } == ["未开始", "推进中", "已完成", "申请延期"])
    }

    @Test func daysAsUnitsWriteThem() {
        let cases: [(String, String?)] = [
            ("申请延期至2027-03-31", "2027-03-31"), ("拟于2027/3/1完成", "2027-03-01"), ("2027.6.30前", "2027-06-30"),
            ("延至2027年3月31日", "2027-03-31"), ("12月31日前完成", "2026-12-31"), ("争取3月底完成", "2026-03-31"),
            ("2027年13月1日", nil), ("尽快完成", nil), ("完成率100%", nil),
        ]
        for (text, expected) in cases { #expect(DateWords.firstDay(in: text, year: 2026)?.description == expected, "\(text)") }
    }
}
