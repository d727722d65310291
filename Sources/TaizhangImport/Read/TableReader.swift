import TaizhangModel

/// Reads a grid as a table whose header names its columns: the header's names give each
/// column its role; the rows are aligned to the columns (by position when the form knows it,
/// by content when rows leave cells out); a column a row leaves out is filled down from the
/// row above, marked so the coordinator can check it.
enum TableReader {
    struct Header {
        /// Index of the first cell after the header.
        var end: Int
        var start: Int
        var roles: [ColumnRole]
        /// The header's own name of each column ("" where the header has none).
        var names: [String] = []
        /// The grid column of each role, when the form knows columns.
        var positions: [Int]?
        var line: Int
    }

    /// - Parameter headerless: with no header, take the columns from what the cells hold (a
    ///   table copied without its header row).
    static func read(_ grid: Grid, limits: ImportLimits, headerless: Bool = false) -> [Entry]? {
        var entries: [Entry] = []
        let header: Header
        if let found = findHeader(grid.cells) {
            header = found
            entries = grid.cells[0..<header.start].filter { !$0.isEmpty }.map { .front($0.text, line: $0.line) }
            entries.append(.header(line: header.line))
        } else if headerless, let inferred = inferredHeader(grid.cells) {
            header = inferred
            entries = [.header(line: header.line), .warning(.noHeaderRow, line: header.line)]
        } else {
            return nil
        }
        let data = prepared(Array(grid.cells[header.end...]), header: header)
        guard !data.isEmpty else { return nil }
        var columns = header.roles
        var names = header.names + Array(repeating: "", count: max(0, columns.count - header.names.count))
        let positions = header.positions
        var virtual: Set<Int> = []
        for (index, name) in names.enumerated() where !name.isEmpty && HeaderNames.role(inHeader: name) == nil {
            entries.append(.warning(.unknownColumn(position: index + 1, name: name), line: header.line))
        }
        if positions == nil {
            // Columns the header does not name but rows carry: a 序号 before the task, a
            // section beside the area.
            if !columns.contains(.number), let task = columns.firstIndex(of: .task) {
                columns.insert(.number, at: task)
                names.insert("", at: task)
            }
            if !columns.contains(.section), let area = columns.firstIndex(of: .area) {
                columns.insert(.section, at: area + 1)
                names.insert("", at: area + 1)
                virtual.insert(area + 1)
            }
            if !columns.contains(.area) {
                // Area rows (`一、…`) inside a table whose header names no area column.
                columns.insert(.area, at: 0)
                names.insert("", at: 0)
                virtual = Set(virtual.map { $0 + 1 })
                virtual.insert(0)
            }
            // A 序号 the header names first is printed after the merged area cell in the rows
            // that carry one (`一、… | 1 | …`): the number may stand in either place.
            if let number = columns.firstIndex(of: .number), let first = columns.firstIndex(where: { $0 == .area || $0 == .section }),
                number < first, let heading = columns.lastIndex(where: { $0 == .area || $0 == .section })
            {
                columns.insert(.number, at: heading + 1)
                names.insert("", at: heading + 1)
                virtual = Set(virtual.map { $0 > heading ? $0 + 1 : $0 })
                virtual.insert(heading + 1)
            }
        }
        var kinds = data.indices.map { CellKind.of(FoldedText(data[$0].text), atEnd: $0 == data.count - 1) }
        // The time bound is kept inside the read, not only between readers (see FlowReader).
        guard !limits.timeIsUp else { return nil }
        // A numbered title over items that restart is a section only where the header names a
        // section column; beside a 工作任务 column alone it is the task, the items its detail.
        markTitles(data, kinds: &kinds, as: header.roles.contains(.section) ? .sectionHeading : .titleItem)
        var placements: [RowAligner.Placement]
        if let positions {
            placements = []
            var row = -1
            for cell in data {
                if cell.boundary == .rowStart || row < 0 { row += 1 }
                let column = cell.column.flatMap { positions.firstIndex(of: $0) } ?? -1
                placements.append(RowAligner.Placement(row: row, column: column))
            }
        } else {
            guard data.count <= 40_000 else { return nil }
            let aligner = RowAligner(columns: columns, virtual: virtual, itemsAreRows: itemsRunOn(data, kinds: kinds))
            placements = aligner.align(kinds, boundaries: data.map(\.boundary), restarts: restarts(data, kinds: kinds))
            guard placements.count == data.count else { return nil }
        }
        var emitter = TableRowEmitter(columns: columns, names: names)
        var start = 0
        var rows = 0
        while start < data.count {
            rows += 1
            if rows & 255 == 0, limits.timeIsUp { return nil }
            var end = start
            while end < data.count, placements[end].row == placements[start].row { end += 1 }
            var byColumn: [Int: [Cell]] = [:]
            var kindsByColumn: [Int: [CellKind]] = [:]
            for index in start..<end where placements[index].column >= 0 {
                byColumn[placements[index].column, default: []].append(data[index])
                kindsByColumn[placements[index].column, default: []].append(kinds[index])
            }
            emitter.kinds = kindsByColumn
            emitter.row(byColumn, line: data[start].line, knownColumns: positions != nil, last: end == data.count)
            start = end
        }
        emitter.finish()
        return entries + emitter.entries
    }

    /// Columns from content, for a table copied without its header: an area column when cells
    /// open with 一、, a 序号 column when bare numbers stand alone, the task, units, persons
    /// and deadlines when cells look like them.
    static func inferredHeader(_ cells: [Cell]) -> Header? {
        let kinds = cells.prefix(400).map { CellKind.of(FoldedText($0.text)) }
        func count(_ kind: CellKind) -> Int { kinds.filter { $0 == kind }.count }
        guard count(.units) >= 2, count(.item) + count(.prose) >= 2 else { return nil }
        var roles: [ColumnRole] = []
        if count(.areaHeading) > 0 { roles.append(.area) }
        if count(.sectionHeading) > 0 { roles.append(.section) }
        if count(.number) >= 2 { roles.append(.number) }
        roles.append(.task)
        roles.append(.units(.responsible))
        if count(.person) >= 2 { roles.append(.people) }
        if count(.deadline) >= 2 { roles.append(.deadline) }
        return Header(end: 0, start: 0, roles: roles, positions: nil, line: cells.first?.line ?? 1)
    }

    /// The first run of cells that name columns (a header split over two rows is one run; a
    /// name split over two cells, `区政府` / `分管领导`, is one name).
    static func findHeader(_ cells: [Cell]) -> Header? {
        var index = 0
        while index < cells.count {
            guard HeaderNames.role(of: cells[index].text) != nil || joinedRole(cells, at: index) != nil else {
                index += 1
                continue
            }
            var names: [String] = []
            var positions: [Int] = []
            var cursor = index
            while cursor < cells.count {
                let cell = cells[cursor]
                if cell.isEmpty || Piece.isNothing(FoldedText(cell.text)) {
                    if cell.column != nil, cursor > index, cell.boundary != .rowStart || names.isEmpty {
                        names.append("")
                        positions.append(cell.column ?? 0)
                    }
                    cursor += 1
                    continue
                }
                if cursor > index, cell.boundary == .rowStart, cell.column != nil, HeaderNames.role(inHeader: cell.text) == nil { break }
                if continuesHeader(cells, at: cursor) {
                    names.append(cell.text)
                    positions.append(cell.column ?? 0)
                    cursor += 1
                } else if let joined = joinedRole(cells, at: cursor) {
                    names.append(joined)
                    positions.append(cell.column ?? 0)
                    cursor += 2
                } else if cell.column != nil, cell.boundary == .sameRow {
                    names.append(cell.text)
                    positions.append(cell.column ?? 0)
                    cursor += 1
                } else {
                    break
                }
            }
            while names.last == "" {
                names.removeLast()
                positions.removeLast()
            }
            if var roles = HeaderNames.roles(names) {
                let hasColumns = cells[index].column != nil
                if !hasColumns, roles.first == .number, let rest = fragments(cells, from: cursor) {
                    // The rest of a header copied one cell per line, broken into words no
                    // list knows (`攻坚目标` / `任务`, `第二季度` / `完成情况`): columns the
                    // rows may fill with sentences (targets, arrangements, progress), none of
                    // them the task's.
                    names += rest.names
                    positions += rest.names.map { _ in 0 }
                    roles += rest.names.map { _ in .ignored(expects: .prose) }
                    cursor = rest.end
                }
                return Header(
                    end: subheaderEnd(cells, from: cursor), start: index, roles: roles,
                    names: names.map { FoldedText($0).closingWrapGaps.trimmed.text },
                    positions: hasColumns ? positions : nil, line: cells[index].line)
            }
            index = max(cursor, index + 1)
        }
        return nil
    }

    /// Short words up to the first row's number (`1`) after a header that starts with 序号,
    /// copied one cell per line: the header's last columns, broken into words. Nil unless
    /// the `1` comes within a few cells and every cell before it is a few Han characters.
    private static func fragments(_ cells: [Cell], from start: Int) -> (names: [String], end: Int)? {
        var names: [String] = []
        var index = start
        while index < cells.count, names.count <= 8 {
            let text = FoldedText(cells[index].text).trimmed
            if text.isEmpty || Piece.isNothing(text) {
                index += 1
                continue
            }
            if text.text == "1" { return names.isEmpty ? nil : (names, index) }
            guard (2...8).contains(text.count), text.folded.allSatisfy(Fold.isHan) else { return nil }
            names.append(text.text)
            index += 1
        }
        return nil
    }

    /// Where a header ends when a second header row follows it (`序号 | 重大任务 | 目标体系 |…`
    /// then `2021年目标 | | | |`): a row, where the form knows rows, of a few short labels
    /// and mostly empty cells is part of the header, not a row of the plan.
    private static func subheaderEnd(_ cells: [Cell], from start: Int) -> Int {
        guard start < cells.count, cells[start].boundary == .rowStart else { return start }
        var end = start + 1
        while end < cells.count, cells[end].boundary == .sameRow { end += 1 }
        let row = cells[start..<end]
        let filled = row.filter { !$0.isEmpty }
        let labels = filled.allSatisfy { cell in
            let text = FoldedText(cell.text).trimmed
            return text.count <= 10 && [.short, .figure, .deadline].contains(CellKind.of(text))
        }
        return !filled.isEmpty && filled.count * 2 <= row.count && labels ? end : start
    }

    /// Whether the cell names a column of a header under way: a name plans use; or a name
    /// read by its words where the form says it stands in the header's row, or the cell after
    /// it names a column too, or it names progress or remarks (no task cell is called that).
    /// So the first data cell after a header copied one cell per line (`强化组织领导`) is not
    /// taken for a column (`…领导`, persons) by its words alone.
    private static func continuesHeader(_ cells: [Cell], at index: Int) -> Bool {
        let cell = cells[index]
        if HeaderNames.role(of: cell.text) != nil { return true }
        guard let role = HeaderNames.role(inHeader: cell.text) else { return false }
        if case .ignored = role { return true }
        if cell.boundary == .sameRow { return true }
        var next = index + 1
        while next < cells.count, cells[next].isEmpty || Piece.isNothing(FoldedText(cells[next].text)) { next += 1 }
        return next < cells.count && HeaderNames.role(inHeader: cells[next].text) != nil
    }

    /// `区政府` + `分管领导`: a column name a copy broke over two cells.
    private static func joinedRole(_ cells: [Cell], at index: Int) -> String? {
        guard index + 1 < cells.count, cells[index].column == nil, HeaderNames.role(of: cells[index].text) == nil else { return nil }
        let joined = cells[index].text + cells[index + 1].text
        return HeaderNames.role(of: joined) != nil ? joined : nil
    }

    /// The cells after the header: page numbers and repeated headers out, a line holding only
    /// a bracket (`(邹区镇)`, `(5分)`) joined to the line it belongs to, and a numbered title
    /// followed by items that restart at 1 marked as a heading.
    static func prepared(_ cells: [Cell], header: Header) -> [Cell] {
        var result: [Cell] = []
        for cell in cells {
            if Piece.isPageNoise(cell.text) { continue }
            if header.positions == nil, HeaderNames.role(of: cell.text) != nil, !cell.isEmpty { continue }
            let folded = FoldedText(cell.text).trimmed
            if header.positions == nil, let last = result.indices.last, folded.count <= 10, folded.folded.first == "(",
                folded.folded.last == ")", !result[last].isEmpty, Label.parse(folded) == nil
            {
                result[last].text += cell.text
                continue
            }
            result.append(cell)
        }
        return result
    }

    /// A short numbered title directly followed by items that restart at 1 is a heading over
    /// them (`1.持续深化理论武装(8分)` then `1.…`, `2.…`), not an item — unless its own number
    /// runs on from the item before it: then it is that list's last item, and the restart
    /// after it opens the next area (`3.深化改革` then `1.…` in the next area's rows).
    static func markTitles(_ cells: [Cell], kinds: inout [CellKind], as kind: CellKind) {
        let items = kinds.indices.filter { kinds[$0] == .item }
        func value(_ index: Int) -> Int? { Label.parse(FoldedText(cells[index].text).trimmed)?.value }
        for (position, index) in items.enumerated() where position + 1 < items.count {
            let text = FoldedText(cells[index].text).trimmed
            let next = items[position + 1]
            guard text.count <= 30, !text.folded.contains("。"), value(next) == 1,
                !kinds[(index + 1)..<next].contains(where: { $0 != .empty })
            else { continue }
            if position > 0, let own = value(index), let before = value(items[position - 1]), own == before + 1 { continue }
            kinds[index] = kind
        }
    }

    /// The cells whose label starts its numbering again (`1` after `3`, in the same style): the
    /// start of a new area or section, and never the continuation of a cell. Where numbering
    /// restarts at all, its first label starts a run too: the first area's.
    static func restarts(_ cells: [Cell], kinds: [CellKind]) -> [Bool] {
        var last: [String: Int] = [:]
        var first: [String: Int] = [:]
        var result = [Bool](repeating: false, count: cells.count)
        for (index, (cell, kind)) in zip(cells, kinds).enumerated() {
            let text = FoldedText(cell.text).trimmed
            let key: String
            let value: Int?
            switch kind {
            case .item:
                let label = Label.parse(text)
                (key, value) = ("item " + (label?.style.rawValue ?? ""), label?.value)
            case .number:
                (key, value) = ("number", BareNumber.parse(text))
            default:
                continue
            }
            guard let value else { continue }
            if let previous = last[key], value <= previous, let start = first[key] {
                result[index] = true
                result[start] = true
            }
            if first[key] == nil { first[key] = index }
            last[key] = value
        }
        return result
    }

    /// Whether item labels run on through the table (each item a row) rather than restart
    /// inside cells (several items in one cell).
    static func itemsRunOn(_ cells: [Cell], kinds: [CellKind]) -> Bool {
        var last: Int?
        for (cell, kind) in zip(cells, kinds) where kind == .item {
            guard let value = Label.parse(FoldedText(cell.text).trimmed)?.value else { continue }
            if let last, value <= last { return false }
            last = value
        }
        return true
    }
}
