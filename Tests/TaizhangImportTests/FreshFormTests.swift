import Foundation
@testable import TaizhangImport
import Testing
import TaizhangModel

/// Forms met on five plans found fresh (outside the corpus, since added to it): a long unit
/// list broken by a comma between two roles, a run-on page whose 责任单位 lines were joined to
/// the tasks, a classification column after the units, a header copied one cell per line with
/// its last names broken into words, and a copy whose cells ran together. The texts here are
/// written for the test in those plans' shapes.
@Suite struct FreshFormTests {
    /// `(X牵头,A、B等部门,C、D配合)`: A and B sit between two roles with none of their own;
    /// they support, as C and D do.
    @Test func aListBetweenTwoRolesTakesTheRoleAfterIt() throws {
        let text = """
            一、推进项目建设
            1.加强项目谋划储备,建立投资项目信息化管理平台。(区发改局牵头,区财政局、区水务局等部门,区国投公司、各街道办事处配合)
            2.提高土地审批效率。(区国土分局牵头,区规划分局负责)
            """
        let tasks = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt").plan.tasks
        #expect(tasks[0].units.map(\.name) == ["区发改局", "区财政局", "区水务局", "区国投公司", "各街道办事处"])
        #expect(tasks[0].units.map(\.role) == [.lead, .supporting, .supporting, .supporting, .supporting])
        #expect(tasks[1].units.map(\.role) == [.lead, .responsible])
    }

    /// A page printed on one line: each task's `责任单位:` line was joined to it by a blank.
    /// The line is cut there too, so `(首位单位为牵头单位,下同)` is read as the rule it is
    /// (the first-listed unit leads, in this task and the later ones), not as a unit.
    @Test func aRunOnPageIsCutBeforeEachUnitLine() throws {
        let line = "政府工作报告2022年重点工作责任分解 一、县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%;城乡居民人均可支配收入与经济增长基本同步,收入倍差进一步缩小。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局 2.落实党政机关过紧日子的要求,节俭办一切事业,严控“三公”经费和会议费、培训费,努力降低行政运行成本。 责任单位:县财政局 二、常务副县长牵头重点工作 1.坚持县政府常务会议集体学法,加强重大行政决策事前论证和事后评估。 责任单位:县司法局"
        #expect(line.count > 200)
        let result = try PlanImporter.importDocument(Array(line.utf8), fileName: "plan.txt")
        let tasks = result.plan.tasks
        #expect(tasks.count == 3)
        #expect(tasks.map { $0.units.map(\.name) } == [["县发改局", "县财政局", "县税务局"], ["县财政局"], ["县司法局"]])
        #expect(tasks.map { $0.units.first?.role } == [.lead, .lead, .lead])
        #expect(tasks[0].units.dropFirst().allSatisfy { $0.role == .responsible })
        #expect(result.plan.areas.count == 2)
    }

    /// `序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型`: the kind
    /// (`A类`) after the units is an attribute of the row, not its area, and a 指标 column is
    /// a target, not the task; the task is the 任务名称 cell.
    @Test func aKindColumnAfterTheUnitsIsNoArea() throws {
        let text = """
            序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |
            1 | 地区生产总值 | 增长5.5%(市下达指标) | 区发改经信局 | 区财政局、区统计局、各街道办事处 | A类 |
            2 | 服务业增加值 | 增长6% | 区发改经信局 | 区财政局、区商务局 | B类 |
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.plan.tasks.map(\.text) == ["地区生产总值", "服务业增加值"])
        #expect(!result.plan.areas.map(\.title).contains("A类"))
        #expect(result.plan.tasks[0].units.map(\.role) == [.lead, .supporting, .supporting, .supporting])
    }

    /// A header copied one cell per line whose last names are broken into words no list
    /// knows (`攻坚目标` / `任务`, `第二季度` / `完成情况`): they are columns of their own up to
    /// the first row's `1`, so each row's sentences stay in its row and the 重点工作 cell is
    /// the task, with its leader (a person) and its office.
    @Test func aHeaderBrokenIntoWordsKeepsItsRowsWhole() throws {
        let text = """
            某镇2024年度重点工作计划

            序号

            重点工作

            责任

            领导

            责任

            科室

            攻坚目标

            任务

            第二季度

            完成情况

            1

            白仙山水库工程政策处理

            欧乾震

            水库工程政策处理工作领导小组

            完成项目政策处理工作,推进大坝建设。

            推进坟墓迁移工作。

            2

            现代化美丽城镇

            吴宇凡

            乡村振兴办

            按照时间节点开展项目建设。

            本年度19个项目完成投资3000万元。
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        let tasks = result.plan.tasks
        #expect(tasks.map(\.text) == ["白仙山水库工程政策处理", "现代化美丽城镇"])
        #expect(tasks.map(\.people) == [["欧乾震"], ["吴宇凡"]])
        #expect(tasks.map { $0.units.map(\.name) } == [["水库工程政策处理工作领导小组"], ["乡村振兴办"]])
    }

    /// A copy whose cells ran together (`序号项目名称主要内容…牵头单位配合单位`): no reader can
    /// tell its cells apart, and the import says so first, naming the header, rather than
    /// leaving the coordinator to wonder why the tasks read wrong. A header kept apart by
    /// bars says nothing of the kind.
    @Test func cellsRunTogetherAreSaidFirst() throws {
        let text = """
            2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容分管领导牵头单位配合单位1增加教育资源供给新建学校12个。张三教育局各街道2促进就业稳定增长全区城镇新增就业15000人。
            2、李四人社局各街道3老城厢复兴发展完成纪念馆整体提升工程对外开放。王五文体旅局
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.warnings.first?.kind == .cellsRunTogether(header: "主要内容分管领导牵头单位配合单位"))
        #expect(result.warnings.first?.line == 1)
        // With nothing read as a task, the refusal itself says why.
        let one = "序号项目名称主要内容牵头单位配合单位1增加教育资源供给教育局各街道"
        #expect(throws: ImportError.cellsRunTogether(line: 1, header: "主要内容牵头单位配合单位")) {
            try PlanImporter.importDocument(Array(one.utf8), fileName: "plan.txt")
        }
        let apart = """
            序号 | 项目名称 | 主要内容 | 牵头单位 | 配合单位 |
            1 | 增加教育资源供给 | 新建学校12个。 | 教育局 | 各街道 |
            """
        let fine = try PlanImporter.importDocument(Array(apart.utf8), fileName: "plan.txt")
        #expect(!fine.warnings.contains { if case .cellsRunTogether = $0.kind { true } else { false } })
        // A sentence that happens to name columns one after another is no header.
        #expect(RunTogetherHeader.header(in: "各责任单位要对照责任单位重点工作任务完成情况,按月报送进展。") == nil)
        #expect(RunTogetherHeader.header(in: "分解表序号项目名称主要内容牵头单位配合单位1增加教育资源") == "主要内容牵头单位配合单位")
    }

    /// Where the copy stops right after `(牵头单位`, the label is no unit: the task keeps no
    /// unit rather than one called 牵头单位.
    @Test func aLabelCutBeforeItsNamesIsNoUnit() throws {
        let text = """
            一、经济发展
            1.规上工业增加值增长8.5%。(牵头单位:县工业和信息化局)
            2.实施园区基础设施提升行动,加快推进新材料产业园管廊三期等工程。(牵头单位
            """
        let tasks = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt").plan.tasks
        #expect(tasks.count == 2)
        #expect(tasks[0].units.map(\.name) == ["县工业和信息化局"])
        #expect(tasks[1].units.isEmpty)
    }

    /// `陆 明俞 悦`: two names padded to three columns and run together are two persons.
    @Test func paddedNamesRunTogetherAreTwoPersons() {
        #expect(People.paddedRun(FoldedText("陆 明俞 悦")) == ["陆明", "俞悦"])
        #expect(People.paddedRun(FoldedText("吴 伟")) == nil)
        #expect(People.names(in: FoldedText("陆 明俞 悦")) == ["陆明", "俞悦"])
    }

    /// A page whose own table of fields (索引号, 发布机构…) comes before the notice (the
    /// corpus's 2022-haiyan, as stored): the title holds none of the field table's cells nor
    /// the bar after it. Only the notice's title stands in the text (`…关于印发X的通知`), and
    /// the plan's title is X, the plan it issues (the corpus's facts).
    @Test func aPagesFieldTableIsNoPartOfTheTitle() throws {
        let file = CorpusFacts.folder.appendingPathComponent("2022-haiyan-zhengfugongzuobaogao/plan.txt")
        let bytes = try [UInt8](Data(contentsOf: file))
        let plan = try PlanImporter.importDocument(bytes, fileName: "plan.txt").plan
        #expect(plan.title == "政府工作报告2022年重点工作责任分解")
        #expect(plan.documentNumber == "盐政办发〔2022〕16号")
    }

    /// A mirror's own field table above the notice (`发布单位 |` / `广东省人民政府` / `|`,
    /// `发布文号 | 粤府〔2021〕22号 |`, …) has bars enough to be read as a table, and gave rows
    /// such as 发布单位 | 广东省人民政府 as tasks; the cell readers go without it, and the
    /// plan's own lines under each task are read.
    @Test func aPagesFieldTableIsNoTableOfThePlan() throws {
        let text = """
            广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知
            来源: 广东省人民政府
            发布单位 |
            广东省人民政府
            |
            发布文号 | 粤府〔2021〕22号 |
            发布日期 | 2021-03-29 | 生效日期 | 2021-03-29 |
            有效性状态 | 阶段性文件 | 废止日期 | 暂无 |
            一、2021年经济社会发展主要预期目标
            1.地区生产总值增长6%以上。
            分管省领导:林克庆
            部门分工:省发展改革委牵头,各地、各部门配合。
            2.地方一般公共预算收入增长5%左右。
            分管省领导:林克庆
            部门分工:省财政厅牵头。
            """
        #expect(!PageFields.strip(text).contains("发布单位"))
        #expect(PageFields.strip(text).contains("一、2021年经济社会发展主要预期目标"))
        let tasks = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt").plan.tasks
        #expect(tasks.map(\.label) == ["1", "2"])
        #expect(tasks.map { $0.units.map(\.name) } == [["省发展改革委", "各地", "各部门"], ["省财政厅"]])
        #expect(tasks.map(\.people) == [["林克庆"], ["林克庆"]])
    }

    /// `工作要求 / 一级要点 / 二级要点 / 责任单位`, copied one paragraph per cell: the header's
    /// names are no tasks; the 1. items under `(一)` are.
    @Test func aHeaderOfKeyPointLevelsIsNoTask() throws {
        let text = """
            横栏镇2022年政务公开工作要点分工方案

            工作要求

            一级要点

            二级要点

            责任单位

            一、优化政务公开工作基础

            (一)深化行政规章、规范性文件集中公开。

            1.依托政府信息公开平台,高质量发布现行有效规范性文件正式版本。

            司法所

            2.规范行政法规使用,统一参考中国政府法制信息网行政法规库。

            各有关单位
            """
        let plan = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt").plan
        #expect(plan.tasks.map(\.label) == ["1", "2"])
        #expect(plan.tasks.map { $0.units.map(\.name) } == [["司法所"], ["各有关单位"]])
        #expect(plan.areas.map(\.title) == ["优化政务公开工作基础"])
    }

    /// A 分管领导 cell of two padded names run together is a person cell, in its row: not a
    /// cell left out and filled from the row above.
    @Test func paddedNamesRunTogetherStayInTheirRow() throws {
        let text = """
            序号 |
            目标与任务 |
            分 管 县领导 |
            牵头责任单位 |
            80 |
            加大普惠性托育供给,新增托位数400个以上。 |
            俞 悦 |
            县教育局 |
            81 |
            支持芜湖科技工程学校发展,探索职业教育赋能区域发展路径。 |
            陆 明俞 悦 |
            县教育局 |
            """
        let tasks = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt").plan.tasks
        #expect(tasks.map(\.people) == [["俞悦"], ["陆明", "俞悦"]])
    }

    /// A page that spaced its text out (`一 、`, `1 .`, `市 财政局`): the labels are labels and
    /// the names whole.
    @Test func spacedOutLabelsAreLabels() throws {
        let text = """
            一 、 承担的 20 21 年 省 政府工作报告重点工作任务及责任分解
            1 . 严格管控地方政府债务,切实保障 “三保”支出。
            责任单位:市 财政局
            2 . 强化县城综合承载能力,满足农村人口向县城转移的需求。
            牵头单位:市 城镇化服务中心
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.plan.tasks.map(\.label) == ["1", "2"])
        #expect(result.plan.tasks.map { $0.units.map(\.name) } == [["市财政局"], ["市城镇化服务中心"]])
        #expect(result.plan.areas.count == 1)
        #expect(Label.parse(FoldedText("2 .5亿元")) == nil, "a figure is no label")
    }

    /// `(责任单位:A、B,C、D。逗号前为牵头单位,…,下同)`: the units before the comma lead,
    /// in this task and the later ones; the rule is no unit.
    @Test func theUnitsBeforeTheCommaLead() throws {
        let text = """
            一、优化营商环境
            (一)深化商事制度改革。(责任单位:市发展改革委、市商务局,各区县政府、高新区管委会。逗号前为牵头单位,多个牵头单位的按职责分别牵头,下同)
            (二)推进政务服务标准化。(责任单位:市政务服务中心,各区县政府)
            (三)加强信用体系建设。(责任单位:市经济和信息化局、市商务局)
            """
        let tasks = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt").plan.tasks
        #expect(tasks[0].units.map(\.name) == ["市发展改革委", "市商务局", "各区县政府", "高新区管委会"])
        #expect(tasks[0].units.map(\.role) == [.lead, .lead, .responsible, .responsible])
        #expect(tasks[1].units.map(\.role) == [.lead, .responsible])
        #expect(tasks[2].units.map(\.role) == [.lead, .lead])
    }

    /// `省编办 (省审改办)`: a unit whose bracketed other name follows a blank is one whole unit.
    @Test func aBlankBeforeABracketedNameKeepsTheUnitWhole() {
        #expect(UnitName.looksComplete(FoldedText("省编办 (省审改办)").foldedText))
        #expect(Piece.looksLikeUnitCell(FoldedText("省编办 (省审改办)")))
    }
}
