import TaizhangText

/// Rows of cells as aligned plain-text columns, measured in display columns so Chinese names
/// line up: text cells left-aligned, number cells right-aligned, two spaces between columns,
/// one before a column in `closeTo` (`40 tasks` reads as one).
enum TextColumns {
    static func lines(_ rows: [[String]], rightAligned: Set<Int>, closeTo: Set<Int> = []) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in
            rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
        }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                if column > 0 { line += closeTo.contains(column) ? " " : "  " }
                let fill = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                // The last column needs no trailing spaces.
                line += rightAligned.contains(column) ? fill + cell : column == row.count - 1 ? cell : cell + fill
            }
            return line
        }
    }
}
