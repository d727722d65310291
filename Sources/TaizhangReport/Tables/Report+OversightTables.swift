import TaizhangModel
import TaizhangWords

/// The tables of oversight (督查督办): the ranking, the returns of the period, the log of
/// extensions and the evidence kept.
extension Report {
    var rankingTable: ReportTable {
        let rows = ranking.map { ranked in
            let s = ranked.standing
            return ReportTable.Row([
                .int(ranked.rank), .text(s.unit), .int(s.total), .int(s.signedOff), .int(s.reported), .percent(s.completion),
                .int(s.ahead), .int(s.onSchedule), .int(s.behind), .int(s.overdue), .text(ranked.returned?.words(.chinese) ?? ""),
            ])
        }
        let counts = ["任务数", "已销号", "待销号"].map { ReportTable.Column($0, 8) } + [.init("完成率", 9)]
            + ["超进度", "达进度", "欠进度", "逾期"].map { ReportTable.Column($0, 8) }
        return ReportTable(
            view: .ranking,
            columns: [.init("排名（" + rankingOrder.words(.chinese) + "）", 10), .init("单位", 30)] + counts + [.init("本期报送", 10)],
            rows: rows)
    }

    var returnsTable: ReportTable {
        let rows = returns.map { standing in
            ReportTable.Row([
                .text(standing.unit), .text(standing.period.label), .text(standing.period.due.description),
                .text(standing.state.words(.chinese)), .text(standing.receivedDay ?? ""),
                .text(standing.record?.filledBy ?? ""), .text(standing.record?.phone ?? ""), .text(standing.record?.file ?? ""),
            ])
        }
        return ReportTable(
            view: .returns,
            columns: [.init("单位", 30), .init("报送周期", 10), .init("报送时限", 12), .init("报送情况", 10), .init("报送日期", 12),
                      .init("填报人", 10), .init("联系电话", 14), .init("报送文件", 36)],
            rows: rows)
    }

    var extensionsTable: ReportTable {
        let rows = extensions.map { row in
            ReportTable.Row([
                .int(row.task), .text(row.text), .text(row.change.from.words(.chinese)), .text(CellText.deadline(row.change.to)),
                .text(row.change.reason ?? ""), .text(String(row.change.at.prefix(10))), .text(row.change.by),
            ])
        }
        return ReportTable(
            view: .extensions,
            columns: [.init("序号", 6), .init("工作任务", 50), .init("原时限", 14), .init("新时限", 14), .init("延期理由", 30),
                      .init("调整日期", 11), .init("调整人", 12)],
            rows: rows)
    }

    var evidenceTable: ReportTable {
        let rows = evidence.map { row in
            ReportTable.Row([
                .int(row.task), .text(row.text), .text(row.item.link), .text(row.item.label ?? ""), .text(row.item.unit ?? ""),
                .text(String(row.item.at.prefix(10))),
            ])
        }
        return ReportTable(
            view: .evidence,
            columns: [.init("序号", 6), .init("工作任务", 50), .init("佐证材料", 36), .init("说明", 20), .init("报送单位", 18), .init("日期", 11)],
            rows: rows)
    }
}
