import TaizhangScreen
import TaizhangText

/// The column plan of the unit pane for its width: the cursor mark, the unit name, the number
/// columns (total, in progress, overdue, behind schedule) and the bar of the share done. Each number
/// column is as wide as its heading or its widest value; names get what is left, up to the
/// longest name; the bar gets the rest, at least as wide as its heading. When the long
/// headings would cut names short (80 columns), the short ones are used.
struct UnitColumns: Equatable {
    static let nameX = 1
    static let gap = 1
    static let barMaximum = 20
    /// Below this many columns for names, the short headings are worth their terseness.
    static let comfortableName = 14

    let nameWidth: Int
    let headings: [String]
    /// Width of each number column, in `WorkloadColumn.allCases` order.
    let numberWidths: [Int]
    let barHeading: String
    let barWidth: Int

    init(width: Int, words: WorkloadColumnWords, nameWidth wanted: Int, measure: WorkloadMeasure) {
        barHeading = words.bar
        let barMinimum = max(4, DisplayWidth.of(words.bar))
        func plan(_ headings: [String]) -> (widths: [Int], room: Int) {
            let widths = zip(headings, measure.valueWidths).map { max(DisplayWidth.of($0), $1) }
            let numbers = widths.reduce(0) { $0 + Self.gap + $1 }
            return (widths, width - Self.nameX - numbers - Self.gap - barMinimum)
        }
        var chosen = (headings: words.numbers, plan: plan(words.numbers))
        if chosen.plan.room < min(wanted, Self.comfortableName) {
            chosen = (words.numbersShort, plan(words.numbersShort))
        }
        headings = chosen.headings
        numberWidths = chosen.plan.widths
        let room = max(0, chosen.plan.room)
        // Names up to the longest; the bar grows with what is left; beyond its maximum the
        // names' column widens, so the numbers stay beside the bar.
        let extra = max(0, room - wanted)
        barWidth = barMinimum + min(extra, Self.barMaximum - barMinimum)
        nameWidth = room + barMinimum - barWidth
    }

    /// Where each number column ends (exclusive), from the pane's inner left edge.
    var numberRights: [Int] {
        var right = Self.nameX + nameWidth
        return numberWidths.map { width in
            right += Self.gap + width
            return right
        }
    }

    var barX: Int { (numberRights.last ?? Self.nameX + nameWidth) + Self.gap }

    /// The bar of `done` out of `total` as `width` cells: whole cells done, one cell done in
    /// eighths where the glyphs allow it, the rest open. Any work done shows, and a bar is
    /// full only when all is done.
    static func bar(done: Int, total: Int, width: Int, glyphs: Glyphs) -> (done: String, open: String) {
        guard width > 0 else { return ("", "") }
        let steps = glyphs.barEighths.count + 1
        var filled = total == 0 ? 0 : (done * width * steps + total / 2) / total
        if done > 0 { filled = max(filled, 1) }
        if done < total { filled = min(filled, width * steps - 1) }
        let whole = filled / steps
        var doneText = String(repeating: glyphs.barDone, count: whole)
        var cells = whole
        if filled % steps > 0 {
            doneText.append(glyphs.barEighths[filled % steps - 1])
            cells += 1
        }
        return (doneText, String(repeating: glyphs.barOpen, count: width - cells))
    }
}
