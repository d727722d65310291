import Foundation
import TaizhangImport
import TaizhangModel
import TaizhangTestSupport
import Testing
@testable import TaizhangForms

/// A unit's form as openpyxl (another program) reads it: the tasks that name the unit whole,
/// the fill-in columns open and the rest locked, the drop-down, the print setup, and the
/// identity on a hidden sheet and in a hidden column.
@Suite struct FormMakerTests {
    static let script = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        ws = book['填报表']
        hidden = book['taizhang']
        rows = [[c.value for c in row] for row in ws.iter_rows()]
        body = list(ws.iter_rows(min_row=5))
        dv = ws.data_validations.dataValidation
        print(json.dumps({
            'sheets': book.sheetnames, 'states': [s.sheet_state for s in book.worksheets],
            'rows': rows, 'hiddenRows': [[c.value for c in row] for row in hidden.iter_rows()],
            'protected': ws.protection.sheet, 'password': ws.protection.password,
            'sortAllowed': not ws.protection.sort, 'filterAllowed': not ws.protection.autoFilter,
            'locked': [[c.protection.locked for c in row] for row in body],
            'fill': [[c.fill.fgColor.rgb if c.fill and c.fill.fill_type else None for c in row] for row in body],
            'validation': [dv[0].type, dv[0].formula1, str(dv[0].sqref)] if dv else None,
            'freeze': ws.freeze_panes, 'titles': ws.print_title_rows, 'orientation': ws.page_setup.orientation,
            'fitWidth': ws.page_setup.fitToWidth, 'keyHidden': ws.column_dimensions['O'].hidden,
            'filter': ws.auto_filter.ref, 'merged': sorted(str(r) for r in ws.merged_cells.ranges),
        }, ensure_ascii=False))
        """

    @Test func aFormPerUnitWithItsTasksWhole() throws {
        let ledger = FormFixture.ledger()
        let (folder, written) = try FormFixture.forms(ledger)
        #expect(written.count == 13 && written.allSatisfy { $0.path != nil })
        #expect(written.map(\.tasks).reduce(0, +) == 126)
        #expect(folder.names.count == 13 && folder.names.contains("台账填报表-市司法局-2026-11.xlsx"))

        let form = try #require(try Python.json(Self.script, [FormFixture.path(folder, "市司法局")]))
        #expect(form["sheets"]?.strings == ["填报表", "taizhang"])
        #expect(form["states"]?.strings == ["visible", "hidden"])
        let rows = try #require(form["rows"]?.array)
        #expect(rows[0][0]?.string == "《珠海市贯彻落实国家和省2022年政务公开工作要点分工方案》落实情况台账填报表")
        #expect(rows[1][0]?.string?.contains("填报单位：市司法局") == true && rows[1][0]?.string?.contains("报送时限：2026年11月25日前") == true)
        #expect(rows[2][0]?.string?.hasPrefix("填报说明：") == true)
        #expect(rows[3].strings == ["序号", "工作领域", "具体要求", "本单位职责", "完成时限", "当前状态", "最新进展", "完成情况", "进展情况", "存在问题", "下步计划", "佐证材料", "填报人", "联系电话", "识别码"])
        // 市司法局's three tasks, each whole, its role, where it stands.
        let tasks = rows.dropFirst(4)
        #expect(tasks.map { $0[0]?.int } == [1, 2, 8])
        for row in tasks {
            let number = try #require(row[0]?.int)
            #expect(row[2]?.string == ledger.plan.tasks[number - 1].text)
            #expect(row[3]?.string == "牵头" && row[5]?.string == "未开始")
            let key = try #require(RowKey(text: row[14]?.string ?? ""))
            #expect(key.task == number && key.checksum == TaskChecksum.of(ledger.plan.tasks[number - 1].text) && key.status == .todo)
        }
        let formKey = try #require(FormKey(text: rows[0][14]?.string ?? ""))
        #expect(formKey.unit == "市司法局" && formKey.period.label == "2026-11" && formKey.ledger == LedgerIdentity.of(ledger))
        #expect(form["hiddenRows"]?[1]?[1]?.string == formKey.text)
        #expect(form["hiddenRows"]?[3]?.strings == ["1", TaskChecksum.of(ledger.plan.tasks[0].text), "todo", "0"])

        // Filled-in columns (完成情况 … 联系电话) open on yellow, the rest locked; no password.
        #expect(form["protected"]?.bool == true && form["password"] == .null)
        #expect(form["sortAllowed"]?.bool == true && form["filterAllowed"]?.bool == true)
        for row in form["locked"]?.array ?? [] {
            #expect(row.array?.prefix(7).allSatisfy { $0.bool == true } == true)
            #expect(row.array?.dropFirst(7).prefix(7).allSatisfy { $0.bool == false } == true)
        }
        #expect(form["fill"]?[0]?[7]?.string == "FFFFF2CC")
        #expect(form["validation"]?.strings == ["list", "\"未开始,推进中,已完成,申请延期\"", "H5:H7"])
        #expect(form["freeze"]?.string == "A5" && form["titles"]?.string == "$4:$4")
        #expect(form["orientation"]?.string == "landscape" && form["fitWidth"]?.int == 1)
        #expect(form["keyHidden"]?.bool == true && form["filter"]?.string == "A4:N7")
        #expect(form["merged"]?.strings == ["A1:N1", "A2:N2", "A3:N3"])
    }

    @Test func onlyTheUnitsAskedAndOnlyOpenTasks() throws {
        var ledger = FormFixture.ledger()
        for number in [1, 2, 8] { try ledger.apply(.status(task: number, to: .done), stamp: FormFixture.now) }
        try ledger.apply(.alias(from: "市直其他单位", to: "市直各有关单位"), stamp: FormFixture.now)
        let (folder, written) = try FormFixture.forms(ledger, units: ["市司法局", "市直其他单位", "市教育局"])
        // 市司法局 has nothing open; the alias names 市直各有关单位.
        #expect(written.map(\.unit) == ["市司法局", "市直各有关单位", "市教育局"])
        #expect(written.map(\.tasks) == [0, 36 + 4, 1] && written[0].path == nil)
        #expect(folder.names == ["台账填报表-市教育局-2026-11.xlsx", "台账填报表-市直各有关单位-2026-11.xlsx"])
        #expect(throws: FormsError.unknownUnit("市司法", known: ledger.reportingUnits(today: FormFixture.today))) {
            try FormFixture.forms(ledger, units: ["市司法"])
        }
        #expect(FormsError.unknownUnit("市司法", known: ["市司法局"]).words(.english) == "no reporting unit named 市司法 in the ledger; the units are: 市司法局")
    }
}
