import TaizhangText

extension Worksheet {
    /// Gives each row the height its wrapped text needs, so a printed sheet shows every word:
    /// programs size rows as they open a file only sometimes (LibreOffice does, Excel does not
    /// for rows it did not lay out itself), and a clipped cell on paper is text lost. The
    /// estimate counts display columns (a Han character is two, about two digit widths of the
    /// font) against the column's width, each line break starting a line, and errs high rather than clip.
    public mutating func fitRowHeights() {
        let spans = mergedWidths()
        for index in rows.indices where rows[index].height == nil {
            var tallest = 1.0
            var lines = 1
            for (column, cell) in rows[index].cells.enumerated() {
                guard let cell, case .text(let text) = cell.value, !text.isEmpty else { continue }
                tallest = max(tallest, cell.style.fontSize)
                let width = spans[[index, column]] ?? (columns.indices.contains(column) ? columns[column].width : 8.43)
                let count = cell.style.wrap ? Self.lines(text, width: width, fontSize: cell.style.fontSize) : 1
                lines = max(lines, count)
            }
            let lineHeight = max(tallest, 11) * 1.36
            rows[index].height = (Double(lines) * lineHeight + 4).rounded()
        }
    }

    /// Lines `text` takes in a column `width` digit-widths wide at `fontSize` points.
    static func lines(_ text: String, width: Double, fontSize: Double) -> Int {
        // Widths are in digits of the 11-point default font (a Han character is two, as its
        // display width): larger type holds fewer; a digit's width goes to the cell's margins.
        let usable = max(1, (width - 1) * 11 / max(fontSize, 1))
        var count = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = Double(DisplayWidth.of(paragraph))
            count += max(1, Int((columns / usable).rounded(.up)))
        }
        return max(count, 1)
    }

    /// The width of each merged range, keyed by its first cell: a title over eight columns
    /// wraps at their sum.
    private func mergedWidths() -> [[Int]: Double] {
        var widths: [[Int]: Double] = [:]
        for range in merges {
            var total = 0.0
            for column in range.firstColumn...range.lastColumn where columns.indices.contains(column) && !columns[column].hidden {
                total += columns[column].width
            }
            widths[[range.firstRow, range.firstColumn]] = total
        }
        return widths
    }
}
