@testable import TaizhangImport
import Testing
import TaizhangModel

/// What identifies each plan of the corpus (title, document number, issuer, date), against
/// what a person read in it: the dashboard's header and every report carry these.
@Suite struct CorpusFrontMatterTests {
    static func imported() -> [(plan: String, facts: CorpusFacts, result: Plan)] {
        CorpusFacts.plans().compactMap { plan in
            guard let (text, facts) = try? CorpusFacts.load(plan),
                let result = try? PlanImporter.importDocument(text, fileName: "plan.txt") else { return nil }
            return (plan, facts, result.plan)
        }
    }

    /// How many plans have each detail right. A plan whose facts leave a detail out counts as
    /// right when the import leaves it out too. The counts only ever go up.
    @Test func detailsRightAcrossTheCorpus() {
        let plans = Self.imported()
        var right = ["title": 0, "number": 0, "issuer": 0, "date": 0]
        var wrong: [String] = []
        for (name, facts, plan) in plans {
            let pairs: [(String, String?, String?)] = [
                ("title", facts.title, plan.title), ("number", facts.documentNumber, plan.documentNumber),
                ("issuer", facts.issuer, plan.issuer), ("date", facts.date, plan.date),
            ]
            for (detail, expected, found) in pairs {
                if expected == nil || expected == found { right[detail, default: 0] += 1 } else { wrong.append("\(name) \(detail): \(found ?? "nil")") }
            }
        }
        #expect(plans.count == 67)
        #expect(right == ["title": 53, "number": 65, "issuer": 43, "date": 62], "\(wrong)")
    }

    /// A web page's signature above the title (issuer, then the date with its 年月日 lost) is
    /// not part of the title; the date is read when only one reading of its digits is a date.
    @Test(arguments: [
        ("2019-xiamen-yingshanghuanjing", "厦门市聚焦企业关切进一步落实优化营商环境政策的若干措施", "厦门市人民政府办公厅", nil),
        ("2022-henglan-zhengwugongkai", "横栏镇2022年政务公开工作要点分工方案", "中山市横栏党政综合办公室", "2022-07-28"),
        ("2024-wuhu-jiaoyuju-gongzuoyaodian", "芜湖市教育局2024年工作要点", nil, "2024-03-27"),
        ("2022-zigong-zhengwugongkai", "自贡市2022年政务公开重点工作任务分工方案", nil, "2022-04-28"),
        ("2023-weihai-shuziweihai", "数字威海建设2023年工作要点", nil, nil),
        // Its notice and signature share one run-on line: `…召开。 海盐县人民政府办公室
        // 2022年4月18日 (此件公开发布) 政府工作报告…`, cut where the lines were.
        ("2022-haiyan-zhengfugongzuobaogao", "政府工作报告2022年重点工作责任分解", "海盐县人民政府办公室", "2022-04-18"),
        ("2020-chuzhou-zhongdiangongzuo", "滁州市人民政府关于2020年市政府重点工作及责任分解的通知", nil, nil),
        // A notice whose numbered requests (一、二、三、) come before its signature: the
        // signature still names the issuer and the date, and is no text outside any task.
        ("2023-caidian-zhengfugongzuobaogao", "2023年区《政府工作报告》确定的主要目标任务责任分解方案", "蔡甸区人民政府办公室", "2023-01-03"),
        ("2018-wuhan-shengzhengfugongzuobaogao", "2018年省《政府工作报告》涉及我市工作任务责任分解方案", "武汉市人民政府办公厅", "2018-02-14"),
    ] as [(String, String, String?, String?)])
    func signaturesAndRemarksStayOutOfTheTitle(plan: String, title: String, issuer: String?, date: String?) throws {
        let (text, _) = try CorpusFacts.load(plan)
        let imported = try PlanImporter.importDocument(text, fileName: "plan.txt").plan
        #expect(imported.title == title)
        if let issuer { #expect(imported.issuer == issuer) }
        if let date { #expect(imported.date == date) }
    }

    @Test func compactDatesAreReadOnlyWhenUnambiguous() {
        #expect(FrontMatter.compactDate("2022728") == "2022-07-28")
        #expect(FrontMatter.compactDate("20190116") == "2019-01-16")
        #expect(FrontMatter.compactDate("2019116") == nil)  // January 16 or November 6
        #expect(FrontMatter.compactDate("2024327") == "2024-03-27")
        #expect(FrontMatter.compactDate("12366123") == nil)  // no plausible year
        #expect(FrontMatter.isCompactDate("2019116") && !FrontMatter.isCompactDate("201911") && !FrontMatter.isCompactDate("2019年"))
        #expect(FrontMatter.issuedTitle("武汉市人民政府办公厅关于印发2018年省《政府工作报告》涉及我市工作任务责任分解方案的通知")
            == "2018年省《政府工作报告》涉及我市工作任务责任分解方案")
    }
}
