@testable import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel

/// The text layouts, each on a fixture plan written for this project: every area, section,
/// task number, unit with its role, inherited flag, deadline and warning, exactly.
@Suite struct ImportTextLayoutTests {
    /// Rows shortened by merged cells are read by content; task 2's unit cell was merged
    /// away (inherited), task 5's is empty (unassigned).
    @Test func pipeRows() throws {
        let result = try ImportFixtures.load("pipe-rows.txt")
        #expect(result.form == .cells)
        #expect(result.plan.title == "青禾市2023年政务数据开放工作分工方案")
        #expect(result.year == 2023)
        #expect(result.outline == ["1 夯实数据开放基础", "2 推动重点领域开放"])
        #expect(result.taskLines == [
            "1(1) 1/- [市数据局:lead 市直各有关单位:supporting] 2023-06-30(6月底前) @4",
            "2(2) 1/- [市数据局:lead 市直各有关单位:supporting] inherited - @5",
            "3(3) 1/- [市数据局:lead 市信息中心:lead] - @6",
            "4(4) 2/- [市交通运输局:responsible] - @7",
            "5(5) 2/- [] - @8",
            "6(6) 2/- [市教育局:responsible 各区政府:reference] 2023-12-31(年底前) @9",
        ])
        #expect(result.plan.tasks[1].text == "建立数据质量核查机制，按季度通报。")
        #expect(result.warnings == [
            ImportWarning(line: 5, task: 2, .unitsFromMergedCell(names: ["市数据局", "市直各有关单位"])),
            ImportWarning(line: 5, .cellCarriedDown(column: "工作要求", rows: 2)),
            ImportWarning(line: 8, task: 5, .noUnits(reason: .emptyCell)),
            ImportWarning(line: 8, .cellCarriedDown(column: "工作要求", rows: 2)),
        ])
    }

    /// One cell per line; `/` is an empty cell; the last task stops mid-sentence.
    @Test func oneCellPerLine() throws {
        let result = try ImportFixtures.load("cell-lines.txt")
        #expect(result.form == .cells)
        #expect(result.plan.title == "青禾市文旅局2023年重点工作任务分工")
        #expect(result.outline == ["1 提升公共服务\n  (1) 完善场馆设施\n  (2) 丰富群众活动", "2 加强行业监管"])
        #expect(result.taskLines == [
            "1(1) 1/1 [市文旅局:lead 各区政府:responsible] 2023-09-30(9月30日前) @9",
            "2(2) 1/1 [市文旅局:lead 各区政府:responsible] inherited - @12",
            "3(3) 1/2 [] - @15",
            "4(4) 2/- [市文旅局:lead 市市场监管局:lead] - @19",
            "5(5) 2/- [] - @22",
        ])
        // The last row stops after its task: where the copy may be cut, nothing is filled down.
        #expect(result.warnings == [
            ImportWarning(line: 12, task: 2, .unitsFromMergedCell(names: ["市文旅局", "各区政府"])),
            ImportWarning(line: 12, .cellCarriedDown(column: "工作要求", rows: 2)),
            ImportWarning(line: 15, task: 3, .noUnits(reason: .emptyCell)),
            ImportWarning(line: 22, .cellCarriedDown(column: "工作要求", rows: 1)),
            ImportWarning(line: 22, task: 5, .noUnits(reason: .noUnitCell)),
            ImportWarning(line: 22, task: 5, .looksCutOff),
        ])
    }

    /// Inline units in full- and half-width punctuation, units a heading gives its tasks, a
    /// hard-wrapped paragraph, and a clause that adds 各县市区 to every later task.
    @Test func outlineWithInlineUnits() throws {
        let result = try ImportFixtures.load("outline.txt")
        #expect(result.form == .text)
        #expect(result.plan.title == "青禾市2023年政务公开工作要点分工方案")
        #expect(result.outline == [
            "1 加强政策解读\n  (1) 做好重大政策解读。\n  (2) 优化政策咨询服务", "2 规范信息公开\n  (1) 健全公开目录",
        ])
        #expect(result.taskLines == [
            "1(1) 1/1 [市政府办公室:lead 市发展改革委:responsible 市财政局:responsible] 2023-05-31(5月底前) @7",
            "2(2) 1/1 [市直各有关单位:responsible] - @8",
            "3(3) 1/2 [市政务服务中心:lead] - @10",
            "4(4) 1/2 [市政务服务中心:responsible 市数据局:supporting] - @11",
            "5(5) 2/1 [市政府办公室:lead 各县市区:responsible] yearly(每年至少开展一次公开目录复核) @16",
            "6(6) 2/1 [各县市区:responsible] - @17",
            "7(7) 2/1 [市政府办公室:lead 市属国有企业:reference 各县市区:responsible] 2023-12-31(年底前) @18",
        ])
        #expect(result.plan.tasks[3].text == "拓展线上线下咨询渠道，提供一体化服务。")
        #expect(result.plan.tasks.allSatisfy { !$0.unitsInherited })
        #expect(result.warnings == [ImportWarning(line: 13, .unitsForLaterTasks(names: ["各县市区"], clause: "以下均需各县市区落实，不再逐一列出。"))])
    }

    /// Tasks numbered （一）（二）… running across areas, with a gap: the ledger numbers them
    /// 1, 2, 3, 4 and keeps the plan's labels; the gap is a warning.
    @Test func outlineNumberedLikeSections() throws {
        let result = try ImportFixtures.load("outline-running.txt")
        #expect(result.outline == ["1 压实安全责任", "2 强化隐患治理"])
        #expect(result.taskLines == [
            "1(（一）) 1/- [区应急局:lead] - @4",
            "2(（二）) 1/- [区应急局:lead 区委宣传部:supporting] 2023-06-30(6月30日前) @5",
            "3(（三）) 2/- [区住房城乡建设局:responsible 各街道办事处:responsible] - @7",
            "4(（五）) 2/- [区消防救援大队:lead] - @8",
        ])
        #expect(result.plan.tasks.map(\.text) == [
            "落实领导干部安全生产责任清单。", "开展安全生产月活动，6月30日前完成总结。", "开展燃气安全专项排查。", "推进消防通道整治。",
        ])
        #expect(result.warnings == [ImportWarning(line: 8, task: 4, .labelOutOfOrder(label: "（五）", previous: "（三）"))])
    }

    /// Split unit columns, a deadline column that wins over the text, quoted fields with
    /// doubled quotes, a comma and a line break, and a byte-order mark.
    @Test func csvWithSplitUnitColumns() throws {
        let result = try ImportFixtures.load("split-columns.csv")
        #expect(result.form == .csv)
        #expect(result.plan.title == "青禾市2023年营商环境优化任务清单")
        #expect(result.outline == ["1 优化政务服务", "2 加强要素保障"])
        #expect(result.taskLines == [
            "1(1) 1/- [市政务服务中心:lead 各区政府:responsible] 2023-06-30(2023年6月底前) @3",
            "2(2) 1/- [市市场监管局:lead 市公安局:supporting 市税务局:supporting] ongoing(持续推进) @4",
            "3(3) 2/- [市自然资源局:lead] 2023-12-31(年底前) @6",
            "4(4) 2/- [市金融局:lead] 2023-12-31(年底前) @7",
            "5(5) 2/- [] asWritten(视情况) @8",
        ])
        #expect(result.plan.tasks.map(\.text) == [
            "推行\"一网通办\"，扩大网上办理事项范围", "压缩企业开办时间全流程不超过1个工作日", "保障重点项目用地需求",
            "开展\"政银企\"对接活动，年底前不少于4场", "建立企业诉求快速响应机制",
        ])
        #expect(result.warnings == [
            ImportWarning(line: 8, task: 5, .noUnits(reason: .emptyCell)),
            ImportWarning(line: 8, task: 5, .deadlineAsWritten(phrase: "视情况")),
        ])
    }

    /// Tab-separated, one combined unit column with role phrases, 工作要求 as the task column
    /// and no area column at all.
    @Test func tsvWithCombinedUnitColumn() throws {
        let result = try ImportFixtures.load("combined-units.tsv")
        #expect(result.form == .csv)
        #expect(result.year == nil)
        #expect(result.outline == ["1 全部任务"])
        #expect(result.taskLines == [
            "1(1) 1/- [市政府办公室:lead 各部门:responsible] 2023-03-31(2023年3月31日) @2",
            "2(2) 1/- [市委编办:supporting 市人社局:supporting] ongoing(长期坚持) @3",
        ])
        #expect(result.warnings == [ImportWarning(line: 2, .noWorkArea)])
    }

    /// `--year` decides 年底前 when the document names no year, and overrides one it names.
    @Test func yearOption() throws {
        let result = try ImportFixtures.load("pipe-rows.txt", options: ImportOptions(year: 2031))
        #expect(result.plan.tasks.compactMap(\.deadline?.date) == ["2031-06-30", "2031-12-31"])
    }

    /// The seed read through the detecting entry point is the bundled plan, warning and all.
    @Test func seedThroughDetection() throws {
        let seed = ImportFixtures.bytes("../../../Plans/zhuhai-2022.txt")
        let result = try PlanImporter.importDocument(seed, fileName: "zhuhai-2022.txt")
        #expect(result.form == .text)
        #expect(result.plan == BundledPlan.imported().plan)
        #expect(result.warnings == BundledPlan.imported().warnings)
    }
}
