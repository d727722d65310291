@testable import TaizhangImport
import Testing
import TaizhangModel

/// Headings in the places plans put them: a title sentence opening a paragraph of several
/// clause-closed tasks, and tables whose outermost heading is numbered `（一）`. Found trying
/// the importer on plans outside the corpus; the texts here are written for the test.
@Suite struct HeadingFormTests {
    /// `（一）标题。任务…（X负责落实）任务…（Y负责落实）`: the sentence is the section's title
    /// and the tasks after it carry no label.
    @Test func aTitleSentenceHeadsTheClauseClosedTasksOfItsParagraph() throws {
        let text = """
            某市2020年政务公开工作要点
            一、加强重点工作信息公开
            （一）围绕重大项目做好信息公开。公开重点项目的审批和建设进展情况。（市发展改革委负责落实）推进城市更新改造的规划和补偿信息公开。（市住房城乡建设委、市规划局分别负责落实）
            （二）做好财政信息公开。全面公开财政预算和决算，细化到功能分类的项级科目。（市财政局负责落实）
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        let tasks = result.plan.tasks
        #expect(tasks.map { String($0.text.prefix(6)) } == ["公开重点项目", "推进城市更新", "全面公开财政"])
        #expect(tasks.map(\.label) == [nil, nil, nil])
        #expect(result.plan.areas.first?.sections.map(\.title) == ["围绕重大项目做好信息公开", "做好财政信息公开"])
        #expect(tasks.map(\.section) == [1, 1, 2])
        #expect(tasks[1].units.map(\.name) == ["市住房城乡建设委", "市规划局"])
    }

    /// A table whose first column holds `（一）`, `（二）` as its outermost headings: each one
    /// is a work area, not the first an area and the rest its sections.
    @Test func bracketedHeadingsOfATableAreAllAreas() throws {
        let text = """
            工作任务 | 具体要求 | 责任单位 |
            （一）推进决策公开 | 1.重大行政决策事项目录向社会公布。 | 市司法局牵头，各区政府负责 |
            2.决策草案公开征求意见。 | 市有关单位负责 |
            （二）推进执行公开 | 1.重点改革任务的执行情况及时公开。 | 市发展改革委负责 |
            2.审计发现问题的整改情况向社会公开。 | 市审计局负责 |
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.plan.areas.map(\.title) == ["推进决策公开", "推进执行公开"])
        #expect(result.plan.areas.map(\.sections.count) == [0, 0])
        #expect(result.plan.tasks.map(\.area) == [1, 1, 2, 2])
        #expect(result.plan.tasks.map(\.label) == ["1", "2", "1", "2"])
    }

    /// `市交通运输局、水利厅、住房城乡建设厅、能源局`: a list that writes provincial bodies
    /// bare does not lend the first name's level to a short name among them.
    @Test func aLevelIsSharedOnlyWhereEveryBareNameIsShort() {
        func names(_ text: String) -> [String] { UnitPhrase.parse(FoldedText(text)).units.map(\.name) }
        #expect(names("省发展改革委、交通运输厅、水利厅、能源局负责") == ["省发展改革委", "交通运输厅", "水利厅", "能源局"])
        #expect(names("市行政审批局、住建局、司法局负责") == ["市行政审批局", "市住建局", "市司法局"])
        // 各县、市、区政府 is one collective body; 各乡、街办、管理处 are three.
        #expect(names("各县、市、区政府负责") == ["各县、市、区政府"])
        #expect(names("区政府办公室，各乡、街办、管理处负责") == ["区政府办公室", "各乡", "街办", "管理处"])
    }

    /// A page that printed the whole plan on one line: headings and paragraphs begin where a
    /// label follows a blank, and a short heading stands apart from the paragraph after it.
    @Test func aPlanPrintedOnOneLineIsReadByItsLabels() throws {
        let line = "根据上级文件精神，结合我区实际，制定本工作要点。 一、总体要求 做好全年政务公开工作，要以公开促落实、以公开促规范、以公开促服务，持续提升政务公开质量和实效，为全区经济社会发展营造良好环境。 二、重点任务 全年政务公开工作的主要任务是：聚焦重点领域，回应社会关切。 (一)强化重点领域信息公开 1、财政预决算领域。全面公开区级部门预决算信息，细化公开内容。(责任单位：区财政局、区审计局) 2、重大建设项目领域。及时公开重大建设项目的批准和实施信息。(责任单位：区发改委、区住建局)"
        let text = "某区2022年政务公开工作要点\n" + line + "\n"
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.plan.tasks.map(\.label) == ["1", "2"])
        #expect(result.plan.tasks.map { String($0.text.prefix(7)) } == ["财政预决算领域", "重大建设项目领"])
        #expect(result.plan.tasks.map { $0.units.map(\.name) } == [["区财政局", "区审计局"], ["区发改委", "区住建局"]])
        #expect(result.plan.areas.map(\.title) == ["重点任务"])
        #expect(result.plan.areas.first?.sections.map(\.title) == ["强化重点领域信息公开"])
    }
}
