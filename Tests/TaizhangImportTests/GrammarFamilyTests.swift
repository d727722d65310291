@testable import TaizhangImport
import Testing
import TaizhangModel

/// Each grammar reads a family of forms, not a list of sentences: role words in any run,
/// standing clauses in any phrasing, labels and clauses in any bracket pair, and paragraphs
/// as sequences of clause-closed tasks.
@Suite struct GrammarFamilyTests {
    private func units(_ text: String) -> [String] {
        UnitPhrase.parse(FoldedText(text)).units.map { "\($0.name):\($0.role.rawValue)" }
    }

    private func standing(_ text: String) -> [String] {
        UnitPhrase.parse(FoldedText(text)).standing.map { "\($0.name):\($0.role.rawValue)" }
    }

    /// Role words combine freely; the verbs give the role, the modifiers none.
    @Test func roleWordsInAnyRun() {
        #expect(units("州财政局、州税务局分别负责落实") == ["州财政局:responsible", "州税务局:responsible"])
        #expect(units("市发改委牵头负责,市财政局配合落实") == ["市发改委:lead", "市财政局:supporting"])
        #expect(units("市商务局负责牵头") == ["市商务局:lead"])
        #expect(units("市属国企参照执行") == ["市属国企:reference"])
        #expect(units("由区住建局负责") == ["区住建局:responsible"])
        #expect(units("区应急局牵头抓总,各街道按职责分工分别负责") == ["区应急局:lead", "各街道:responsible"])
        #expect(units("县文旅局组织实施") == ["县文旅局:responsible"])
        #expect(units("市卫健委牵头,市直各部门按职能分工落实") == ["市卫健委:lead", "市直各部门:supporting"])
        // A role word alone is not a run after names: nothing is stripped.
        #expect(RolePhrase.strip(FoldedText("负责")).role == nil)
    }

    /// Standing clauses in the phrasings plans use; their closing words are never units.
    @Test func standingClausesInAnyPhrasing() {
        let downSame = UnitPhrase.parse(FoldedText("州发改委牵头,均涉及相关市(州)人民政府,不再做分工,下同"))
        #expect(downSame.units.map(\.name) == ["州发改委"])
        #expect(downSame.standing.map(\.name) == ["相关市(州)人民政府"])
        #expect(downSame.standingReach == .fromHere)
        let below = UnitPhrase.parse(FoldedText("牵头单位:市审批局;责任单位:市直有关部门。以下任务均需各区市政府、开发区管委落实,不再一一列出"))
        #expect(below.units.map(\.name) == ["市审批局", "市直有关部门"])
        #expect(below.standing.map(\.name) == ["各区市政府", "开发区管委"])
        #expect(below.standingReach == .later)
        #expect(standing("各县(市、区)人民政府为各项任务的责任单位,以下不再列出") == ["各县(市、区)人民政府:responsible"])
        #expect(standing("凡涉及各县(市、区)的工作,均由各县(市、区)人民政府负责落实,以下不再列出") == ["各县(市、区)人民政府:responsible"])
        #expect(standing("各区政府均为配合单位,不再逐一列出") == ["各区政府:supporting"])
        #expect(standing("各镇人民政府是各项工作的责任主体") == ["各镇人民政府:responsible"])
        #expect(units("凡涉及各县(市、区)的工作,均由各县(市、区)人民政府负责落实,以下不再列出").isEmpty)
        // `均` without a scope or a closing clause is only this task's units; 成都市's 都 is no "all".
        #expect(standing("市发改委、市财政局均负责").isEmpty)
        #expect(units("成都市各区(市)县政府负责") == ["成都市各区(市)县政府:responsible"])
        // The rule that the first-listed unit leads is no standing unit.
        #expect(standing("市发改委、市财政局(第一责任单位为牵头单位,下同)").isEmpty)
    }

    /// A label in any bracket pair, a clause on its own line in any bracket pair.
    @Test func labelsAndClausesInAnyBrackets() throws {
        #expect(units("【牵头单位】市发改委") == ["市发改委:lead"])
        #expect(units("〔责任单位〕市财政局、市税务局") == ["市财政局:responsible", "市税务局:responsible"])
        let text = """
            某区2024年重点任务分解
            一、推动经济发展
            1.推进重点项目建设
            〔牵头单位：区发展改革局；责任单位：区住建局、区交通运输局、区水利局、区自然资源局、区生态环境分局、各镇（街道）〕
            2.优化营商环境。【责任单位：区政务服务中心】
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.plan.tasks.count == 2)
        #expect(result.plan.tasks[0].units.first == UnitAssignment(name: "区发展改革局", role: .lead))
        #expect(result.plan.tasks[0].units.count == 7)
        #expect(result.plan.tasks[1].units == [UnitAssignment(name: "区政务服务中心", role: .responsible)])
    }

    /// A paragraph of several tasks, each closed by its own clause; a standing clause in one of
    /// them reaches that task and every later one.
    @Test func paragraphsAreSequencesOfClauseClosedTasks() throws {
        let text = """
            某州2023年重点工作任务分工方案
            一、稳住经济大盘
            全州生产总值增长6.5%左右(州发展改革委负责落实);一般公共预算收入增长5%(州财政局、州税务局分别负责落实);社会消费品零售总额增长8%(州商务局负责落实)。
            实施扩大内需战略，全年完成固定资产投资增长10%以上。(州发展改革委牵头，均涉及相关县(市)人民政府，不再做分工，下同)
            二、推动产业升级
            加快新型工业化步伐，培育规上工业企业20户。(州工业和信息化局负责落实)推进数字经济发展(含数据要素市场)。(州数据局负责落实)
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.plan.tasks.map { String($0.text.prefix(6)) } == ["全州生产总值", "一般公共预算", "社会消费品零", "实施扩大内需", "加快新型工业", "推进数字经济"])
        #expect(result.plan.tasks.map(\.area) == [1, 1, 1, 1, 2, 2])
        #expect(result.plan.tasks.map { $0.units.map(\.name) } == [
            ["州发展改革委"], ["州财政局", "州税务局"], ["州商务局"], ["州发展改革委", "相关县(市)人民政府"],
            ["州工业和信息化局", "相关县(市)人民政府"], ["州数据局", "相关县(市)人民政府"],
        ])
        #expect(result.plan.tasks[5].text.contains("(含数据要素市场)"))
    }

    /// A standing clause in the notice reaches every task; short headings stand apart from
    /// the clause-closed paragraphs under them.
    @Test func headingsOverClauseClosedParagraphs() throws {
        let text = """
            某县人民政府办公室关于印发2024年政府工作报告重点任务分工方案的通知
            各乡镇人民政府，县政府各部门：
            现将《2024年政府工作报告重点任务分工方案》印发给你们，请认真贯彻落实。各乡镇人民政府均为各项任务的责任单位，不再一一列出。
            2024年政府工作报告重点任务分工方案
            一、主要预期目标
            地区生产总值增长6%左右(县发改局负责)。
            二、重点工作
            （一）扩大有效投资
            实施重点项目80个以上，完成投资100亿元。〔责任单位：县发改局、县住建局〕
            加快专项债券项目建设。〔责任单位：县财政局〕
            （二）促进消费升级
            开展促消费活动20场以上(县商务局牵头，县文旅局配合)。
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.outline == ["1 主要预期目标", "2 重点工作\n  (1) 扩大有效投资\n  (2) 促进消费升级"])
        #expect(result.plan.tasks.map(\.label) == [nil, nil, nil, nil])
        #expect(result.plan.tasks.map { $0.units.map(\.name) } == [
            ["县发改局", "各乡镇人民政府"], ["县发改局", "县住建局", "各乡镇人民政府"], ["县财政局", "各乡镇人民政府"],
            ["县商务局", "县文旅局", "各乡镇人民政府"],
        ])
    }

    /// Paragraphs without labels each closed by a line naming units are tasks; the short
    /// numbered titles over them are sections. A bare title over such a paragraph heads it.
    @Test func paragraphsClosedByUnitLines() throws {
        let text = """
            某市2023年政府工作报告重点工作分解方案
            一、稳定经济增长
            （一）扩大有效投资
            全年实施省市重点项目200个，完成投资1000亿元以上。
            责任单位：市发展改革委、市住建局
            争取专项债券资金50亿元以上。
            责任单位：市财政局
            （二）促进消费
            举办各类促消费活动100场以上。
            牵头单位：市商务局
            责任单位：各县区政府
            二、深化改革开放
            推进国资国企改革。（市国资委负责）
            优化营商环境
            推进“一网通办”，压缩审批时限。（市政务服务局负责）
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.outline == ["1 稳定经济增长\n  (1) 扩大有效投资\n  (2) 促进消费", "2 深化改革开放\n  (1) 优化营商环境"])
        #expect(result.plan.tasks.map { String($0.text.prefix(4)) } == ["全年实施", "争取专项", "举办各类", "推进国资", "推进“一"])
        #expect(result.plan.tasks.map(\.section) == [1, 1, 2, nil, 1])
        #expect(result.plan.tasks.map { $0.units.map(\.name) } == [
            ["市发展改革委", "市住建局"], ["市财政局"], ["市商务局", "各县区政府"], ["市国资委"], ["市政务服务局"],
        ])
    }

    /// Standing clauses where plans put them: a note before the plan, a heading's clause, a
    /// note under a table; each reaches the tasks its words say.
    @Test func standingClausesWherePlansPutThem() throws {
        let outline = try PlanImporter.importDocument(Array("""
            某县2024年重点工作任务分解
            1.全年地区生产总值增长6%。（县发改局负责）
            一、稳定经济增长（均涉及县直相关部门，不再做分工，下同）
            2.固定资产投资增长8%。（县发改局负责）
            （以下各项任务均需各乡镇人民政府落实，不再一一列出）
            3.城镇新增就业2000人。（县人社局负责）
            """.utf8), fileName: "plan.txt")
        #expect(outline.plan.tasks.map { $0.units.map(\.name) } == [
            ["县发改局"], ["县发改局", "县直相关部门"], ["县人社局", "县直相关部门", "各乡镇人民政府"],
        ])
        let table = try PlanImporter.importDocument(Array("""
            某县2024年重点工作任务清单
            序号 | 工作任务 | 责任单位 | 完成时限
            1 | 全年地区生产总值增长6%。 | 县发改局 | 年底前
            2 | 城镇新增就业2000人。 | 县人社局 | 年底前
            注：各乡镇人民政府均为各项任务的责任单位，不再一一列出。
            """.utf8), fileName: "plan.txt")
        #expect(table.plan.tasks.map { $0.units.map(\.name) } == [["县发改局", "各乡镇人民政府"], ["县人社局", "各乡镇人民政府"]])
    }

    /// The State Council's form: a numbered paragraph whose sentences each end in a clause.
    /// Its opening sentence (the report's own words) is the title over those tasks: a section
    /// keeping the label, with the tasks under it unlabelled.
    @Test func numberedParagraphOfSeveralTasks() throws {
        let text = """
            关于落实《政府工作报告》重点工作部门分工的意见
            一、继续创新和完善宏观调控
            （一）实施更大规模的减税。普惠性减税与结构性减税并举。（财政部牵头，税务总局等按职责分工负责，年内持续推进）确保所有行业税负只减不增。（财政部、税务总局牵头，国务院有关部门按职责分工负责）
            （二）明显降低企业社保缴费负担。下调城镇职工基本养老保险单位缴费比例。（人力资源社会保障部牵头，5月1日起实施）
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.plan.tasks.map(\.label) == [nil, nil, nil])
        #expect(result.plan.areas[0].sections.map(\.title) == ["实施更大规模的减税", "明显降低企业社保缴费负担"])
        #expect(result.plan.tasks.map(\.section) == [1, 1, 2])
        #expect(result.plan.tasks.map { String($0.text.prefix(5)) } == ["普惠性减税", "确保所有行", "下调城镇职"])
        #expect(result.plan.tasks.map { $0.units.map(\.name) } == [
            ["财政部", "税务总局"], ["财政部", "税务总局", "国务院有关部门"], ["人力资源社会保障部"],
        ])
        #expect(result.plan.tasks[0].deadline?.phrase == "年内持续推进")
    }
}
