import TaizhangModel
import TaizhangWords

/// The words of the 通报 draft, from the one computed report: the sentences an office
/// writes around its tables (总体情况, 报送情况, the units named at the top and the bottom),
/// so the document and the numbers in every other format cannot disagree.
struct Bulletin {
    let report: Report

    var title: String { "关于《\(report.heading.planTitle)》落实情况的通报" }

    /// `2023年1月5日`.
    static func chineseDate(_ day: DayDate) -> String { "\(day.year)年\(day.month)月\(day.day)日" }

    var asOf: String { "（截至\(Self.chineseDate(report.heading.reportDate))）" }

    var opening: String {
        let number = report.heading.documentNumber.map { "（\($0)）" } ?? ""
        let scope = report.heading.unit.map { "中\($0)承担任务的" } ?? ""
        return "现将《\(report.heading.planTitle)》\(number)\(scope)落实情况通报如下。"
    }

    var overall: [String] {
        let c = report.overall
        var sentences = [
            "截至\(Self.chineseDate(report.heading.reportDate))，方案共明确任务\(c.total)项。其中已销号\(c.done)项，完成率\(ReportTable.Cell.percentText(c.fractionDone))；"
                + "待销号\(c.reported)项，推进中\(c.doing - c.reported)项，未开始\(c.todo)项。",
            "按序时进度，超进度\(c.ahead)项、达进度\(c.onSchedule)项、欠进度\(c.behind)项；逾期未完成\(c.overdue)项。"
                + "亮灯情况：红灯\(c.red)项、黄灯\(c.yellow)项、绿灯\(c.green)项。",
        ]
        if !report.extensions.isEmpty {
            sentences.append("期间经批准调整完成时限\(report.extensions.count)次，涉及任务\(Set(report.extensions.map(\.task)).count)项。")
        }
        return [sentences.joined()]
    }

    /// 本期应报送 N 个单位，按时 …, naming the late and the missing.
    var returns: [String] {
        let standings = report.returns
        guard !standings.isEmpty else { return [] }
        func units(_ state: ReturnStanding.State) -> [String] { standings.filter { $0.state == state }.map(\.unit) }
        let period = report.period
        var text = "本期（\(period.label)，报送时限\(Self.chineseDate(period.due))）应报送单位\(standings.count)个，"
            + "按时报送\(units(.onTime).count)个，逾期报送\(units(.late).count)个，未报送\(units(.missing).count + units(.awaited).count)个。"
        if !units(.late).isEmpty { text += "逾期报送的单位：\(units(.late).joined(separator: "、"))。" }
        let missing = units(.missing) + units(.awaited)
        if !missing.isEmpty { text += "未报送的单位：\(missing.joined(separator: "、"))。" }
        return [text]
    }

    /// The top and bottom of the ranking, when the ranking tells units apart.
    var ranking: [String] {
        let ranked = report.ranking
        guard ranked.count > 3, Set(ranked.map(\.rank)).count > 1 else { return [] }
        func named(_ list: ArraySlice<RankedUnit>) -> String {
            list.map { "\($0.standing.unit)（\(ReportTable.Cell.percentText($0.standing.completion))）" }.joined(separator: "、")
        }
        let top = ranked.prefix(3)
        let bottom = ranked.suffix(3).filter { entry in !top.contains { $0.standing.unit == entry.standing.unit } }
        var text = "\(report.rankingOrder.words(.chinese))排名，靠前的单位：\(named(top))。"
        if !bottom.isEmpty { text += "靠后的单位：\(named(ArraySlice(bottom)))。" }
        let overdue = ranked.filter { $0.standing.overdue > 0 }.sorted { $0.standing.overdue > $1.standing.overdue }
        if !overdue.isEmpty {
            text += "有逾期任务的单位：" + overdue.map { "\($0.standing.unit)（\($0.standing.overdue)项）" }.joined(separator: "、") + "。"
        }
        return [text]
    }

    /// The tasks the 通报 lists: behind schedule or overdue.
    var lagging: [OpenTask] { report.open.filter { $0.pace == .behind || $0.overdue } }

    var requirements: String {
        let day = "\(report.period.due.day)日"
        return "请各责任单位对照任务清单，逐项梳理欠进度、逾期任务，明确时间节点和责任人，加快推进；"
            + "于每个报送周期\(day)前如实报送落实情况并附佐证材料，需调整完成时限的，应说明理由并提出申请。"
    }
}
