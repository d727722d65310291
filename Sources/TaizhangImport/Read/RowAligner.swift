/// Aligns a table's cells to its columns when rows leave cells out. A web table flattened to
/// text prints nothing where a merged cell covers a row, so a row's cells shift left; a copy
/// made one cell per line does not even say where rows end. The aligner finds, for the whole
/// table at once, the assignment of cells to rows and columns that fits their content best
/// (a bare number in 序号, unit names under 责任单位, a sentence under 具体要求), moving left to
/// right within a row. A column a row skips is either empty or covered by a merged cell above;
/// the reader decides which.
struct RowAligner {
    struct Placement: Equatable {
        var row: Int
        var column: Int
    }

    let columns: [ColumnRole]
    /// Items (`1.`, `(1)`) number rows, not paragraphs inside a cell: their numbering runs on
    /// through the table instead of restarting in each cell.
    let itemsAreRows: Bool
    /// Costs looked up once per column and kind, not per cell.
    private var fits: [[Double]] = []
    private var continuations: [[Double?]] = []
    private var skips: [[Double]] = []

    /// Columns the header does not name, added because rows may carry them: a cell costs more
    /// there than in a named column.
    init(columns: [ColumnRole], virtual: Set<Int> = [], itemsAreRows: Bool) {
        self.columns = columns
        self.itemsAreRows = itemsAreRows
        fits = columns.indices.map { column in
            CellKind.allCases.map { fitCost($0, column) + (virtual.contains(column) && $0 != .empty ? 0.3 : 0) }
        }
        continuations = columns.indices.map { column in CellKind.allCases.map { continuationCost($0, column) } }
        skips = columns.indices.map { column in (0..<3).map { skipCost(column, $0) } }
    }

    static let rowCost = 0.5
    static let rowWithoutTask = 2.0
    /// Numbering that starts again (`1` after `3`) starts a new area or section: a row whose
    /// label restarts without a heading in it, or just above it, pays.
    static let restartWithoutHeading = 1.5

    /// - Parameter restarts: the cells whose label starts the numbering again.
    func align(_ kinds: [CellKind], boundaries: [Cell.Boundary], restarts: [Bool] = []) -> [Placement] {
        let n = kinds.count
        let m = columns.count
        guard n > 0, m > 0 else { return [] }
        let restarts = restarts.count == n ? restarts : [Bool](repeating: false, count: n)
        let headed = columns.contains { $0 == .area || $0 == .section }
        // State: the cell's column and four flags of its row, flattened: it has a task yet; a
        // cell that is not a heading; a heading (or the row before was headings alone); a label
        // that restarts. A row of headings alone (`一、…` across the table) needs no task; any
        // other row without one pays, as does a restart without a heading.
        let (task, other, heading, restart) = (1, 2, 4, 8)
        let states = m * 16
        func isHeadingColumn(_ column: Int) -> Bool { columns[column] == .area || columns[column] == .section }
        func closeCost(_ previous: Int) -> Double {
            let flags = previous % 16
            let unheaded = headed && flags & restart != 0 && flags & heading == 0
            return endSkip(previous / 16 + 1, m) + (flags & task == 0 && flags & other != 0 ? Self.rowWithoutTask : 0)
                + (unheaded ? Self.restartWithoutHeading : 0)
        }
        /// The flags a new row starts with: a row of headings alone heads the next.
        func opening(_ previous: Int) -> Int {
            let flags = previous % 16
            return flags & heading != 0 && flags & (task | other) == 0 ? heading : 0
        }
        func flags(_ column: Int, _ index: Int) -> Int {
            var result = 0
            if columns[column] == .task { result |= task }
            if isHeadingColumn(column), kinds[index] != .empty { result |= heading }
            if columns[column] != .task, !isHeadingColumn(column), kinds[index] != .empty { result |= other }
            if restarts[index] { result |= restart }
            return result
        }
        var cost = [Double](repeating: .infinity, count: n * states)
        var back = [Int32](repeating: -1, count: n * states)
        var startsRow = [Bool](repeating: false, count: n * states)
        for column in 0..<m {
            let value = leadSkip(0, column) + fit(kinds[0], column)
            let slot = column * 16 + flags(column, 0)
            if value < cost[slot] {
                cost[slot] = value
                startsRow[slot] = true
            }
        }
        for index in 1..<n {
            let boundary = boundaries[index]
            let kind = kinds[index]
            for previous in 0..<states where cost[(index - 1) * states + previous] < .infinity {
                let base = cost[(index - 1) * states + previous]
                let lastColumn = previous / 16
                let carried = previous % 16
                func consider(_ column: Int, _ step: Double, newRow: Bool) {
                    let target = column * 16 + ((newRow ? opening(previous) : carried) | flags(column, index))
                    let value = base + step
                    let slot = index * states + target
                    if value < cost[slot] {
                        cost[slot] = value
                        back[slot] = Int32(previous)
                        startsRow[slot] = newRow
                    }
                }
                for column in 0..<m {
                    if boundary != .rowStart {
                        if column > lastColumn {
                            consider(column, midSkip(lastColumn + 1, column) + fit(kind, column), newRow: false)
                        } else if column == lastColumn, let more = continuation(kind, column, restart: restarts[index]) {
                            consider(column, more, newRow: false)
                        }
                    }
                    if boundary != .sameRow {
                        consider(column, closeCost(previous) + Self.rowCost + leadSkip(0, column) + fit(kind, column), newRow: true)
                    }
                }
            }
        }
        // The best final state, its row closed.
        var best = -1
        var bestCost = Double.infinity
        for final in 0..<states {
            let value = cost[(n - 1) * states + final] + closeCost(final) - endSkip(final / 16 + 1, m) * 0.5
            if value < bestCost {
                bestCost = value
                best = final
            }
        }
        guard best >= 0 else { return [] }
        var placements = [Placement](repeating: Placement(row: 0, column: 0), count: n)
        var rowStarts = [Bool](repeating: false, count: n)
        var current = best
        for index in stride(from: n - 1, through: 0, by: -1) {
            placements[index].column = current / 16
            rowStarts[index] = index == 0 || startsRow[index * states + current]
            current = Int(back[index * states + current])
            if current < 0, index > 0 { break }
        }
        var row = -1
        for index in 0..<n {
            if rowStarts[index] { row += 1 }
            placements[index].row = max(row, 0)
        }
        return placements
    }

    // MARK: Costs

    func fit(_ kind: CellKind, _ column: Int) -> Double { fits[column][kind.index] }
    /// A label that restarts never continues a cell: `1.` after `3.` is a new row.
    func continuation(_ kind: CellKind, _ column: Int, restart: Bool = false) -> Double? {
        if restart, kind == .item || kind == .number { return nil }
        return continuations[column][kind.index]
    }

    private func fitCost(_ kind: CellKind, _ column: Int) -> Double {
        switch columns[column] {
        case .area:
            return [.empty: 0.3, .number: 3, .areaHeading: 0, .sectionHeading: 0.6, .item: 2.5, .titleItem: 0, .units: 3, .unitList: 3, .person: 2, .deadline: 2.5, .figure: 3, .prose: 0.8, .short: 0.35][kind] ?? 2
        case .section:
            return [.empty: 0.3, .number: 3, .areaHeading: 1.0, .sectionHeading: 0, .item: 2.5, .units: 3, .unitList: 3, .person: 2, .deadline: 2.5, .figure: 3, .prose: 1.2, .short: 0.4][kind] ?? 2
        case .task:
            return [.empty: 1.0, .number: 3, .areaHeading: 1.5, .sectionHeading: 1.2, .item: 0, .titleItem: 2.0, .units: 3, .unitList: 3, .person: 2.5, .deadline: 2.5, .figure: 3, .prose: 0, .short: 0.5][kind] ?? 2
        case .number:
            return kind == .number ? 0 : 5
        case .units:
            return [.empty: 0.1, .number: 3, .units: 0, .unitList: 0, .person: 2.0, .deadline: 3, .figure: 4, .prose: 5, .short: 2.5][kind] ?? 4
        case .people:
            return [.empty: 0.3, .number: 3, .units: 2, .unitList: 3, .person: 0, .deadline: 3, .figure: 4, .prose: 5, .short: 2.5][kind] ?? 4
        case .deadline:
            return [.empty: 0.3, .number: 2.5, .units: 4, .unitList: 4, .person: 3, .deadline: 0, .figure: 2, .prose: 3.5, .short: 1.5][kind] ?? 4
        case .ignored(let expects):
            if let expects, expects == kind || (expects == .units && kind == .unitList) { return 0.1 }
            return [.empty: 0.2, .number: 0.6, .areaHeading: 2.5, .sectionHeading: 2.5, .item: 2, .units: 1.2, .unitList: 1.2, .person: 0.8, .deadline: 0.6, .figure: 0.2, .prose: 1.0, .short: 0.3][kind] ?? 1
        }
    }

    /// Another cell in the same column (a second line of the cell), or nil when the column
    /// never takes two.
    private func continuationCost(_ kind: CellKind, _ column: Int) -> Double? {
        // An empty cell after a row's last cell is nothing: `| 3.… | 各科室 | |`.
        if kind == .empty, columns[column] != .number { return 0.2 }
        switch columns[column] {
        case .task:
            if kind == .item { return itemsAreRows ? 6 : 0 }
            return [.prose: 0.5, .short: 0.8, .figure: 1.5][kind] ?? 3
        case .units(let role): return [.units: role == .lead ? 0.5 : 0.3, .unitList: 1.0, .short: 1.5, .person: 1.5][kind] ?? 3
        case .area: return [.sectionHeading: 0.3, .short: 0.8, .prose: 1.0][kind] ?? 3
        case .section: return [.short: 0.5, .prose: 1.0][kind] ?? 3
        case .people: return [.person: 0.8][kind] ?? 3
        case .ignored: return 0.3 + fitCost(kind, column)
        case .deadline: return [.deadline: 1.0, .short: 1.5][kind] ?? 3
        case .number: return nil
        }
    }

    private func skipCost(_ column: Int, _ place: Int) -> Double {
        switch columns[column] {
        case .area: return [0.1, 0.3, 0.5][place]
        case .section: return [0.1, 0.2, 0.5][place]
        // A row without a task pays once, in the row cost, not per skipped column.
        case .task: return 0
        case .number: return [0.3, 0.3, 0.8][place]
        // A merged cell at a row's end is left out as often as one at its start.
        case .units: return [0.5, 0.7, 0.2][place]
        case .people: return [0.4, 0.4, 0.2][place]
        case .deadline: return [0.5, 0.5, 0.2][place]
        case .ignored: return [0.05, 0.1, 0.05][place]
        }
    }

    func leadSkip(_ from: Int, _ to: Int) -> Double { (from..<max(from, to)).reduce(0) { $0 + skips[$1][0] } }
    func midSkip(_ from: Int, _ to: Int) -> Double { (from..<max(from, to)).reduce(0) { $0 + skips[$1][1] } }
    func endSkip(_ from: Int, _ to: Int) -> Double { (from..<max(from, to)).reduce(0) { $0 + skips[$1][2] } }
}
