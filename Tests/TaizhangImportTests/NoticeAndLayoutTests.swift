@testable import TaizhangImport
import Testing
import TaizhangModel

/// The covering notice read as a notice, headings that name their tasks' owner, and layouts
/// beyond the row: field names over their values, a header over two rows, columns named in
/// words of their own.
@Suite struct NoticeAndLayoutTests {
    private func read(_ text: String) throws -> ImportResult {
        try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
    }

    /// The notice's numbered requirements are paragraphs, its attachment list names documents,
    /// its signature names no unit: the plan starts at the attachment, whose headings name the
    /// leader or the unit that owns the tasks under them.
    @Test func noticeThenPlanByOwner() throws {
        let result = try read("""
            各乡镇人民政府，县直各有关单位：
            现将《2025年县政府工作报告任务分解》印发给你们，请认真抓好落实。
            一、责任到人，闭环管理。各责任单位需严格对照任务清单，逐项细化职责，制定实施方案，明确完成时限，确保各项任务按期完成。
            二、节点管控，动态调度。各单位要紧盯目标任务、关键指标、序时进度，加强调度运行，强化分析研判。
            附件：1.2025年县政府工作报告任务分解
            2.2025年民生实事任务分解
            某县人民政府办公室
            2025年5月18日
            附件1
            2025年县政府工作报告任务分解
            一、张三县长主抓重点工作
            1.推进重点项目建设。
            责任单位：县发改局、县财政局（列第一位者为牵头或汇总单位，下同）
            二、县示范区管委会牵头工作（2项）
            2.建设劳动密集型产业园。
            3.打造食用菌生产基地。
            """)
        #expect(result.plan.title == "2025年县政府工作报告任务分解")
        #expect(result.plan.issuer == "某县人民政府办公室" && result.plan.date == "2025-05-18")
        #expect(result.plan.areas.map(\.title) == ["张三县长主抓重点工作", "县示范区管委会牵头工作（2项）"])
        #expect(result.plan.tasks.map(\.label) == ["1", "2", "3"])
        #expect(result.plan.tasks[0].people == ["张三"])
        #expect(result.plan.tasks[0].units == [
            UnitAssignment(name: "县发改局", role: .lead), UnitAssignment(name: "县财政局", role: .responsible),
        ])
        #expect(result.plan.tasks[1].units == [UnitAssignment(name: "县示范区管委会", role: .lead)])
        #expect(result.plan.tasks.allSatisfy { $0.deadline == nil })
    }

    /// Owners a heading names, in the ways plans name them.
    @Test func headingOwners() {
        func owner(_ title: String) -> String {
            guard let phrase = HeadingOwner.parse(FoldedText(title)) else { return "-" }
            return (phrase.people + phrase.units.map { "\($0.name):\($0.role.rawValue)" }).joined(separator: " ")
        }
        #expect(owner("袁家军省长主抓重点工作") == "袁家军")
        #expect(owner("王纲市长、张三常务副市长共同主抓的重点工作") == "王纲 张三")
        #expect(owner("由李四副县长分管的工作(12项)") == "李四")
        #expect(owner("县示范区管委会牵头工作(8项)") == "县示范区管委会:lead")
        #expect(owner("市发改委、市财政局牵头的重点任务") == "市发改委:lead 市财政局:lead")
        #expect(owner("统筹推进重点工作") == "-")
        #expect(owner("各部门要负责任务") == "-")
    }

    /// One task as field names over their values, one a line.
    @Test func fieldNamesOverValues() throws {
        let result = try read("""
            具体任务
            全面落实疫情防控措施，改扩建社区卫生服务中心，提升乡镇卫生院服务能力
            责任单位
            卫健局、文旅局
            配合单位
            各乡镇
            完成时限
            12月底前
            """)
        #expect(result.plan.tasks.count == 1)
        #expect(result.plan.tasks[0].units == [
            UnitAssignment(name: "卫健局", role: .responsible), UnitAssignment(name: "文旅局", role: .responsible),
            UnitAssignment(name: "各乡镇", role: .supporting),
        ])
        #expect(result.plan.tasks[0].deadline?.phrase == "12月底前")
    }

    /// Columns named in words no list holds, a unit named in both unit columns, a second
    /// header row.
    @Test func columnsNamedInTheirOwnWords() throws {
        let result = try read("""
            某区重点民生实事推进情况
            序号 | 全年目标任务 | 分管 领导 | 牵头 单位 | 责任主体与协同单位 | 1-10月推进情况 | 是否达序
            2023年目标 | | | | | |
            1 | 优化提升50条背街后巷交通组织。 | 徐国江 | 城管局 | 市政局、城管局、相关街道 | 已进场施工。 | 是
            2 | 新建建筑垃圾中转站8个。 | 徐国江 | 城管局 | 环卫处 | 已建成3个。 | 否
            """)
        #expect(result.reading.hasPrefix("table by its header"))
        #expect(result.implicitArea)
        #expect(result.plan.tasks.map(\.label) == ["1", "2"])
        #expect(result.plan.tasks[0].people == ["徐国江"])
        #expect(result.plan.tasks[0].units == [
            UnitAssignment(name: "城管局", role: .lead), UnitAssignment(name: "市政局", role: .responsible),
            UnitAssignment(name: "相关街道", role: .responsible),
        ])
        #expect(!result.plan.tasks[1].text.contains("已建成"))
    }

    /// Role words followed by a word the grammar does not know; a name after an 等-tail.
    @Test func roleWordsBeforeAnUnknownVerb() {
        func units(_ text: String) -> [String] {
            UnitPhrase.parse(FoldedText(text)).units.map { "\($0.name):\($0.role.rawValue)" }
        }
        #expect(units("省发展改革委牵头推进") == ["省发展改革委:lead"])
        #expect(units("交通运输厅、水利厅等省有关部门和各地级以上市人民政府按职责分工推进") == [
            "交通运输厅:responsible", "水利厅:responsible", "各地级以上市人民政府:responsible",
        ])
        // A target cell that names a body is not a unit cell: 统筹安排 is no run of role words.
        #expect(!Piece.looksLikeUnitCell(FoldedText("由市科技局统筹安排")))
    }

    /// A name the copy cuts is kept only when it is the clause's one name and long enough.
    @Test func cutNames() {
        func cut(_ text: String) -> [String] {
            UnitPhrase.parse(FoldedText(text), cut: true).units.map(\.name)
        }
        #expect(cut("牵头单位:市人力资源社会保") == ["市人力资源社会保"])
        #expect(cut("牵头单位:市发") == [])
        #expect(cut("牵头单位:县发改局、县农业农") == ["县发改局"])
    }
}
