import TaizhangModel
import TaizhangOffice
import TaizhangWords

/// The 通报 draft as a Word document on A4: the title and date, 总体情况 in figures, a table
/// of every unit (任务数, 已销号, 超/达/欠进度, 逾期, 报送情况), the ranking, the tasks behind
/// or overdue with their units (each whole), the returns of the period, the extensions, and
/// the office's requirements, signed and dated. The office edits it before it goes out.
enum BulletinWriter {
    static func bytes(_ report: Report) throws(OfficeError) -> [UInt8] {
        try document(report).bytes()
    }

    static func document(_ report: Report) -> WordDocument {
        let words = Bulletin(report: report)
        var blocks: [WordBlock] = [
            .paragraph(WordParagraph(words.title, style: .title)),
            .paragraph(WordParagraph(words.asOf, style: .subtitle)),
            .paragraph(WordParagraph(report.heading.unit.map { "\($0)：" } ?? "各有关单位：", style: .plain)),
            .paragraph(WordParagraph(words.opening)),
            .paragraph(WordParagraph("一、总体情况", style: .heading)),
        ]
        blocks += words.overall.map { .paragraph(WordParagraph($0)) }
        blocks.append(.paragraph(WordParagraph("二、各单位落实情况", style: .heading)))
        blocks.append(.paragraph(WordParagraph("表1　各单位任务落实情况", style: .caption)))
        blocks.append(.table(unitTable(report)))
        blocks.append(.paragraph(WordParagraph("三、单位排名", style: .heading)))
        blocks += words.ranking.map { .paragraph(WordParagraph($0)) }
        blocks.append(.paragraph(WordParagraph("表2　单位排名（\(report.rankingOrder.words(.chinese))）", style: .caption)))
        blocks.append(.table(rankingTable(report)))
        blocks.append(.paragraph(WordParagraph("四、欠进度和逾期任务", style: .heading)))
        let lagging = words.lagging
        if lagging.isEmpty {
            blocks.append(.paragraph(WordParagraph("截至目前，没有欠进度或逾期的任务。")))
        } else {
            blocks.append(.paragraph(WordParagraph("欠进度或逾期的任务共\(lagging.count)项，具体如下。")))
            blocks.append(.paragraph(WordParagraph("表3　欠进度和逾期任务", style: .caption)))
            blocks.append(.table(laggingTable(lagging)))
        }
        blocks.append(.paragraph(WordParagraph("五、报送情况", style: .heading)))
        blocks += (words.returns.isEmpty ? ["本期无应报送单位。"] : words.returns).map { .paragraph(WordParagraph($0)) }
        if !report.extensions.isEmpty {
            blocks.append(.paragraph(WordParagraph("表4　完成时限调整情况", style: .caption)))
            blocks.append(.table(extensionTable(report)))
        }
        blocks.append(.paragraph(WordParagraph("六、下步工作要求", style: .heading)))
        blocks.append(.paragraph(WordParagraph(words.requirements)))
        if let issuer = report.heading.issuer { blocks.append(.paragraph(WordParagraph(issuer, style: .signature))) }
        blocks.append(.paragraph(WordParagraph(Bulletin.chineseDate(report.heading.reportDate), style: .signature)))
        let day = report.heading.reportDate
        return WordDocument(title: words.title, day: (day.year, day.month, day.day), blocks: blocks)
    }

    private static func number(_ value: Int) -> WordTable.Cell { WordTable.Cell(String(value), alignment: .center) }

    static func unitTable(_ report: Report) -> WordTable {
        let returned = Dictionary(report.returns.map { ($0.unit, $0.state) }, uniquingKeysWith: { first, _ in first })
        let rows = report.standings.map { s -> [WordTable.Cell] in
            [WordTable.Cell(s.unit), number(s.total), number(s.signedOff), number(s.ahead), number(s.onSchedule), number(s.behind),
             number(s.overdue), WordTable.Cell(returned[s.unit]?.words(.chinese) ?? "", alignment: .center)]
        }
        return WordTable(
            widths: [30, 9, 9, 9, 9, 9, 9, 14],
            header: ["单位", "任务数", "已销号", "超进度", "达进度", "欠进度", "逾期", "报送情况"], rows: rows)
    }

    static func rankingTable(_ report: Report) -> WordTable {
        let rows = report.ranking.map { entry -> [WordTable.Cell] in
            let s = entry.standing
            return [number(entry.rank), WordTable.Cell(s.unit), WordTable.Cell(ReportTable.Cell.percentText(s.completion), alignment: .center),
                    WordTable.Cell("\(s.signedOff)/\(s.total)", alignment: .center), number(s.behind), number(s.overdue)]
        }
        return WordTable(widths: [8, 34, 12, 14, 10, 10], header: ["排名", "单位", "完成率", "已销号/任务数", "欠进度", "逾期"], rows: rows)
    }

    static func laggingTable(_ tasks: [OpenTask]) -> WordTable {
        let rows = tasks.map { task -> [WordTable.Cell] in
            let state = [task.pace == .behind ? "欠进度" : nil, task.overdue ? "逾期" : nil].compactMap { $0 }.joined(separator: "、")
            return [number(task.number), WordTable.Cell(task.text), WordTable.Cell(CellText.units(task.units)),
                    WordTable.Cell(CellText.deadline(task.deadline)), WordTable.Cell(CellText.status(task.status) + "\n" + state, alignment: .center),
                    WordTable.Cell(CellText.note(task.latestNote))]
        }
        return WordTable(widths: [7, 40, 15, 13, 9, 16], header: ["序号", "工作任务", "责任单位", "完成时限", "状态", "最新进展"], rows: rows)
    }

    static func extensionTable(_ report: Report) -> WordTable {
        let rows = report.extensions.map { row -> [WordTable.Cell] in
            [number(row.task), WordTable.Cell(row.change.from.words(.chinese)), WordTable.Cell(CellText.deadline(row.change.to)),
             WordTable.Cell(row.change.reason ?? ""), WordTable.Cell(String(row.change.at.prefix(10)), alignment: .center)]
        }
        return WordTable(widths: [8, 20, 20, 36, 16], header: ["序号", "原时限", "新时限", "理由", "调整日期"], rows: rows)
    }
}
