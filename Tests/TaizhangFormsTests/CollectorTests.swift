import Foundation
import TaizhangImport
import TaizhangModel
import TaizhangTestSupport
import TaizhangWords
import Testing
@testable import TaizhangForms

/// Returns read back: a form filled in by openpyxl, collected into the ledger it was made
/// from; what it changes, with the unit as author; and each way a row or a form is refused
/// with the ledger left exactly as it was.
@Suite struct CollectorTests {
    static let justice: [[String: String]] = [
        ["task": "1", "完成情况": "已完成", "进展情况": "规章库已全面更新", "佐证材料": "https://www.zhuhai.gov.cn/gz\n规章库更新说明.pdf",
         "填报人": "张三", "联系电话": "0756-1234567"],
        ["task": "2", "完成情况": "推进中", "进展情况": "正在梳理文件", "存在问题": "人手不足", "下步计划": "12月底前完成"],
        ["task": "8", "完成情况": "申请延期", "进展情况": "申请延期至2027年3月31日，等待上级复议规则"],
    ]

    func collect(_ paths: [String], into ledger: Ledger, accept: Set<Int> = []) -> Collection {
        ReturnCollector.collect(paths.map(ReturnedForm.read), into: ledger, now: FormFixture.now, accept: accept)
    }

    @Test func whatTheUnitSaysIsRecordedInItsName() throws {
        let ledger = FormFixture.ledger()
        let (folder, _) = try FormFixture.forms(ledger)
        let path = FormFixture.path(folder, "市司法局")
        try FormFiller.fill(path, rows: Self.justice)
        let collection = collect([path, FormFixture.path(folder, "市教育局")], into: ledger)
        let after = collection.ledger
        #expect(collection.forms[0].unit == "市司法局" && collection.forms[0].filledBy == "张三" && collection.forms[0].phone == "0756-1234567")
        #expect(collection.forms[0].rows.allSatisfy { if case .applied = $0.result { true } else { false } })
        // Nothing filled in is no return.
        if case .nothingFilled? = collection.forms[1].problem {} else { Issue.record("an empty form counted as a return") }

        let one = after.plan.tasks[0]
        #expect(one.unitsDone == ["市司法局"] && one.status == .todo)
        #expect(one.notes.last == Note(at: FormFixture.now.at, by: "市司法局（张三）", text: "规章库已全面更新"))
        #expect(one.evidence.map(\.link) == ["https://www.zhuhai.gov.cn/gz", "规章库更新说明.pdf"])
        #expect(one.evidence.allSatisfy { $0.unit == "市司法局" && $0.by == "市司法局（张三）" })
        let two = after.plan.tasks[1]
        #expect(two.status == .doing)
        #expect(two.notes.last?.problem == "人手不足" && two.notes.last?.nextStep == "12月底前完成")
        let eight = after.plan.tasks[7]
        #expect(eight.status == .doing && eight.notes.last?.extensionAsked == "2027-03-31")
        // The units' changes are in the history in the unit's name, the return in the coordinator's.
        let added = after.history.dropFirst(ledger.history.count)
        #expect(added.count == collection.entries.count && added.count == 9)
        #expect(added.dropLast().allSatisfy { $0.by == "市司法局（张三）" } && added.last?.by == "coordinator")
        #expect(after.returns == [ReturnRecord(
            unit: "市司法局", period: "2026-11", received: FormFixture.now.at, file: "台账填报表-市司法局-2026-11.xlsx",
            filledBy: "张三", phone: "0756-1234567")])
        #expect(after.returnStandings(today: DayDate(year: 2026, month: 11, day: 26)!).first { $0.unit == "市司法局" }?.state == .onTime)

        // Once more: nothing new.
        let again = ReturnCollector.collect([ReturnedForm.read(path)], into: after, now: Stamp(at: "2026-11-25T10:00:00+08:00", by: "coordinator"))
        #expect(again.entries.isEmpty && again.ledger == after)
        #expect(again.forms[0].rows.allSatisfy { if case .alreadyIn = $0.result { true } else { false } })
        // Undo takes the changes back one by one, the return record first.
        var undone = after
        _ = try undone.undo(stamp: FormFixture.now)
        #expect(undone.returns.isEmpty)
    }

    /// Excel on a Chinese Windows saves a CSV in GBK (GB18030), not UTF-8: such a return,
    /// made by LibreOffice from the filled form and re-encoded, changes the plan exactly as
    /// the xlsx does.
    @Test func aReturnSavedAsCSVInGB18030() throws {
        let ledger = FormFixture.ledger()
        let (folder, _) = try FormFixture.forms(ledger, units: ["市司法局"])
        let path = FormFixture.path(folder, "市司法局")
        try FormFiller.fill(path, rows: Self.justice)
        let converted = TemporaryFolder()
        let utf8 = try #require(try Printing.office(path, to: "csv:Text - txt - csv (StarCalc):44,34,76,1", in: converted))
        let saved = TemporaryFolder()
        let gbk = saved.file("台账填报表-市司法局-2026-11.csv")
        let python = try #require(Printing.tool(["python3"]), "python3 is needed (scripts/test installs it)")
        let recode = "import sys; open(sys.argv[2], 'wb').write(open(sys.argv[1], encoding='utf-8-sig').read().encode('gb18030'))"
        let result = try Printing.run(python, ["-c", recode, utf8, gbk])
        #expect(result.status == 0, "\(result.output)")
        let bytes = try #require(FileManager.default.contents(atPath: gbk))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the CSV is still UTF-8")

        let fromCSV = collect([gbk], into: ledger)
        let fromXLSX = collect([path], into: ledger)
        #expect(fromCSV.forms[0].problem == nil && fromCSV.forms[0].unit == "市司法局" && fromCSV.forms[0].filledBy == "张三")
        #expect(fromCSV.entries.count == 9 && fromCSV.entries.count == fromXLSX.entries.count)
        #expect(fromCSV.ledger.plan == fromXLSX.ledger.plan)
        #expect(fromCSV.ledger.returns.map(\.file) == ["台账填报表-市司法局-2026-11.csv"])
    }

    @Test func aRowThatWouldOverwriteTheCoordinatorWaits() throws {
        var ledger = FormFixture.ledger()
        let (folder, _) = try FormFixture.forms(ledger)
        let path = FormFixture.path(folder, "市司法局")
        try FormFiller.fill(path, rows: [Self.justice[0], ["task": "2", "完成情况": "已完成"]])
        // After the form was made the coordinator took task 2 back to the unit.
        let later = Stamp(at: "2026-11-20T09:00:00+08:00", by: "coordinator")
        try ledger.apply(.status(task: 2, to: .reported), stamp: later)
        try ledger.apply(.status(task: 2, to: .returned), stamp: later, reason: "请补充佐证材料")
        let collection = collect([path], into: ledger)
        guard case .conflict(let entry, let said) = collection.forms[0].rows[1].result else {
            Issue.record("no conflict: \(collection.forms[0].rows[1].result)")
            return
        }
        #expect(entry.by == "coordinator" && entry.reason == "请补充佐证材料" && said == "已完成")
        #expect(collection.ledger.plan.tasks[1] == ledger.plan.tasks[1])
        // Task 1 went in; the return is recorded.
        #expect(collection.ledger.plan.tasks[0].unitsDone == ["市司法局"] && collection.ledger.returns.count == 1)
        let words = collection.words(.chinese, today: FormFixture.today, applied: false)
        #expect(words.contains("任务 2：冲突，未采用。表格生成后，coordinator 于 2026-11-20 已作改动（状态：待销号 → 已退回（理由：请补充佐证材料）），本表填报为「已完成」。如确认采用本表，请加 --accept 2 重新收集"))
        // The coordinator decides for the return.
        let accepted = collect([path], into: ledger, accept: [2])
        #expect(accepted.ledger.plan.tasks[1].unitsDone == ["市司法局"])
    }

    /// Each refusal: its message, and nothing of the row (or the file) in the ledger.
    @Test func refusedRowsAndFormsChangeNothing() throws {
        var ledger = FormFixture.ledger()
        let (folder, _) = try FormFixture.forms(ledger)
        let path = FormFixture.path(folder, "市司法局")
        let task8 = ledger.plan.tasks[7].text
        try FormFiller.fill(
            path, rows: [["task": "1", "完成情况": "基本完成"], ["task": "2", "完成情况": "已完成"], ["task": "8", "完成情况": "已完成"]],
            replace: [(task8, task8 + "（已调整）")])
        // After the form was made, the coordinator set task 2's units without 市司法局.
        try ledger.apply(.setUnits(task: 2, units: [UnitAssignment(name: "市政府办公室", role: .lead)]), stamp: FormFixture.now)
        let collection = collect([path], into: ledger)
        let problems = collection.forms[0].rows.map { row -> RowProblem? in if case .refused(let problem) = row.result { problem } else { nil } }
        #expect(problems == [.unknownProgress(task: 1, text: "基本完成"), .unitNotNamed(task: 2, unit: "市司法局"), .textEdited(task: 8)])
        #expect(collection.entries.isEmpty && collection.ledger == ledger)
        let words = collection.words(.chinese, today: FormFixture.today, applied: false)
        #expect(words.contains("任务 1：完成情况「基本完成」无法识别，请从 未开始、推进中、已完成、申请延期 中选择；本行未采用"))
        #expect(words.contains("任务 2：责任单位中没有 市司法局，本行未采用"))
        #expect(words.contains("任务 8：表格中的任务内容被改动过，与生成时不符，本行未采用"))
        let english = collection.words(.english, today: FormFixture.today, applied: false)
        #expect(english.contains("task 8: the task's text was edited in the form; row not used"))
    }

    @Test func aFormFromAnotherLedgerOrNoFormAtAll() throws {
        let ledger = FormFixture.ledger()
        let (folder, _) = try FormFixture.forms(ledger)
        let path = FormFixture.path(folder, "市司法局")
        try FormFiller.fill(path, rows: Self.justice)
        var other = ledger
        other.source = "another-plan.xlsx"
        let foreign = collect([path], into: other)
        if case .otherLedger(let unit, let period)? = foreign.forms[0].problem {
            #expect(unit == "市司法局" && period == "2026-11")
        } else {
            Issue.record("a form of another ledger was taken")
        }
        #expect(foreign.entries.isEmpty && foreign.ledger == other)
        #expect(foreign.words(.chinese, today: FormFixture.today, applied: false).contains("这份表（市司法局，2026-11）是根据另一份台账生成的，与本台账的任务不符，未采用"))

        let stray = folder.file("stray.csv")
        folder.write("stray.csv", Array("序号,具体要求,完成情况\n1,x,已完成\n".utf8))
        let missing = folder.file("none.xlsx")
        let outcome = collect([stray, missing], into: ledger)
        if case .notAForm? = outcome.forms[0].problem {} else { Issue.record("a stray CSV was taken for a form") }
        if case .unreadable? = outcome.forms[1].problem {} else { Issue.record("a missing file was not reported") }
        #expect(outcome.entries.isEmpty && outcome.ledger == ledger)
    }
}
