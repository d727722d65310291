@testable import TaizhangImport
import Testing
import TaizhangModel

/// Tables whose merged area cells are left out of later rows, where the plan's numbering
/// restarting in every area is the evidence of where areas begin.
@Suite struct TableBoundaryTests {
    private func read(_ text: String) throws -> ImportResult {
        try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
    }

    private func cellPerLine(_ rows: [String]) -> String {
        rows.flatMap { $0.components(separatedBy: " | ") }.joined(separator: "\n")
    }

    /// One cell per line, area and unit cells merged and left out, labels restarting in each
    /// area: `3.…` is the first area's last task, not a heading over the `1.` after it.
    @Test func labelsRestartingOpenAreas() throws {
        let result = try read(cellPerLine([
            "某县2023年优化营商环境重点任务清单", "工作领域 | 工作任务 | 责任单位 | 完成时限",
            "市场准入 | 1.全面实施市场准入负面清单制度 | 县发展改革局 | 持续推进", "2.推行企业开办“一网通办” | 6月底前",
            "3.深化“证照分离”改革 | 县市场监管局、县政务服务中心 | 年底前",
            "政务服务 | 1.推进政务服务事项标准化 | 县政务服务中心 | 9月底前", "2.拓展“掌上办”服务事项 | 年底前",
            "监管执法 | 1.推行“双随机、一公开”监管 | 县市场监管局 | 持续推进", "2.规范行政执法行为 | 县司法局 | 年底前",
        ]))
        #expect(result.plan.areas.map(\.title) == ["市场准入", "政务服务", "监管执法"])
        #expect(result.plan.tasks.map(\.area) == [1, 1, 1, 2, 2, 3, 3])
        #expect(result.plan.tasks.map(\.label) == ["1", "2", "3", "1", "2", "1", "2"])
        #expect(result.plan.tasks.map { $0.units.map(\.name) } == [
            ["县发展改革局"], ["县发展改革局"], ["县市场监管局", "县政务服务中心"], ["县政务服务中心"], ["县政务服务中心"],
            ["县市场监管局"], ["县司法局"],
        ])
        // Only the units a row took from a merged cell make a task inherited, not its area.
        #expect(result.plan.tasks.map(\.unitsInherited) == [false, true, false, false, true, false, false])
    }

    /// A 序号 restarting in each area, the area titles sentences without numbers: the first
    /// area opens where the numbering starts, as the later ones do where it starts again.
    @Test func numbersRestartingOpenAreasWithoutNumberedTitles() throws {
        let result = try read(cellPerLine([
            "某县2024年重点工作任务分解表", "序号 | 重点任务 | 具体措施 | 责任单位",
            "1 | 推动经济高质量发展，加快建设现代化产业体系 | 加快新型工业化步伐，新增规上工业企业20家。 | 县工信局",
            "2 | 培育壮大特色农业产业集群，打造全产业链。 | 县农业农村局",
            "1 | 全面深化改革开放，持续优化营商环境 | 深化“放管服”改革，推进政务服务标准化建设。 | 县政务服务中心",
            "2 | 扎实推进国资国企改革，完善现代企业制度。 | 县财政局",
        ]))
        #expect(result.plan.areas.map(\.title) == ["推动经济高质量发展，加快建设现代化产业体系", "全面深化改革开放，持续优化营商环境"])
        #expect(result.plan.tasks.map(\.area) == [1, 1, 2, 2])
        #expect(result.plan.tasks.map { String($0.text.prefix(4)) } == ["加快新型", "培育壮大", "深化“放", "扎实推进"])
        #expect(result.plan.tasks.allSatisfy { !$0.unitsInherited && $0.units.count == 1 })
    }

    /// The header names 序号 first; the rows print it after the merged area cell.
    @Test func numberAfterTheAreaCell() throws {
        let result = try read("""
            某市2022年政务公开工作任务分解表
            序号 | 工作任务 | 具体内容 | 责任单位 | 完成时限
            一、围绕稳住经济大盘加强信息公开 | 1 | 做好助企纾困政策公开。 | 市财政局、市税务局 | 持续推进
            2 | 加强就业政策解读。 | 市人社局 | 年底前
            二、围绕保障民生加强信息公开 | 1 | 做好教育领域信息公开。 | 市教育局 | 持续推进
            2 | 做好医疗卫生信息公开。 | 市卫健委 | 持续推进
            """)
        #expect(result.reading.hasPrefix("table by its header"))
        #expect(result.plan.areas.map(\.title) == ["围绕稳住经济大盘加强信息公开", "围绕保障民生加强信息公开"])
        #expect(result.plan.tasks.map(\.label) == ["1", "2", "1", "2"])
        #expect(result.plan.tasks.map(\.area) == [1, 1, 2, 2])
    }

    /// A target that ends on a place (`成功创建首批浙江省美丽城镇。`, its last word a town) is
    /// no unit cell, so a row of a table copied one cell per line keeps its one unit (the
    /// 2024 泗洲头镇 plan of the corpus); cells of units that end with a full stop stay units.
    @Test func aTargetEndingOnATownIsNoUnitCell() throws {
        #expect(CellKind.of(FoldedText("成功创建首批浙江省美丽城镇。")) == .prose)
        #expect(CellKind.of(FoldedText("法规科统筹,各职能科(室)配合。")) != .prose)
        #expect(CellKind.of(FoldedText("市发展和改革委员会。")) == .units)
        #expect(CellKind.of(FoldedText("乡村振兴办")) == .units)
        let result = try read(cellPerLine([
            "某镇2024年度重点工作计划", "序号 | 重点工作 | 责任 | 领导 | 责任 | 科室 | 攻坚目标 | 任务 | 工作任务安排 | 第二季度 | 完成情况",
            "1 | 水库工程政策处理 | 张三 | 水库工程政策处理工作领导小组 | 完成项目政策处理工作。 | 推进迁移工作。 | 迁移进度达60%。",
            "2 | 现代化美丽城镇 | 李四 | 乡村振兴办 | 成功创建首批浙江省美丽城镇。 | 按照时间节点开展项目建设。 | 完成投资3000万元。",
        ]))
        #expect(result.plan.tasks.map { $0.units.map(\.name) } == [["水库工程政策处理工作领导小组"], ["乡村振兴办"]])
    }
}
