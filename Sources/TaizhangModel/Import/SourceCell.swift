/// A piece of a plan document as a layout reader found it, before anything is known of what
/// it means. Readers only say where cells start and end; the builder recognises areas,
/// sections, tasks and units by their content, because merged cells and page breaks make a
/// cell's position unreliable.
enum SourceCell: Equatable {
    /// A new cell with text, starting on `line`.
    case cell(String, line: Int)
    /// More text of the cell before it (a wrapped paragraph).
    case continuation(String, line: Int)
    /// A cell that is present but empty: for a unit column this means "no unit", never
    /// "same as above".
    case empty(line: Int)

    var line: Int {
        switch self {
        case .cell(_, let line), .continuation(_, let line), .empty(let line): line
        }
    }
}
