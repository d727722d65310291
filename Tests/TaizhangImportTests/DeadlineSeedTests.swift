@testable import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel

/// Deadlines read from the task text of the Zhuhai plan: exactly the four tasks that state
/// one, and nothing from 持续, 及时 or 常态化.
@Suite struct DeadlineSeedTests {
    @Test func exactlyTheTasksThatStateADeadlineGetOne() {
        let plan = BundledPlan.imported().plan
        var found: [Int: Deadline] = [:]
        for task in plan.tasks {
            if let deadline = task.deadline { found[task.number] = deadline }
        }
        #expect(found == [
            5: Deadline(.date("2022-12-31"), phrase: "年底前"),
            45: Deadline(.date("2022-12-31"), phrase: "2022年底前"),
            46: Deadline(.recurring(.yearly), phrase: "每年至少召开一次会议"),
            47: Deadline(.recurring(.yearly), phrase: "每年至少听取1次政务公开工作汇报"),
        ])
    }

    @Test func thePlanYearComesFromItsDate() {
        #expect(BundledPlan.imported().year == 2022)
    }
}

/// The deadline phrases one by one, in prose and in a deadline column.
@Suite struct DeadlinePhraseTests {
    func text(_ sentence: String, year: Int? = 2023) -> DeadlineGrammar.Outcome {
        DeadlineGrammar.fromText(sentence, year: year)
    }

    func column(_ cell: String, year: Int? = 2023) -> DeadlineGrammar.Outcome {
        DeadlineGrammar.fromField(cell, year: year)
    }

    @Test func prosePhrases() {
        #expect(text("年底前完成清理。") == .found(Deadline(.date("2023-12-31"), phrase: "年底前")))
        #expect(text("力争2024年底前全面完成。") == .found(Deadline(.date("2024-12-31"), phrase: "2024年底前")))
        #expect(text("6月底前报送方案。") == .found(Deadline(.date("2023-06-30"), phrase: "6月底前")))
        #expect(text("2月底前报送。", year: 2024) == .found(Deadline(.date("2024-02-29"), phrase: "2月底前")))
        #expect(text("于9月15日前提交材料。") == .found(Deadline(.date("2023-09-15"), phrase: "9月15日前")))
        #expect(text("2023年10月31日前完成。") == .found(Deadline(.date("2023-10-31"), phrase: "2023年10月31日前")))
        #expect(text("十一月底前完成。") == .found(Deadline(.date("2023-11-30"), phrase: "十一月底前")))
        #expect(text("每年至少开展一次督查，及时通报。") == .found(Deadline(.recurring(.yearly), phrase: "每年至少开展一次督查")))
        // The latest date wins: the task is done when its last part is.
        #expect(text("6月底前完成初稿，年底前印发实施。") == .found(Deadline(.date("2023-12-31"), phrase: "年底前")))
    }

    @Test func verbsAndFiguresAreNotDeadlines() {
        for sentence in [
            "持续推进政务公开标准化。", "及时回应社会关切。", "推动监测常态化。", "日前，已部署相关工作。",
            "2022年政务公开工作要点", "完成率达到95%以上", "每季度通报一次。", "共12月度报告",
        ] {
            #expect(text(sentence) == .none, "\(sentence)")
        }
    }

    /// 2023年底完成 says when as clearly as 年底前; a policy's 实施期限至… does not.
    @Test func yearEndWithCompletion() {
        #expect(text("2023年底完成80%以上指标。") == .found(Deadline(.date("2023-12-31"), phrase: "2023年底")))
        #expect(text("實施期限至2021年12月31日。") == .none)
    }

    @Test func yearEndWithoutAYearAsksForOne() {
        #expect(text("年底前完成。", year: nil) == .needsYear("年底前"))
        #expect(text("2023年底前完成。", year: nil) == .found(Deadline(.date("2023-12-31"), phrase: "2023年底前")))
    }

    @Test func columnValues() {
        #expect(column("持续推进") == .found(Deadline(.ongoing, phrase: "持续推进")))
        #expect(column("长期坚持") == .found(Deadline(.ongoing, phrase: "长期坚持")))
        #expect(column("年底前") == .found(Deadline(.date("2023-12-31"), phrase: "年底前")))
        #expect(column("2022年6月底前") == .found(Deadline(.date("2022-06-30"), phrase: "2022年6月底前")))
        #expect(column("6月30日前") == .found(Deadline(.date("2023-06-30"), phrase: "6月30日前")))
        #expect(column("2023年12月31日") == .found(Deadline(.date("2023-12-31"), phrase: "2023年12月31日")))
        #expect(column("2023-09-01") == .found(Deadline(.date("2023-09-01"), phrase: "2023-09-01")))
        #expect(column("2023/9/1") == .found(Deadline(.date("2023-09-01"), phrase: "2023/9/1")))
        #expect(column("2023年9月") == .found(Deadline(.date("2023-09-30"), phrase: "2023年9月")))
        #expect(column("10月") == .found(Deadline(.date("2023-10-31"), phrase: "10月")))
        #expect(column("2024年") == .found(Deadline(.date("2024-12-31"), phrase: "2024年")))
        #expect(column("上半年") == .found(Deadline(.date("2023-06-30"), phrase: "上半年")))
        #expect(column("每年") == .found(Deadline(.recurring(.yearly), phrase: "每年")))
        #expect(column("45291") == .found(Deadline(.date("2023-12-31"), phrase: "2023-12-31")))
        #expect(column("") == .none)
        #expect(column("/") == .none)
        #expect(column("视情况而定") == .found(Deadline(.asWritten, phrase: "视情况而定")))
        #expect(column("每季度") == .found(Deadline(.recurring(.quarterly), phrase: "每季度")))
        #expect(column("每月") == .found(Deadline(.recurring(.monthly), phrase: "每月")))
        #expect(column("第三季度") == .found(Deadline(.date("2023-09-30"), phrase: "第三季度")))
        #expect(column("全年") == .found(Deadline(.date("2023-12-31"), phrase: "全年")))
        #expect(column("年底前", year: nil) == .needsYear("年底前"))
    }
}
