import TaizhangText

/// Markdown that renders as tables in any viewer and also reads as a table in a plain
/// editor or `cat`: cells are padded by display width (a Han character is two columns), so
/// the pipes line up in the raw text too. A cell holds its whole text: columns are padded
/// only up to `padLimit`, and a longer cell simply pushes the rest of its row along.
enum MarkdownWriter {
    static func text(_ report: Report, views: [ReportView]) -> String {
        var out = "# \(escape(report.heading.title))\n\n"
        for field in report.headingFields {
            out += "- \(field.label)：\(escape(field.value))\n"
        }
        for table in report.tables(views) {
            out += "\n## \(table.title)\n\n"
            out += self.table(table)
            if table.rows.isEmpty { out += "\n（无）\n" }
        }
        return out
    }

    /// Display columns a column is padded to at most.
    static let padLimit = 80

    /// A pipe table with every column as wide as its widest cell, up to `padLimit`.
    static func table(_ table: ReportTable) -> String {
        let header = table.headers.map(escape)
        let body = table.rows.map { row in row.cells.map { escape($0.text) } }
        // A column is right-aligned when it holds numbers, judged by its first row.
        let right = table.headers.indices.map { column in table.rows.first?.cells[column].isNumber ?? false }
        let widths = table.headers.indices.map { column in
            max(3, ([header] + body).map { DisplayWidth.of($0[column]) }.filter { $0 <= padLimit }.max() ?? padLimit)
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, text in
                let fill = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(text)))
                return right[column] ? fill + text : text + fill
            }
            return "| " + padded.joined(separator: " | ") + " |\n"
        }
        let rule = "| " + widths.enumerated().map { column, width in
            right[column] ? String(repeating: "-", count: width - 1) + ":" : String(repeating: "-", count: width)
        }.joined(separator: " | ") + " |\n"
        return line(header) + rule + body.map(line).joined()
    }

    /// Backslash-escapes what would break a table cell (`|`) or turn plan text into markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "|", "`", "*", "_", "<", "[", "]": out += "\\" + String(character)
            case "\n": out += "<br>"
            case "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
