/// A table copied with its bars but not its words: a page whose table the site drew by
/// script, or kept as a picture, leaves `|||` and `|` on lines of their own, row after row,
/// where the cells' text should be. What text there is (a header, the areas' rows) still
/// reads as a plan of a few tasks; the import says the rest is missing instead of letting
/// those few pass for the plan.
enum EmptyTableCells {
    /// The line of the first empty cell and how many there are, when empty cells are most of
    /// the table's: ten or more, and at least twice the cells with words beside a bar. A bar
    /// on its own line between two cells (one cell per line) is no empty cell; a bar right
    /// after another is.
    static func find(in text: String) -> (line: Int, count: Int)? {
        var empty = 0
        var filled = 0
        var first: Int?
        var afterBars = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var bars = 0
            var words = false
            for character in line where !Fold.isBlank(character) {
                if character == "|" || character == "｜" { bars += 1 } else { words = true }
            }
            if bars == 0, !words { continue }
            if words {
                if bars > 0 || afterBars { filled += 1 }
                afterBars = false
                continue
            }
            // Bars alone: each closes an empty cell, but the first when words came before it.
            let cells = afterBars ? bars : bars - 1
            if cells > 0, first == nil { first = index + 1 }
            empty += cells
            afterBars = true
        }
        guard empty >= 10, empty >= 2 * filled else { return nil }
        return (first ?? 1, empty)
    }
}
