import TaizhangWords
import TaizhangImport
import TaizhangStore
import TaizhangModel

/// One view of a report as rows of typed cells: every tabular format (Markdown, CSV, xlsx,
/// HTML) writes these same tables, so the formats differ only in how they draw a cell.
public struct ReportTable: Hashable, Sendable {
    public enum Cell: Hashable, Sendable {
        case text(String)
        case int(Int)
        /// A fraction (0.25 = 25%): a number in xlsx with a percent format, `25.0%` in text.
        case percent(Double)

        /// The cell as text: `12.5%` for percents (one decimal, as the xlsx format shows it).
        public var text: String {
            switch self {
            case .text(let text): text
            case .int(let number): String(number)
            case .percent(let fraction): Self.percentText(fraction)
            }
        }

        /// Numbers align right in every format.
        public var isNumber: Bool { if case .text = self { false } else { true } }

        static func percentText(_ fraction: Double) -> String {
            let tenths = Int((fraction * 1000).rounded())
            return "\(tenths / 10).\(tenths % 10)%"
        }
    }

    public struct Row: Hashable, Sendable {
        public var cells: [Cell]
        /// A total or an area (over its sections), a group (over its members): drawn bold.
        public var emphasis: Bool

        public init(_ cells: [Cell], emphasis: Bool = false) {
            self.cells = cells
            self.emphasis = emphasis
        }
    }

    public var view: ReportView
    public var headers: [String]
    /// Columns whose text is cut in plain-text tables (Markdown) to keep rows on one line;
    /// the other formats have room and show it whole.
    public var plainTextWidths: [Int: Int]
    public var rows: [Row]

    public var title: String { view.title }
}

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
        case .open: openTable
        }
    }

    private var overallTable: ReportTable {
        let rows: [ReportTable.Row] = [
            .init([.text("任务总数"), .int(overall.total)], emphasis: true),
            .init([.text("已完成"), .int(overall.done)]),
            .init([.text("进行中"), .int(overall.doing)]),
            .init([.text("未开始"), .int(overall.todo)]),
            .init([.text("已逾期"), .int(overall.overdue)]),
            .init([.text("完成率"), .percent(overall.fractionDone)], emphasis: true),
        ]
        return ReportTable(view: .overall, headers: ["项目", "数值"], plainTextWidths: [:], rows: rows)
    }

    private var areasTable: ReportTable {
        let rows = areas.map { row in
            let c = row.counts
            return ReportTable.Row(
                [.text(row.label), .int(c.total), .int(c.todo), .int(c.doing), .int(c.done), .int(c.overdue), .percent(c.fractionDone)],
                emphasis: !row.isSection)
        }
        return ReportTable(
            view: .areas, headers: ["领域 / 任务类别", "任务数", "未开始", "进行中", "已完成", "逾期", "完成率"],
            plainTextWidths: [0: 36], rows: rows)
    }

    private var unitsTable: ReportTable {
        let roles = UnitRole.allCases
        let rows = units.map { row in
            ReportTable.Row(
                [.text(Self.unitLabel(row)), .int(row.total)] + roles.map { .int(row.count(of: $0)) }
                    + [.int(row.done), .int(row.doing), .int(row.open), .int(row.overdue), .percent(row.fractionDone)],
                emphasis: row.isGroup)
        }
        return ReportTable(
            view: .units,
            headers: ["单位", "任务数"] + roles.map { $0.words(.chinese) } + ["已完成", "进行中", "未完成", "逾期", "完成率"],
            // A long unit name (20 columns) with a group's （合计） stays whole.
            plainTextWidths: [0: 28], rows: rows)
    }

    /// A unit row's name in every format (reports are in Chinese).
    static func unitLabel(_ row: WorkloadRow) -> String {
        row.label(.chinese)
    }

    private var openTable: ReportTable {
        let rows = open.map { task in
            ReportTable.Row([
                .int(task.number), .text(task.shortText), .text(Self.statusName(task.status)),
                .text(task.units.isEmpty ? WorkloadRow.noUnit(.chinese) : task.units.joined(separator: "、")),
                .text(task.deadline.map(Self.deadlineText) ?? ""), .text(task.overdue ? "逾期" : ""),
                .text(task.latestNoteDate ?? ""),
                .text(task.latestNote.map { Self.oneLine($0.text) } ?? ""),
            ])
        }
        return ReportTable(
            view: .open, headers: ["序号", "任务", "状态", "责任单位", "完成时限", "逾期", "进展日期", "最新进展"],
            plainTextWidths: [1: OpenTask.shortWidth, 3: 34, 7: OpenTask.noteWidth], rows: rows)
    }

    static func statusName(_ status: TaskStatus) -> String {
        status.words(.chinese)
    }

    /// A deadline as the report shows it: the day, or what the plan says for work with none.
    static func deadlineText(_ deadline: Deadline) -> String {
        deadline.words(.chinese)
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The heading as label/value pairs, for formats that show it as a list or a sheet.
    public var headingFields: [(label: String, value: String)] {
        var fields: [(String, String)] = [("方案", heading.planTitle)]
        if let number = heading.documentNumber { fields.append(("文号", number)) }
        if let issuer = heading.issuer { fields.append(("印发单位", issuer)) }
        if let unit = heading.unit { fields.append(("单位", unit)) }
        if let area = heading.area { fields.append(("领域", area)) }
        fields.append(("报告日期", heading.reportDate.description))
        if let path = heading.ledgerPath { fields.append(("台账文件", path)) }
        return fields
    }
}
