import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangReport
@testable import TaizhangOffice
import TaizhangTestSupport

@Suite struct XLSXTests {
    static let script = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        out = {'sheets': book.sheetnames}
        for sheet in book.worksheets:
            rows = [[c.value for c in row] for row in sheet.iter_rows()]
            body = list(sheet.iter_rows(min_row=4))
            out[sheet.title] = {
                'freeze': sheet.freeze_panes,
                'headerBold': [c.font.b for c in sheet[3]],
                'rows': rows,
                'formats': [[c.number_format for c in row] for row in body],
                'widths': [sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(sheet.max_column)],
                'bold': [row[0].font.b for row in body],
                'wrapped': all(c.alignment.wrap_text for row in body for c in row if isinstance(c.value, str)),
                'bordered': all(c.border.left.style == 'thin' for row in body for c in row),
                'merged': sorted(str(r) for r in sheet.merged_cells.ranges),
                'printTitles': sheet.print_title_rows,
                'orientation': sheet.page_setup.orientation,
                'paper': sheet.page_setup.paperSize,
                'fitWidth': sheet.page_setup.fitToWidth,
                'fitHeight': sheet.page_setup.fitToHeight,
                'fitToPage': sheet.sheet_properties.pageSetUpPr.fitToPage,
                'heights': [sheet.row_dimensions[r].height for r in range(4, sheet.max_row + 1)],
            }
        print(json.dumps(out, ensure_ascii=False))
        """

    @Test func openpyxlReadsSheetsValuesAndPrintSetup() throws {
        let folder = TemporaryFolder()
        let path = folder.file("报告.xlsx")
        try ReportWriter.write(Fixture.report(), format: .xlsx, to: path)
        let book = try #require(try Python.json(Self.script, [path]))
        #expect(book["sheets"]?.strings == ReportView.allCases.map(\.title))
        for name in book["sheets"]?.strings ?? [] {
            let sheet = try #require(book[name])
            // Title and date rows above the header; the header frozen and printed on every page.
            #expect(sheet["rows"]?[0]?[0]?.string?.hasPrefix("珠海市贯彻落实国家和省2022年政务公开工作要点分工方案落实情况（") == true, "\(name)")
            #expect(sheet["rows"]?[1]?[0]?.string == "文号：珠府办〔2022〕6号　印发单位：珠海市人民政府办公室　报告日期：2023-01-05", "\(name)")
            #expect(sheet["freeze"]?.string == "A4", "\(name)")
            #expect(sheet["printTitles"]?.string == "$3:$3", "\(name)")
            #expect(sheet["headerBold"]?.array?.allSatisfy { $0.bool == true } == true, "\(name)")
            #expect(sheet["orientation"]?.string == "landscape" && sheet["paper"]?.int == 9, "\(name)")
            #expect(sheet["fitWidth"]?.int == 1 && sheet["fitHeight"]?.int == 0 && sheet["fitToPage"]?.bool == true, "\(name)")
            #expect(sheet["wrapped"]?.bool == true && sheet["bordered"]?.bool == true, "\(name)")
            #expect(sheet["merged"]?.array?.count == 2, "\(name)")
        }

        let overall = try #require(book["总体情况"])
        #expect(overall["rows"]?[3]?[1]?.int == 57)
        #expect(overall["rows"]?[9]?[0]?.string == "完成率")
        #expect(overall["rows"]?[9]?[1]?.double == 0.122807)
        #expect(overall["formats"]?[6]?[1]?.string == "0.0%")
        #expect(overall["formats"]?[0]?[1]?.string == "General")

        let areas = try #require(book["分领域进展"])
        #expect(areas["rows"]?[2]?.strings == ["领域 / 任务类别", "任务数", "未开始", "推进中", "已完成", "欠进度", "逾期", "红灯", "黄灯", "完成率"])
        #expect(areas["rows"]?[3]?[0]?.string == "一、优化政务公开工作基础")
        #expect(areas["rows"]?[3]?[1]?.int == 10)
        #expect(areas["rows"]?[3]?[9]?.double == 0.4)
        #expect(areas["formats"]?[0]?[9]?.string == "0.0%")
        // Areas are bold over their sections.
        #expect(areas["bold"]?.array?.prefix(3).map(\.bool) == [true, false, false])
        #expect(areas["widths"]?[0]?.double == 60)

        let units = try #require(book["各单位进展"])
        #expect(units["rows"]?[7]?[0]?.string == "政务公开牵头单位（合计）")
        #expect(units["rows"]?[7]?[1]?.int == 14)
        #expect(units["bold"]?[4]?.bool == true)
        #expect(units["rows"]?.array?.count == 3 + 14)

        // Every open task whole, every unit, the latest note with its day; rows tall enough
        // for their wrapped text.
        let ledger = Fixture.ledger()
        let open = try #require(book["未完成任务"])
        #expect(open["rows"]?.array?.count == 3 + 50)
        for row in open["rows"]?.array?.dropFirst(3) ?? [] {
            let number = try #require(row[0]?.int)
            #expect(row[1]?.string == ledger.plan.tasks[number - 1].text)
        }
        #expect(open["rows"]?[3]?[0]?.int == 4)
        #expect(open["rows"]?[3]?[7]?.string == "2022-11-20 两个区完成试点，\"标准目录\"待审定")
        let heights = open["heights"]?.array?.compactMap(\.double) ?? []
        #expect(heights.count == 50 && heights.allSatisfy { $0 >= 20 })
    }

    @Test func oneViewGivesThatSheet() throws {
        let folder = TemporaryFolder()
        let paths = try ReportWriter.write(Fixture.report(unit: "市司法局"), format: .xlsx, view: .units, to: folder.path)
        #expect(folder.names == ["taizhang-report-2023-01-05-市司法局-units.xlsx"])
        let book = try #require(try Python.json(Self.script, paths))
        #expect(book["sheets"]?.strings == ["各单位进展"])
        #expect(book["各单位进展"]?["rows"]?[3]?.array?.count == 11)
        #expect(book["各单位进展"]?["rows"]?[3]?[0]?.string == "市司法局")
    }

    @Test func xmlIsEscapedAndColumnsAreLettered() {
        #expect(XMLText.escape("a<b>&\"c\"\u{1}") == "a&lt;b&gt;&amp;&quot;c&quot;")
        #expect([0, 25, 26, 27, 701, 702].map(WorkbookPackage.column) == ["A", "Z", "AA", "AB", "ZZ", "AAA"])
        #expect(WorkbookPackage.number(0.122807017) == "0.122807")
        #expect(WorkbookPackage.number(1) == "1")
        #expect(WorkbookPackage.number(-0.5) == "-0.5")
        #expect(WorkbookPackage.sheetName("a/b[c]") == "a_b_c_")
    }

    /// Wrapped text counts its lines by display width against the column: a row is as tall
    /// as its longest cell needs, never clipped.
    @Test func rowHeightsFollowTheText() {
        #expect(Worksheet.lines("", width: 20, fontSize: 11) == 1)
        #expect(Worksheet.lines(String(repeating: "字", count: 9), width: 20, fontSize: 11) == 1)
        #expect(Worksheet.lines(String(repeating: "字", count: 30), width: 20, fontSize: 11) == 4)
        #expect(Worksheet.lines("一\n二\n三", width: 20, fontSize: 11) == 3)
        var sheet = Worksheet(name: "s", columns: [Column(width: 20)], rows: [Row([.text(String(repeating: "字", count: 30), .body)])])
        sheet.fitRowHeights()
        #expect(sheet.rows[0].height.map { $0 > 50 } == true)
    }
}
