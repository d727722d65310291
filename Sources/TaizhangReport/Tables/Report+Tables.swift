import TaizhangModel
import TaizhangWords

extension Report {
    /// The tables of `views`, in the order given.
    public func tables(_ views: [ReportView] = ReportView.allCases) -> [ReportTable] {
        views.map(table)
    }

    public func table(_ view: ReportView) -> ReportTable {
        switch view {
        case .overall: overallTable
        case .areas: areasTable
        case .units: unitsTable
        case .ranking: rankingTable
        case .returns: returnsTable
        case .open: openTable
        case .extensions: extensionsTable
        case .evidence: evidenceTable
        }
    }

    private var overallTable: ReportTable {
        let c = overall
        let rows: [ReportTable.Row] = [
            .init([.text("任务总数"), .int(c.total)], emphasis: true),
            .init([.text("已完成（已销号）"), .int(c.done)]),
            .init([.text("待销号"), .int(c.reported)]),
            .init([.text("推进中（含待销号、已退回）"), .int(c.doing)]),
            .init([.text("未开始"), .int(c.todo)]),
            .init([.text("已逾期"), .int(c.overdue)]),
            .init([.text("完成率"), .percent(c.fractionDone)], emphasis: true),
            .init([.text("超进度"), .int(c.ahead)]),
            .init([.text("达进度"), .int(c.onSchedule)]),
            .init([.text("欠进度"), .int(c.behind)]),
            .init([.text("红灯"), .int(c.red)]),
            .init([.text("黄灯"), .int(c.yellow)]),
            .init([.text("绿灯"), .int(c.green)]),
            .init([.text("延期次数"), .int(extensions.count)]),
        ]
        return ReportTable(view: .overall, columns: [.init("项目", 30), .init("数值", 10)], rows: rows)
    }

    private var areasTable: ReportTable {
        let rows = areas.map { row in
            let c = row.counts
            return ReportTable.Row(
                [.text(row.label), .int(c.total), .int(c.todo), .int(c.doing), .int(c.done), .int(c.behind), .int(c.overdue),
                 .int(c.red), .int(c.yellow), .percent(c.fractionDone)],
                emphasis: !row.isSection)
        }
        let numbers = ["任务数", "未开始", "推进中", "已完成", "欠进度", "逾期", "红灯", "黄灯"].map { ReportTable.Column($0, 8) }
        return ReportTable(view: .areas, columns: [.init("领域 / 任务类别", 60)] + numbers + [.init("完成率", 9)], rows: rows)
    }

    private var unitsTable: ReportTable {
        let roles = UnitRole.allCases
        let rows = units.map { row in
            ReportTable.Row(
                [.text(CellText.unit(row)), .int(row.total)] + roles.map { .int(row.count(of: $0)) }
                    + [.int(row.done), .int(row.doing), .int(row.open), .int(row.overdue), .percent(row.fractionDone)],
                emphasis: row.isGroup)
        }
        let counts = (["任务数"] + roles.map { $0.words(.chinese) } + ["已完成", "推进中", "未完成", "逾期"]).map { ReportTable.Column($0, 8) }
        return ReportTable(view: .units, columns: [.init("单位", 30)] + counts + [.init("完成率", 9)], rows: rows)
    }

    private var openTable: ReportTable {
        let rows = open.map { task in
            ReportTable.Row([
                .int(task.number), .text(task.text), .text(CellText.units(task.units)), .text(CellText.status(task.status)),
                .text(CellText.light(task.light)), .text(task.pace.words(.chinese)), .text(CellText.deadline(task)),
                .text(CellText.note(task.latestNote)), .text(CellText.evidence(task.evidence)),
            ])
        }
        return ReportTable(
            view: .open,
            columns: [.init("序号", 6), .init("工作任务", 46), .init("责任单位", 17), .init("状态", 7), .init("亮灯", 6),
                      .init("序时进度", 7), .init("完成时限", 13), .init("最新进展", 30), .init("佐证材料", 16)],
            rows: rows)
    }

    /// The heading as label/value pairs, for formats that show it as a list or a sheet. Never
    /// a local path: a report is handed on.
    public var headingFields: [(label: String, value: String)] {
        var fields: [(String, String)] = [("方案", heading.planTitle)]
        if let number = heading.documentNumber { fields.append(("文号", number)) }
        if let issuer = heading.issuer { fields.append(("印发单位", issuer)) }
        if let unit = heading.unit { fields.append(("单位", unit)) }
        if let area = heading.area { fields.append(("领域", area)) }
        fields.append(("报告日期", heading.reportDate.description))
        return fields
    }
}
