import TaizhangText

/// Rows of cells as aligned plain-text columns, measured in display columns so Chinese names
/// line up: text cells left-aligned, number cells right-aligned, two spaces between columns.
enum TextColumns {
    static func lines(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in
            rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let fill = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                if rightAligned.contains(column) { return fill + cell }
                // The last column needs no trailing spaces.
                return column == row.count - 1 ? cell : cell + fill
            }.joined(separator: "  ")
        }
    }
}
