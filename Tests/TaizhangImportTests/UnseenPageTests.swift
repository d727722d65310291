import Testing
import TaizhangModel
@testable import TaizhangImport

/// Heads of real pages not in the corpus, as stored, each read as a coordinator would want.
@Suite struct UnseenPageTests {
    /// 上海市长宁区人民政府2019年重点工作目标 (长府〔2019〕5号, 附件1), its table copied one cell a
    /// line as stored (https://zwgk.shcn.gov.cn/xxgk/qzfzdgz-ghjh/2022/266/2081.html), cut
    /// off in its first row: a header of two rows (four quarters under 阶段性目标和工作任务量),
    /// its units under 主责部门 and 配合部门.
    static let changning = """
        附件1

        上海市长宁区人民政府2019年重点工作目标

        领域

        序号

        重要 项目

        目标任务和工作要求

        阶段性目标和工作任务量

        主责部门

        配合部门

        第一季度

        第二季度

        第三季度

        第四季度

        一、经济发展

        1

        稳增长

        制定并部署2019年长宁区稳增长举措实施方案,建立工作联席机制,保持经济持续发展,人均GDP、地均GDP稳定增长,实现区级一般公共预算收入预期增长4%,达到169.36亿元左右。

        制定并下发2019年长宁区稳增长举措实施方案,召开全区稳增长工作会议,推进并完善各类工作机制。完成楼宇信息动态数据库建设,深化楼宇租税联动机制。开展重点企业系走访工作。启动对接上交会、进博会、亿欧峰会等高品质、有影响力的活动,配合做好上海时装周活动,完善招商配
        """

    /// 主责部门 names the column of the units that lead: before it was known, the header's
    /// 阶段性目标和工作任务量 was read as a task and 主责部门 as its unit.
    @Test func aHeaderNamedMainResponsibleDepartmentIsNoTask() throws {
        #expect(FieldLabel.meaning(of: "主责部门") == .units(.lead))
        let result = try PlanImporter.importDocument(Array(Self.changning.utf8), fileName: "plan.txt")
        let plan = result.plan
        #expect(plan.tasks.count == 1)
        #expect(plan.areas.map { $0.title } == ["经济发展"])
        #expect(plan.tasks.allSatisfy { $0.units.allSatisfy { FieldLabel.meaning(of: $0.name) == nil } })
        #expect(plan.tasks.first?.text.hasPrefix("稳增长") == true)
    }
}
