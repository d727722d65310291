@testable import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel

/// The importer on the real Zhuhai 2022 plan: every count and every tricky cell exact.
@Suite struct ImporterSeedTests {
    let result = BundledPlan.imported()
    var plan: Plan { result.plan }

    func task(_ number: Int) -> PlanTask {
        plan.tasks.first { $0.number == number }!
    }

    @Test func countsAreasSectionsAndTasks() {
        #expect(plan.areas.count == 5)
        #expect(plan.sectionCount == 17)
        #expect(plan.areas.map(\.sections.count) == [4, 5, 3, 5, 0])
        #expect(plan.tasks.map(\.number) == Array(1...57))
    }

    @Test func readsTheDocumentDetails() {
        #expect(plan.title == "珠海市贯彻落实国家和省2022年政务公开工作要点分工方案")
        #expect(plan.documentNumber == "珠府办〔2022〕6号")
        #expect(plan.issuer == "珠海市人民政府办公室")
        #expect(plan.date == "2022-06-17")
        let preamble = plan.preamble
        #expect(preamble?.text.hasPrefix("各区、各部门要坚持以习近平新时代中国特色社会主义思想为指导") == true)
        #expect(preamble?.text.hasSuffix("确保各项工作平稳有序。") == true)
        #expect(preamble?.text.split(separator: "\n").count == 2)
        // Under the 牵头落实单位 column, a plainly named unit leads the work.
        #expect(preamble?.units == [
            UnitAssignment(name: "各区政府（管委会）", role: .lead),
            UnitAssignment(name: "市直各有关单位", role: .lead),
        ])
    }

    @Test func readsAreaAndSectionTitles() {
        #expect(plan.areas[0].title == "优化政务公开工作基础")
        #expect(plan.areas[4].title == "坚持全省一盘棋，强化工作指导监督")
        #expect(plan.areas[0].sections[2] == Section(number: 3, title: "提升政府信息公开申请办理工作规范化程度。"))
        #expect(plan.areas[2].sections[0].title == "围绕省委“1+1+9”工作部署加大重大政策解读力度")
    }

    @Test func placesTasksInTheirAreasAndSections() {
        #expect(task(1).area == 1 && task(1).section == 1)
        #expect(task(6).area == 1 && task(6).section == 3)
        #expect(task(16).area == 2 && task(16).section == 2)
        #expect(task(45).area == 4 && task(45).section == 5)
        #expect(task(46).area == 5 && task(46).section == nil)
        #expect(task(57).area == 5 && task(57).section == nil)
        let perArea = (1...5).map { area in plan.tasks.filter { $0.area == area }.count }
        #expect(perArea == [10, 16, 9, 10, 12])
    }

    @Test func keepsFullTextWithoutNumberPrefix() {
        #expect(task(4).text.hasPrefix("基层政府要继续落实基层政务公开标准化规范化要求"))
        #expect(task(4).text.hasSuffix("等服务。"))
        #expect(task(12).text == "积极发挥广东数字政府“粤系列”平台优势，提供防疫大数据支持。")
        #expect(task(47).text == "各区、各部门主要负责同志每年至少听取1次政务公开工作汇报，专题研究部署政务公开工作。")
        for task in plan.tasks {
            #expect(!task.text.contains("\t") && !task.text.hasPrefix(" ") && !task.text.hasSuffix(" "), "task \(task.number)")
        }
    }

    @Test func readsLeadAndSupportingUnits() {
        #expect(task(14).units == [
            UnitAssignment(name: "各区政府（管委会）", role: .lead),
            UnitAssignment(name: "市卫生健康局", role: .lead),
            UnitAssignment(name: "市政务服务数据管理局", role: .lead),
            UnitAssignment(name: "市直其他单位", role: .supporting),
        ])
        #expect(task(11).units == task(14).units)
        #expect(task(33).leads == ["各区政府（管委会）", "市政府办公室", "市政务服务数据管理局"])
        #expect(task(33).supporting == ["市直其他有关单位"])
        #expect(task(23).supporting == ["市教育局"])
        #expect(task(15).supporting == ["市直各有关单位"])
        #expect(task(1).units.map(\.name) == ["市政府办公室", "市司法局"])
    }

    @Test func keepsDistrictBodiesDistinct() {
        #expect(task(45).units.map(\.name) == ["各区政府", "市政府办公室"])
        #expect(task(8).units.map(\.name) == ["各区政府", "市司法局"])
        #expect(task(9).units.map(\.name) == ["各区政府（管委会）", "市直各有关单位"])
    }

    @Test func leavesTask35UnassignedWithAWarning() {
        #expect(task(35).units.isEmpty)
        #expect(result.warnings == [ImportWarning(line: 201, task: 35, .noUnits(reason: .emptyCell))])
    }

    /// Counted independently of the importer, by reading the unit cells of the source.
    @Test func countsTasksPerUnit() {
        var counts: [String: Int] = [:]
        for task in plan.tasks {
            for unit in task.units { counts[unit.name, default: 0] += 1 }
        }
        #expect(counts == [
            "各区政府（管委会）": 51, "市直各有关单位": 36, "市政府办公室": 10, "市司法局": 3,
            "市卫生健康局": 5, "市政务服务数据管理局": 7, "市直其他单位": 4, "市财政局": 1,
            "各区政府": 2, "市税务局": 1, "市人力资源社会保障局": 1, "市直其他有关单位": 4,
            "市教育局": 1,
        ])
    }
}
