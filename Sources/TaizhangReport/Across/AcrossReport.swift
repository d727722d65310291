import TaizhangModel
import TaizhangWords

/// `report --all`: every unit across the plans of the plans home, per plan and in total. The
/// numbers are `WorkloadAcross`'s, the same as `workload --all` and the dashboard's unit
/// view: one rule in one place. One table: a unit's row over all plans (bold), then a row
/// for each plan that names it.
public struct AcrossReport: Sendable {
    public let workload: WorkloadAcross
    public let day: DayDate
    public let archived: Bool

    public init(_ plans: [(name: PlanName, ledger: Ledger)], today: DayDate, archived: Bool) {
        workload = WorkloadAcross(plans, today: today)
        day = today
        self.archived = archived
    }

    public var title: String { "各方案单位任务汇总" }

    /// What the report covers, under the title.
    public var fields: [(label: String, value: String)] {
        [("方案", workload.plans.map(\.text).joined(separator: "、") + (archived ? "（含已归档）" : "")),
         ("方案数", String(workload.plans.count)),
         ("统计日期", day.description)]
    }

    /// The words on a unit's row over every plan.
    public static let allPlans = "全部方案"

    public var table: ReportTable {
        var rows: [ReportTable.Row] = []
        func counts(_ row: WorkloadRow) -> [ReportTable.Cell] {
            [.int(row.total), .int(row.done), .int(row.doing), .int(row.open), .int(row.overdue)]
        }
        for row in workload.rows {
            let unit = row.total.label(.chinese)
            // 迟报: on the unit's row, in how many plans its return this period is late; on
            // a plan's row, where that return stands. Empty where no return is collected.
            let late: ReportTable.Cell = row.returnsTracked ? .int(row.returnsLate) : .text("")
            rows.append(.init([.text(unit), .text(Self.allPlans)] + counts(row.total) + [late], emphasis: true))
            for share in row.shares {
                let standing = ReportTable.Cell.text(share.returned.map { $0.state.words(.chinese) } ?? "")
                rows.append(.init([.text(unit), .text(share.plan.text)] + counts(share.row) + [standing]))
            }
        }
        let numbers = ["任务数", "已完成", "推进中", "未完成", "逾期"].map { ReportTable.Column($0, 8) }
        return ReportTable(view: .units, columns: [.init("单位", 24), .init("方案", 40)] + numbers + [.init("迟报", 10)], rows: rows)
    }

    /// `taizhang-report-all-2026-12-01.md`.
    public func defaultFileName(format: ReportFormat) -> String {
        "taizhang-report-all-\(day.description).\(format.fileExtension)"
    }

    /// The report's bytes: Markdown, HTML, xlsx or CSV (its one table).
    public func bytes(format: ReportFormat) throws(ReportError) -> [UInt8] {
        switch format {
        case .markdown:
            var out = "# \(MarkdownWriter.escape(title))\n\n"
            for field in fields { out += "- \(field.label)：\(MarkdownWriter.escape(field.value))\n" }
            out += "\n" + MarkdownWriter.table(table)
            if table.rows.isEmpty { out += "\n（无）\n" }
            return Array(out.utf8)
        case .html:
            return Array(HTMLWriter.text(title: title, fields: fields, tables: [table]).utf8)
        case .csv:
            return CSVWriter.bytes(table)
        case .xlsx:
            let subtitle = fields.filter { $0.label != "方案" }.map { "\($0.label)：\($0.value)" }.joined(separator: "　")
            do {
                return try XLSXWriter.bytes(title: title, subtitle: subtitle, day: day, tables: [table])
            } catch {
                throw .archiveFailed("\(error)")
            }
        case .json, .docx:
            throw .notAcrossPlans(format.rawValue)
        }
    }

    /// Writes the report into the folder `path` (default name) or as the file `path`; whole
    /// or not at all. Returns the path written.
    public func write(format: ReportFormat, to path: String, mode: UInt32 = 0o600) throws(ReportError) -> String {
        let file: String
        if ReportFiles.isFolder(path) {
            let folder = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            file = folder + "/" + defaultFileName(format: format)
        } else {
            if path.hasSuffix("/") { throw .noSuchFolder(path) }
            let folder = ReportFiles.folder(of: path)
            guard ReportFiles.isFolder(folder) else { throw .noSuchFolder(folder) }
            file = path
        }
        try ReportFiles.write([(file, try bytes(format: format))], mode: mode & 0o666)
        return file
    }
}
