/// One self-contained HTML file: no scripts, fonts or images from the network, so it opens
/// the same offline, in a mail attachment or printed (A4 landscape, the header of each
/// table repeated on every page). Every piece of ledger text is escaped and whole; no local
/// path appears in it.
enum HTMLWriter {
    static func text(_ report: Report, views: [ReportView]) -> String {
        var out = head(title: report.heading.title, fields: report.headingFields.map { ($0.label, $0.value) })
        for table in report.tables(views) {
            out += "<section id=\"\(table.view.rawValue)\">\n<h2>\(escape(table.title))</h2>\n"
            switch table.view {
            case .areas:
                let bars = report.areas.filter { !$0.isSection }.map { row in
                    BarChart.Bar(label: row.label, done: row.counts.done, doing: row.counts.doing, total: row.counts.total)
                }
                out += BarChart.svg(bars, caption: "各领域完成情况")
            case .units:
                let bars = report.units.map { row in
                    BarChart.Bar(label: CellText.unit(row), done: row.done, doing: row.doing, total: row.total)
                }
                out += BarChart.svg(bars, caption: "各单位完成情况")
            default:
                break
            }
            out += self.table(table)
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// A page of tables under a title and its fields, no charts (`report --all`).
    static func text(title: String, fields: [(label: String, value: String)], tables: [ReportTable]) -> String {
        var out = head(title: title, fields: fields)
        for table in tables { out += "<section>\n" + self.table(table) + "</section>\n" }
        return out + "</body>\n</html>\n"
    }

    /// The document up to and including the header with the title and its fields.
    static func head(title text: String, fields: [(label: String, value: String)]) -> String {
        let title = escape(text)
        var out = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <h1>\(title)</h1>
            <dl>\n
            """
        for field in fields {
            out += "<dt>\(escape(field.label))</dt><dd>\(escape(field.value))</dd>\n"
        }
        return out + "</dl>\n</header>\n"
    }

    /// Columns share the page as `ReportTable.Column` widths share an A4 landscape sheet, so
    /// a status keeps its two characters on a line and long text takes the room.
    static func table(_ table: ReportTable) -> String {
        let total = max(table.columns.reduce(0) { $0 + $1.width }, 1)
        var out = "<table class=\"\(table.view.rawValue)\">\n<colgroup>"
        for column in table.columns {
            let percent = Int((column.width / total * 1000).rounded())
            out += "<col style=\"width:\(percent / 10).\(percent % 10)%\">"
        }
        out += "</colgroup>\n<thead><tr>"
        let numeric = table.headers.indices.map { column in table.rows.first?.cells[column].isNumber ?? false }
        for (column, header) in table.headers.enumerated() {
            out += numeric[column] ? "<th class=\"n\">\(escape(header))</th>" : "<th>\(escape(header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        if table.rows.isEmpty {
            out += "<tr><td colspan=\"\(table.headers.count)\">（无）</td></tr>\n"
        }
        for row in table.rows {
            out += row.emphasis ? "<tr class=\"sum\">" : "<tr>"
            for cell in row.cells {
                out += cell.isNumber ? "<td class=\"n\">\(escape(cell.text))</td>" : "<td>\(lines(cell.text))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Escaped text with its line breaks kept.
    static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br>")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Chinese fonts first for each system (macOS, Windows, Linux), with a sans-serif
    /// fallback; A4 margins and table headers repeated on each printed page.
    static let style = """

        body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", \
        "Source Han Sans SC", "WenQuanYi Micro Hei", "SimSun", sans-serif; color: #111; margin: 2em auto; \
        max-width: 96em; padding: 0 1em; line-height: 1.5; }
        h1 { font-size: 1.5em; margin-bottom: 0.3em; }
        h2 { font-size: 1.2em; border-bottom: 1px solid #999; margin-top: 1.6em; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; margin: 0; }
        dt { color: #555; }
        dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92em; table-layout: fixed; }
        th, td { border: 1px solid #888; padding: 0.25em 0.4em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #eee; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        td.n { white-space: nowrap; }
        tr.sum td { font-weight: bold; }
        figure { margin: 0.8em 0; }
        figcaption { font-size: 0.9em; color: #555; }
        svg { max-width: 100%; height: auto; font-family: inherit; }
        svg text { font-size: 12px; fill: #111; }
        .done { fill: #2e7d32; }
        .doing { fill: #f9a825; }
        .track { fill: #e0e0e0; }
        @page { size: A4 landscape; margin: 12mm 12mm 14mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10pt; line-height: 1.4; }
          h2 { break-after: avoid; }
          thead { display: table-header-group; }
          tr, figure { break-inside: avoid; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
