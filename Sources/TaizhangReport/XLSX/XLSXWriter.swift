import TaizhangModel
import TaizhangOffice

/// The report as a workbook, one sheet per view, each ready to print on A4 landscape: a
/// title row and a row with the document number and the report's day above the header,
/// the header bold on grey, frozen on screen and repeated on every printed page, every cell
/// bordered and wrapped in columns as wide as `ReportTable.Column` says, rows as tall as their
/// text, all columns shrunk onto the page's width.
enum XLSXWriter {
    static func bytes(_ report: Report, views: [ReportView]) throws(OfficeError) -> [UInt8] {
        let day = report.heading.reportDate
        let sheets = report.tables(views).map { sheet($0, report: report) }
        return try Workbook(title: report.heading.title, day: (day.year, day.month, day.day), sheets: sheets).bytes()
    }

    /// A workbook of `tables` under one title and subtitle (`report --all`).
    static func bytes(title: String, subtitle: String, day: DayDate, tables: [ReportTable]) throws(OfficeError) -> [UInt8] {
        let sheets = tables.map { sheet($0, title: title, subtitle: subtitle) }
        return try Workbook(title: title, day: (day.year, day.month, day.day), sheets: sheets).bytes()
    }

    /// The line under the title: what identifies the plan and the report's day.
    static func subtitle(_ report: Report) -> String {
        report.headingFields.filter { $0.label != "方案" }.map { "\($0.label)：\($0.value)" }.joined(separator: "　")
    }

    static func sheet(_ table: ReportTable, report: Report) -> Worksheet {
        sheet(table, title: report.heading.title + "（" + table.title + "）", subtitle: subtitle(report))
    }

    static func sheet(_ table: ReportTable, title: String, subtitle: String) -> Worksheet {
        let width = table.columns.count
        let last = max(width - 1, 0)
        var rows: [Row] = [
            Row([.text(title, CellStyle(bold: true, fontSize: 14, wrap: true, alignment: .center, verticalCenter: true))]),
            Row([.text(subtitle, CellStyle(fontSize: 10, wrap: true, alignment: .center, verticalCenter: true))]),
            Row(table.headers.map { .text($0, .header) }),
        ]
        for row in table.rows {
            rows.append(Row(row.cells.map { cell(for: $0, bold: row.emphasis) }))
        }
        if table.rows.isEmpty {
            rows.append(Row([.text("（无）", .body)] + Array(repeating: WorkbookCell.text("", .body), count: last)))
        }
        var sheet = Worksheet(
            name: table.title, columns: table.columns.map { Column(width: $0.width) }, rows: rows,
            merges: [CellRange(rows: 0...0, columns: 0...last), CellRange(rows: 1...1, columns: 0...last)],
            frozenRows: 3, page: PageSetup(landscape: true, fitToWidth: true, repeatRows: 2...2))
        sheet.fitRowHeights()
        return sheet
    }

    private static func cell(for cell: ReportTable.Cell, bold: Bool) -> WorkbookCell {
        switch cell {
        case .text(let text):
            var style = CellStyle.body
            style.bold = bold
            return .text(text, style)
        case .int(let value):
            var style = CellStyle.number
            style.bold = bold
            return .int(value, style)
        case .percent(let fraction):
            var style = CellStyle.number
            style.bold = bold
            style.percent = true
            return WorkbookCell(.number(fraction), style: style)
        }
    }
}
