@testable import TaizhangImport
import Testing
import TaizhangModel
import TaizhangWords

/// Pages that lost their line breaks: the whole plan on one line, with a blank where each line
/// ended or with nothing at all.
@Suite struct RunOnPageTests {
    /// The 徐州 2020 corpus plan with every line break removed and nothing in its place:
    /// `…主要目标任务分解方案1.地区生产总值增长6%以上。牵头单位:市发改委;责任单位:各县(市)区政府2.一般…`.
    @Test func aPageWithoutBreaksOrBlanksIsCutWhereItsNumberingGoesOn() throws {
        let (text, _) = try CorpusFacts.load("2020-xuzhou-zhengfugongzuobaogao")
        let line = CorpusOneLineTests.flattened(text, joiner: "")
        #expect(!line.contains(UInt8(ascii: "\n")))
        let tasks = try PlanImporter.importDocument(line, fileName: "plan.txt").plan.tasks
        #expect(tasks.map(\.label) == ["1", "2", "3", "4"])
        // `增长2.5%` is a figure, not a label: each task keeps its whole sentence.
        #expect(tasks.map(\.text) == ["地区生产总值增长6%以上。", "一般公共预算收入增长2.5%。", "规模以上固定资产投资增长7%左右。", "社会消费"])
        #expect(tasks.map { $0.units.map(\.name) } == [
            ["市发改委", "各县(市)区政府"], ["市财政局", "各县(市)区政府"], ["市发改委", "各县(市)区政府"], [],
        ])
        #expect(tasks.prefix(3).allSatisfy { $0.units.map(\.role) == [.lead, .responsible] })
        // The coordinator is told the line was cut, and where: a reading to check by hand.
        let warnings = try PlanImporter.importDocument(line, fileName: "plan.txt").warnings
        #expect(warnings.first == ImportWarning(line: 1, .lineCutApart(parts: 17)))
        #expect(warnings.first?.words(.chinese) == "此行很长，似乎是丢失了换行的网页：已在原本可能换行之处切为17段，请对照原文核对")
        let lined = try PlanImporter.importDocument(text, fileName: "plan.txt").warnings
        #expect(!lined.contains { if case .lineCutApart = $0.kind { true } else { false } })
    }

    /// Without breaks or blanks, a notice's own requests (`一、加强工作统筹…二、…`) come before its
    /// signature; the signature ends them (`…武汉市人民政府办公厅2022年1月22日2022年市《…》…方案
    /// 一、经济社会发展主要预期目标(一)地区生产总值…`), so the attachment's `一、` opens its area.
    @Test func aSignatureEndsTheNoticesNumbering() throws {
        let (text, _) = try CorpusFacts.load("2022-wuhan-zhengfugongzuobaogao")
        let plan = try PlanImporter.importDocument(CorpusOneLineTests.flattened(text, joiner: ""), fileName: "plan.txt").plan
        #expect(plan.areas.map(\.title) == ["经济社会发展主要预期目标"])
        #expect(plan.tasks.map(\.label) == ["(一)"])
        #expect(plan.tasks.first?.units.map(\.name) == ["市发改委", "各区人民政府"])
        #expect(plan.issuer == "武汉市人民政府办公厅")
        #expect(plan.date == "2022-01-22")
    }

    /// Fields run into each other and into the task (`…增长7.2%左右。牵头单位:区发改局责任单位:
    /// 立山经济开发区,全区经济运行各专班2.规模上…`): each field is read as its own line.
    @Test func fieldsRunTogetherAreReadApart() throws {
        let (text, _) = try CorpusFacts.load("2023-lishan-zhongdiangongzuo")
        let tasks = try PlanImporter.importDocument(CorpusOneLineTests.flattened(text, joiner: ""), fileName: "plan.txt").plan.tasks
        #expect(tasks.prefix(2).map { $0.units.map(\.name) } == [["区发改局", "立山经济开发区", "全区经济运行各专班"], ["区工信局", "立山经济开发区"]])
        #expect(tasks.prefix(2).map { $0.units.map(\.role) } == [[.lead, .responsible, .responsible], [.lead, .responsible]])
    }

    /// A table copied one cell per line, then printed on one line with a blank for each break
    /// (the 莲都 2023 corpus plan: `分类 序号 事项 责任单位 牵头单位 发展目标 1 地区生产总值增长6.5%以上。
    /// 区农业农村局、… 区发改局 2 …`): each blank ends a cell, and the table is read by its header.
    @Test func aTableWhoseLineBreaksBecameBlanksIsReadByItsHeader() throws {
        let (text, facts) = try CorpusFacts.load("2023-liandu-zhengfugongzuobaogao")
        let result = try PlanImporter.importDocument(CorpusOneLineTests.flattened(text, joiner: " "), fileName: "plan.txt")
        #expect(result.reading == "table by its header over a long line cut at its blanks")
        #expect(result.plan.tasks.count == facts.tasks.count)
        #expect(result.plan.tasks.map(\.label) == facts.tasks.map(\.label))
        #expect(result.plan.tasks.last?.units.map(\.name) == ["区行政服务中心", "区深改服务中心"])
        #expect(result.warnings.first?.kind == .lineCutApart(parts: 75))
        // As published, one cell a line, it is read as before.
        #expect(try PlanImporter.importDocument(text, fileName: "plan.txt").reading == "table by its header over one cell per line")
    }

    /// A table copied one cell per line with a bar between cells, printed on one line (the 池州
    /// 2022 corpus plan: `工作任务 | 具体要求 | 责任科室 | 时限要求 | 强化…公开 | 1 | 对行政规范性文件… |
    /// 办公室 | 年底前 | …`): each bar ends a cell, as each line did, and the rows are found as they
    /// were in the copy with its lines.
    @Test func aPipeCutTableOnOneLineIsReadByItsHeader() throws {
        let (text, facts) = try CorpusFacts.load("2022-chizhou-xinfangju-zhengwugongkai")
        let published = try PlanImporter.importDocument(text, fileName: "plan.txt")
        for joiner in [" ", ""] {
            let result = try PlanImporter.importDocument(CorpusOneLineTests.flattened(text, joiner: joiner), fileName: "plan.txt")
            #expect(result.reading == "table by its header over pipe-cut cells")
            #expect(result.plan.tasks.map(\.label) == facts.tasks.map(\.label))
            // The same tasks, but for the line each came from (all on line 1 now).
            func read(_ plan: Plan) -> [String] {
                plan.tasks.map { "\($0.label ?? "") \($0.area) \($0.text) \($0.units) \($0.deadline?.phrase ?? "")" }
            }
            #expect(read(result.plan) == read(published.plan))
            #expect(result.plan.areas == published.plan.areas)
            #expect(result.warnings.first?.kind == .lineCutApart(parts: 43))
        }
    }

    /// The plan's title on a run-on page, wrapped over two lines and run into the notice's
    /// remark before it and the preamble after it (`…2023年3月28日 (此件公开发布) 立山区政府2023年
    /// 重点工作 任务分解和责任分工方案 为全面贯彻落实…`), or without blanks, after the attachment's
    /// mark (`…(此件公开发布)附件2020年《政府工作报告》主要目标任务分解方案1.…`).
    @Test func theTitleOfARunOnPageStandsApart() throws {
        let (lishan, lishanFacts) = try CorpusFacts.load("2023-lishan-zhongdiangongzuo")
        let spaced = try PlanImporter.importDocument(CorpusOneLineTests.flattened(lishan, joiner: " "), fileName: "plan.txt").plan
        #expect(spaced.title == lishanFacts.title)
        #expect(spaced.title == "立山区政府2023年重点工作任务分解和责任分工方案")
        let (xuzhou, xuzhouFacts) = try CorpusFacts.load("2020-xuzhou-zhengfugongzuobaogao")
        for joiner in [" ", ""] {
            let plan = try PlanImporter.importDocument(CorpusOneLineTests.flattened(xuzhou, joiner: joiner), fileName: "plan.txt").plan
            #expect(plan.title == xuzhouFacts.title, "joined by \(joiner.debugDescription)")
        }
    }

    /// The seed, a table flattened to text with a tab before each cell, printed on one line:
    /// its cells are still told apart (by the tabs), and its rows are found again: the same
    /// areas, sections, texts and unit names. Task 35, whose unit cell was empty (a line of
    /// tabs), takes the units of the merged cell above it, and says so; in the last area the
    /// second unit of tasks 54–57 is read as a lead too (the lines that told it apart are gone).
    @Test func theSeedOnOneLineIsReadByItsHeader() throws {
        let lined = try PlanImporter.importDocument(Array(BundledPlan.text.utf8), fileName: "plan.txt")
        let result = try PlanImporter.importDocument(Array(BundledPlan.text.filter { $0 != "\n" }.utf8), fileName: "plan.txt")
        #expect(result.reading == "table by its header over a long line cut at its blanks")
        #expect(result.plan.areas == lined.plan.areas)
        #expect(result.plan.tasks.count == 57)
        let differing = zip(result.plan.tasks, lined.plan.tasks).filter {
            $0.text != $1.text || $0.units.map(\.name) != $1.units.map(\.name) || $0.area != $1.area || $0.section != $1.section
        }
        #expect(differing.map(\.0.number) == [35])
        #expect(zip(result.plan.tasks, lined.plan.tasks).filter { $0.units.map(\.role) != $1.units.map(\.role) }.map(\.0.number) == [35, 54, 55, 56, 57])
        #expect(result.warnings.contains { $0.task == 35 && { if case .unitsFromMergedCell = $0 { true } else { false } }($0.kind) })
    }

    /// A tab-led table on one line has a tab for every cell of every row: more than a table's
    /// 256 columns, were it read as TSV. A text file that only looked like TSV is read by the
    /// text readers instead of refused.
    @Test func aTabLedTableOnOneLineIsNoTooWideTSV() throws {
        let rows = (1...200).map { "\t\($0).做好第\($0)项政务公开工作，按时完成。\t市政府办公室" }.joined()
        let text = "某市2022年政务公开工作要点分工方案\t工作要求\t具体任务\t具体要求\t牵头落实单位\t一、加强重点领域信息公开\t（一）推进财政信息公开" + rows
        #expect(text.count { $0 == "\t" } > 256)
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.plan.tasks.count == 200)
        #expect(result.plan.tasks.allSatisfy { $0.units.map(\.name) == ["市政府办公室"] })
    }

    /// With no line naming the plan, the notice's title or body says what it issues, read near
    /// the document's start; a preamble citing another notice does not.
    @Test func theIssuedPlanIsReadInsideTheNotice() {
        #expect(FrontMatter.issuedInside(["主办单位:中共武汉市委宣传部武汉市人民政府办公厅关于印发2018年省《政府工作报告》涉及我市工作任务责任分解方案的通知2022-10-19 14:39来源:武汉市人民政府办公厅"])
            == "2018年省《政府工作报告》涉及我市工作任务责任分解方案")
        #expect(FrontMatter.issuedInside(["各区人民政府,市人民政府各部门:现将《立山区政府2023年重点工作任务分解和责任分工方案》印发给你们,请认真贯彻落实。"])
            == "立山区政府2023年重点工作任务分解和责任分工方案")
        #expect(FrontMatter.issuedInside(["根据《省人民政府办公厅关于印发2022年政务公开工作要点的通知》要求,结合我市实际,制定本方案。"]) == nil)
        #expect(FrontMatter.issuedInside([String(repeating: "为做好今年各项工作,", count: 40) + "现将《某方案》印发给你们"]) == nil)
    }

    /// Inside a paragraph, numbers that do not go on from the line's own label are text: an
    /// ordinal (`第一、`), a list under task 5, a figure (`3、4月`).
    @Test func numbersInsideAParagraphStayInIt() {
        let task = "5.深化“放管服”改革,牢牢把握“产业第一、交通提升、城市跨越、民生为要”的工作总抓手,重点做好以下工作:1.精简审批事项,压减办理时限;2.推进一网通办,3、4月份完成系统对接;3.完善监管机制,对新设审批事项一律实行清单管理,结合本区本部门重点工作要求加快推动,明确具体分工,实时跟进推动,确保落实到位,各区、各部门要严格落实主体责任,规范执行各项制度,进一步加强对本区、本系统工作的指导,定期通报进展情况,确保各项工作平稳有序。"
        #expect(task.count > 200)
        #expect(RunOnLine.paragraphs(task) == [task])
        let paragraph = "各区、各部门要始终围绕中心、服务大局,牢牢把握“产业第一、交通提升、城市跨越、民生为要”的工作总抓手,结合本区本部门重点工作要求加快推动政务公开工作,建立本区、本系统2022年政务公开工作重点任务台账,提出具体工作措施,明确具体分工,实时跟进推动,确保落实到位。各区、各部门要严格落实信息发布、政策解读和政务舆情回应主体责任,进一步加强对本区、本系统政务公开工作指导,定期通报工作进展,确保各项工作平稳有序推进。"
        #expect(paragraph.count > 200)
        #expect(RunOnLine.paragraphs(paragraph) == [paragraph])
    }

    /// A run-on page keeps its page's header box (a few bars) before the text, a page number
    /// between two lines, and a notice's signature and remark: each stands apart again, so
    /// the signature names the issuer and the date and the remark is no part of the title.
    @Test func aRunOnPageIsCutAtItsSignatureRemarkAndPageNumbers() throws {
        let line = "索引号: | 113304240025561412/2022-69894 | 发布机构: | 县政府办公室 | 各镇人民政府(街道办事处),县政府各部门、直属各单位: 《政府工作报告2022年重点工作责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。 海盐县人民政府办公室 2022年4月18日 (此件公开发布) 政府工作报告2022年重点工作责任分解 一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。 责任单位:县发改局、县财政局 — 2 — 2.落实党政机关过紧日子的要求,节俭办一切事业。 责任单位:县财政局"
        let pieces = RunOnLine.paragraphs(line)
        #expect(pieces.contains("海盐县人民政府办公室"))
        #expect(pieces.contains("2022年4月18日"))
        #expect(pieces.contains("(此件公开发布)"))
        #expect(pieces.contains("— 2 —"))
        #expect(pieces.contains("政府工作报告2022年重点工作责任分解"))
        let plan = try PlanImporter.importDocument(Array(line.utf8), fileName: "plan.txt").plan
        #expect(plan.title == "政府工作报告2022年重点工作责任分解")
        #expect(plan.issuer == "海盐县人民政府办公室")
        #expect(plan.date == "2022-04-18")
        #expect(plan.tasks.map { $0.units.map(\.name) } == [["县发改局", "县财政局"], ["县财政局"]])
        #expect(plan.areas.map(\.title) == ["王丹县长牵头重点工作"])
    }

    /// A table's row is no page: a long line whose bars are many is left whole.
    @Test func aLongTableRowIsNotCut() {
        let row = "| 一、疫情防控 | 1.全面落实疫情防控措施,抓紧完成方舱医院升级改造 | 卫健局 | 各乡镇 | 1月底前 | 2.深入开展爱国卫生运动,广泛开展全民健身活动 | 文旅局 | 各乡镇 | 12月底前 | 3.中医院门诊楼建成投运,下马关分院加快建设 | 卫健局 | 发改局 | 6月底前 | 4.改扩建社区卫生服务中心,提升乡镇卫生院 | 卫健局 | 财政局 | 12月底前 | 5.积极争取疾控中心综合楼项目 | 卫健局 | 发改局 | 12月底前 |"
        #expect(row.count > 200)
        #expect(RunOnLine.paragraphs(row) == [row])
    }
}
