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

    /// A page that names its own notice in a title mark, alone on a line and after its
    /// document number (the head of https://0798ci.com/policy/70942.html, 北京市2016年政务公开
    /// 工作要点, as published, up to its first task): the plan is what that notice issues. A
    /// notice cited inside a sentence, or two titles on one line, are not taken for it.
    @Test func aNoticeNamedInATitleMarkOnItsOwnLineIsThePagesOwn() throws {
        let text = """
            京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》
            《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》
            京政办发〔2016〕26号
            各区人民政府,市政府各委、办、局,各市属机构:
            《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。
            北京市人民政府办公厅
            2016年5月28日
            2016年是全面建成小康社会决胜阶段的开局之年,也是推进结构性改革的攻坚之年。今年政务公开工作的总体要求是:深入贯彻《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》(中办发〔2016〕8号)和《国务院办公厅关于印发2016年政务公开工作要点的通知》(国办发〔2016〕19号)精神。
            一、围绕深化改革推进公开
            (一)进一步推进权力清单和责任清单公开
            对权力清单进行动态调整,公布2016年版市政府部门权力清单。根据通用责任清单要求,进一步细化公开各部门行政职权运行各环节对应的责任事项。
            """
        let imported = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt").plan
        #expect(imported.title == "北京市2016年政务公开工作要点")
        #expect(imported.documentNumber == "京政办发〔2016〕26号")
        #expect(imported.issuer == "北京市人民政府办公厅")
        #expect(imported.date == "2016-05-28")
        #expect(FrontMatter.unwrappedNotice("《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》")
            == "北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知")
        #expect(FrontMatter.unwrappedNotice("《国务院办公厅关于印发A的通知》和《国务院关于B的通知》") == nil)
        #expect(FrontMatter.unwrappedNotice("根据《国务院办公厅关于印发2016年政务公开工作要点的通知》") == nil)
        #expect(FrontMatter.unwrappedNotice("《北京市2016年政务公开工作要点》") == nil)
        #expect(FrontMatter.issuedTitle("北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知") == "北京市2016年政务公开工作要点")
        #expect(FrontMatter.issuedTitle("关于印发《2022年政务公开工作要点》的通知") == "2022年政务公开工作要点")
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
