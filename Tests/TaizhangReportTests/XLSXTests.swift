import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangReport
import TaizhangTestSupport

@Suite struct XLSXTests {
    static let script = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        out = {'sheets': book.sheetnames}
        for sheet in book.worksheets:
            rows = [[c.value for c in row] for row in sheet.iter_rows()]
            out[sheet.title] = {
                'freeze': sheet.freeze_panes,
                'headerBold': [c.font.b for c in sheet[1]],
                'rows': rows,
                'formats': [[c.number_format for c in row] for row in sheet.iter_rows(min_row=2)],
                'widths': [sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(sheet.max_column)],
                'bold': [row[0].font.b for row in sheet.iter_rows(min_row=2)],
            }
        print(json.dumps(out, ensure_ascii=False))
        """

    @Test func openpyxlReadsSheetsValuesFormatsAndFrozenHeader() throws {
        let folder = TemporaryFolder()
        let path = folder.file("报告.xlsx")
        try ReportWriter.write(Fixture.report(), format: .xlsx, to: path)
        let book = try #require(try Python.json(Self.script, [path]))
        #expect(book["sheets"]?.strings == ["报告信息", "总体情况", "分领域进展", "各单位进展", "未完成任务"])
        for name in book["sheets"]?.strings ?? [] {
            let sheet = try #require(book[name])
            #expect(sheet["freeze"]?.string == "A2", "\(name)")
            #expect(sheet["headerBold"]?.array?.allSatisfy { $0.bool == true } == true, "\(name)")
        }

        let info = try #require(book["报告信息"]?["rows"])
        #expect(info[1]?.strings == ["方案", "珠海市贯彻落实国家和省2022年政务公开工作要点分工方案"])
        #expect(info[4]?.strings == ["报告日期", "2023-01-05"])

        let overall = try #require(book["总体情况"])
        #expect(overall["rows"]?[1]?[1]?.int == 57)
        #expect(overall["rows"]?[6]?[0]?.string == "完成率")
        #expect(overall["rows"]?[6]?[1]?.double == 0.122807)
        #expect(overall["formats"]?[5]?[1]?.string == "0.0%")
        #expect(overall["formats"]?[0]?[1]?.string == "General")

        let areas = try #require(book["分领域进展"])
        #expect(areas["rows"]?[0]?.strings == ["领域 / 任务类别", "任务数", "未开始", "进行中", "已完成", "逾期", "完成率"])
        #expect(areas["rows"]?[1]?[0]?.string == "一、优化政务公开工作基础")
        #expect(areas["rows"]?[1]?[1]?.int == 10)
        #expect(areas["rows"]?[1]?[6]?.double == 0.4)
        #expect(areas["formats"]?[0]?[6]?.string == "0.0%")
        // Areas are bold over their sections.
        #expect(areas["bold"]?.array?.prefix(3).map(\.bool) == [true, false, false])
        // Column A fits the longest area title by display width (two per Han character).
        let widthA = try #require(areas["widths"]?[0]?.double)
        #expect(widthA >= 50 && widthA <= 60)
        #expect(areas["widths"]?[1]?.double == 8)

        let units = try #require(book["各单位进展"])
        #expect(units["rows"]?[5]?[0]?.string == "政务公开牵头单位（合计）")
        #expect(units["rows"]?[5]?[1]?.int == 14)
        #expect(units["bold"]?[4]?.bool == true)
        #expect(units["rows"]?.array?.count == 15)

        let open = try #require(book["未完成任务"])
        #expect(open["rows"]?.array?.count == 51)
        #expect(open["rows"]?[1]?[0]?.int == 4)
        #expect(open["rows"]?[1]?[7]?.string == "两个区完成试点，\"标准目录\"待审定")
    }

    @Test func oneViewGivesTheInfoSheetAndThatView() throws {
        let folder = TemporaryFolder()
        let paths = try ReportWriter.write(Fixture.report(unit: "市司法局"), format: .xlsx, view: .units, to: folder.path)
        #expect(folder.names == ["taizhang-report-2023-01-05-市司法局-units.xlsx"])
        let book = try #require(try Python.json(Self.script, paths))
        #expect(book["sheets"]?.strings == ["报告信息", "各单位进展"])
        #expect(book["各单位进展"]?["rows"]?[1]?.array?.count == 11)
        #expect(book["各单位进展"]?["rows"]?[1]?[0]?.string == "市司法局")
    }

    @Test func xmlIsEscapedAndColumnsAreLettered() {
        #expect(SpreadsheetML.escape("a<b>&\"c\"\u{1}") == "a&lt;b&gt;&amp;&quot;c&quot;")
        #expect([0, 25, 26, 27, 701, 702].map(SpreadsheetML.column) == ["A", "Z", "AA", "AB", "ZZ", "AAA"])
        #expect(SpreadsheetML.number(0.122807017) == "0.122807")
        #expect(SpreadsheetML.number(1) == "1")
        #expect(SpreadsheetML.sheetName("a/b[c]") == "a_b_c_")
    }
}
