@testable import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel

/// The table layouts: .xlsx and .docx built by the test from XML it states, and an HTML page
/// with rowspans and colspans. Merged cells must reach the rows they cover, unit cells marked
/// inherited, and empty ones left empty.
@Suite struct ImportTableLayoutTests {
    typealias Office = ImportOfficeFiles

    static let sharedStrings = [
        "青禾市2024年科技创新工作台账", "序号", "工作任务", "计划措施", "牵头单位", "配合单位", "时限要求",
        "一、强化企业创新主体地位", "实施高新技术企业培育计划。", "市科技局", "市财政局、市税务局",
        "推动规上工业企业研发机构全覆盖。", "市工业和信息化局", "2024年9月底前", "组织创新创业大赛，6月底前完成初赛。",
        "市科协", "二、优化创新生态", "长期",
    ]

    /// Columns A–F: a title merged across, a header, an area merged down B3:B5, a lead unit
    /// merged down D3:D4, an inline string, a date serial and an empty unit cell.
    static let planSheet = """
        <row r="1"><c r="A1" t="s"><v>0</v></c></row>
        <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c>\
        <c r="D2" t="s"><v>4</v></c><c r="E2" t="s"><v>5</v></c><c r="F2" t="s"><v>6</v></c></row>
        <row r="3"><c r="A3"><v>1</v></c><c r="B3" t="s"><v>7</v></c><c r="C3" t="s"><v>8</v></c>\
        <c r="D3" t="s"><v>9</v></c><c r="E3" t="s"><v>10</v></c><c r="F3"><v>45657</v></c></row>
        <row r="4"><c r="A4"><v>2</v></c><c r="C4" t="s"><v>11</v></c><c r="E4" t="s"><v>12</v></c><c r="F4" t="s"><v>13</v></c></row>
        <row r="5"><c r="A5"><v>3</v></c><c r="C5" t="s"><v>14</v></c><c r="D5" t="s"><v>15</v></c></row>
        <row r="6"><c r="A6"><v>4</v></c><c r="B6" t="s"><v>16</v></c><c r="C6" t="inlineStr"><is><t>建设科技成果转化中试基地</t></is></c>\
        <c r="F6" t="s"><v>17</v></c></row>
        """
    static let planMerges = #"<mergeCell ref="A1:F1"/><mergeCell ref="B3:B5"/><mergeCell ref="D3:D4"/>"#
    static let spareSheet = """
        <row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>工作任务</t></is></c>\
        <c r="C1" t="inlineStr"><is><t>责任单位</t></is></c></row>
        <row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>备用任务</t></is></c><c r="C2" t="inlineStr"><is><t>市科技局</t></is></c></row>
        """

    static func workbook() -> [UInt8] {
        Office.xlsx(sheets: [("任务", planSheet, planMerges), ("备用", spareSheet, "")], shared: sharedStrings)
    }

    @Test func xlsxWithMergedCells() throws {
        let result = try PlanImporter.importDocument(Self.workbook(), fileName: "台账.xlsx")
        #expect(result.form == .xlsx)
        #expect(result.plan.title == "青禾市2024年科技创新工作台账")
        #expect(result.year == 2024)
        #expect(result.outline == ["1 强化企业创新主体地位", "2 优化创新生态"])
        #expect(result.taskLines == [
            "1(1) 1/- [市科技局:lead 市财政局:supporting 市税务局:supporting] 2024-12-31(2024-12-31) @3",
            "2(2) 1/- [市科技局:lead 市工业和信息化局:supporting] inherited 2024-09-30(2024年9月底前) @4",
            "3(3) 1/- [市科协:lead] 2024-06-30(6月底前) @5",
            "4(4) 2/- [] ongoing(长期) @6",
        ])
        #expect(result.plan.tasks.map(\.text) == [
            "实施高新技术企业培育计划。", "推动规上工业企业研发机构全覆盖。", "组织创新创业大赛，6月底前完成初赛。", "建设科技成果转化中试基地",
        ])
        #expect(result.warnings == [
            ImportWarning(line: 4, task: 2, .unitsFromMergedCell(names: ["市科技局"])),
            ImportWarning(line: 6, task: 4, .noUnits(reason: .emptyCell)),
        ])
    }

    @Test func xlsxSheetByName() throws {
        let spare = try PlanImporter.importDocument(Self.workbook(), fileName: "台账.xlsx", options: ImportOptions(sheet: "备用"))
        #expect(spare.taskLines == ["1(1) 1/- [市科技局:responsible] - @2"])
        #expect(throws: ImportError.noWorksheet(name: "无此表", available: ["任务", "备用"])) {
            try PlanImporter.importDocument(Self.workbook(), fileName: "台账.xlsx", options: ImportOptions(sheet: "无此表"))
        }
        #expect(ImportError.noWorksheet(name: "无此表", available: ["任务", "备用"]).description
            == "no worksheet named 无此表; the workbook has 任务, 备用")
    }

    static func wordTable() -> [UInt8] {
        let table = "<w:tbl>" + [
            Office.row(Office.cell("工作要求"), Office.cell("具体要求"), Office.cell("责任部门")),
            Office.row(Office.cell("一、发展乡村产业", merge: "restart"), Office.cell("1.培育特色农产品品牌。"), Office.cell("市农业农村局牵头", merge: "restart")),
            Office.row(Office.cell("", merge: "continue"), Office.cell("2.建设冷链物流设施，\n2024年11月30日前投入使用。"), Office.cell("", merge: "continue")),
            Office.row(Office.cell("二、改善人居环境", span: 3)),
            Office.row(Office.cell(""), Office.cell("3.推进农村厕所改造。"), Office.cell("各县（区）政府负责落实；市卫生健康委配合")),
            Office.row(Office.cell(""), Office.cell("4.开展村庄清洁行动。"), Office.cell("")),
        ].joined() + "</w:tbl>"
        return Office.docx(body: Office.paragraph("青禾市2024年乡村振兴重点任务分工方案") + table + Office.paragraph("抄送：各县（区）"))
    }

    @Test func docxTableWithVerticalMerges() throws {
        let result = try PlanImporter.importDocument(Self.wordTable(), fileName: "方案.docx")
        #expect(result.form == .docx)
        #expect(result.plan.title == "青禾市2024年乡村振兴重点任务分工方案")
        #expect(result.outline == ["1 发展乡村产业", "2 改善人居环境"])
        #expect(result.taskLines == [
            "1(1) 1/- [市农业农村局:lead] - @2",
            "2(2) 1/- [市农业农村局:lead] inherited 2024-11-30(2024年11月30日前) @3",
            "3(3) 2/- [各县（区）政府:responsible 市卫生健康委:supporting] - @5",
            "4(4) 2/- [] - @6",
        ])
        #expect(result.plan.tasks[1].text == "建设冷链物流设施，2024年11月30日前投入使用。")
        #expect(result.warnings == [
            ImportWarning(line: 3, task: 2, .unitsFromMergedCell(names: ["市农业农村局"])),
            ImportWarning(line: 6, task: 4, .noUnits(reason: .emptyCell)),
        ])
    }

    /// A Word file with no table is an outline typed in Word.
    @Test func docxParagraphsReadAsAnOutline() throws {
        let text = String(decoding: ImportFixtures.bytes("outline-running.txt"), as: UTF8.self)
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).map { Office.paragraph(String($0)) }.joined()
        let result = try PlanImporter.importDocument(Office.docx(body: body), fileName: "安排.docx")
        let outline = try ImportFixtures.load("outline-running.txt")
        #expect(result.form == .docx)
        #expect(result.plan == outline.plan)
        #expect(result.warnings == outline.warnings)
    }

    @Test func htmlWithRowAndColumnSpans() throws {
        let result = try ImportFixtures.load("merged-cells.html")
        #expect(result.form == .html)
        #expect(result.plan.title == "青禾市2023年生态环境保护工作任务分工")
        #expect(result.outline == [
            "1 打好污染防治攻坚战\n  (1) 深入推进大气治理\n  (2) 加强水体保护", "2 提升生态监管能力\n  (1) 完善监测网络",
        ])
        #expect(result.taskLines == [
            "1(1) 1/1 [市生态环境局:lead 各区政府:responsible] 2023-09-30(9月底前) @11",
            "2(2) 1/1 [市生态环境局:lead 各区政府:responsible] inherited 2023-12-31(年底前) @13",
            "3(3) 1/2 [] ongoing(持续推进) @14",
            "4(4) 2/1 [市生态环境局:supporting 市财政局:supporting] - @16",
        ])
        #expect(result.plan.tasks.map(\.text) == [
            "开展臭氧污染防控&专项行动。", "推进重点行业超低排放改造。", "落实河湖长制，“一河一策”动态更新。", "新建空气自动监测站3个。",
        ])
        #expect(result.warnings == [
            ImportWarning(line: 13, task: 2, .unitsFromMergedCell(names: ["市生态环境局", "各区政府"])),
            ImportWarning(line: 14, task: 3, .noUnits(reason: .emptyCell)),
        ])
    }
}
