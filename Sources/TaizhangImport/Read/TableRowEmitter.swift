import TaizhangModel

/// One aligned table row into entries: its area and section (or the ones carried down from
/// merged cells above), its tasks, and their units, persons and deadline (a column the row
/// leaves out is filled down from the row above, within the same area, and marked).
struct TableRowEmitter {
    let columns: [ColumnRole]
    var entries: [Entry] = []
    /// The latest cells of each column, within the current area, for filling down.
    var above: [Int: [Cell]] = [:]
    var area: (label: Label?, title: String)?
    var section: (label: Label?, title: String)?
    /// The area (or section) cell stood in a row with tasks: a merged cell rows below may
    /// leave out. An area on a row of its own heads the rows below; they inherit nothing.
    var areaInTaskRow = false
    var sectionInTaskRow = false
    /// Headings this row opened.
    var openedHere: Set<String> = []
    /// The roles each unit column's last whole cell gave its groups, for a cell the copy cut off.
    var roleMemory: [Int: [UnitRole]] = [:]
    /// What the aligner took each cell of the row for, by column.
    var kinds: [Int: [CellKind]] = [:]

    /// The header's name of each column, for warnings ("" for a column it does not name).
    let names: [String]
    /// Runs of rows that took a column's cell from a merged cell above: one warning per run.
    var carrying: [Int: (line: Int, rows: Int)] = [:]

    init(columns: [ColumnRole], names: [String] = []) {
        self.columns = columns
        self.names = names
    }

    private mutating func carried(_ column: Int?, line: Int) {
        guard let column else { return }
        carrying[column, default: (line, 0)].rows += 1
    }

    private mutating func flushCarried(_ column: Int) {
        guard let run = carrying.removeValue(forKey: column) else { return }
        let name = column < names.count ? names[column] : ""
        guard !name.isEmpty else { return }
        entries.append(.warning(.cellCarriedDown(column: name, rows: run.rows), line: run.line))
    }

    /// The end of the table: every run of carried cells is reported.
    mutating func finish() {
        for column in carrying.keys.sorted() { flushCarried(column) }
    }

    /// - Parameter last: the document's last row, where the copy may stop: columns after its
    ///   last cell are not filled down.
    mutating func row(_ cells: [Int: [Cell]], line: Int, knownColumns: Bool, last: Bool = false) {
        let lastColumn = cells.keys.max() ?? 0
        func carries(_ column: Int) -> Bool { !knownColumns && !(last && column > lastColumn) }
        openedHere = []
        var present = cells.filter { !$0.value.allSatisfy(\.isEmpty) }
        // A note across the table (`注:各乡镇均为责任单位,不再一一列出`) is a standing clause.
        if present.count == 1, let only = present.first?.value, only.count == 1 {
            let text = FoldedText(only[0].text).trimmed
            if let found = StandingClause.find(in: text), found.range.count * 3 >= text.count * 2 {
                var phrase = UnitPhrase()
                phrase.takeStanding(found, in: text)
                entries.append(.units(phrase.standingOnly, line: line, inherited: false))
                return
            }
        }
        // A row with one cell that is a heading (`一、…` across the table) heads what follows,
        // whatever column the span started in.
        if knownColumns, present.count == 1, let only = present.first, let column = columnIndex(.area) ?? columnIndex(.section),
            only.key != column, [.areaHeading, .sectionHeading].contains(CellKind.of(FoldedText(only.value[0].text)))
        {
            present = [column: only.value]
            kinds = [column: [CellKind.of(FoldedText(only.value[0].text))]]
        }
        var tasks: [(label: Label?, text: String, line: Int)] = []
        var details: [String] = []
        var number: Int?
        var filled = false
        // Area and section first: a new one resets what is carried down.
        for (column, role) in columns.enumerated() {
            guard let texts = present[column] else { continue }
            switch role {
            case .area:
                heading(texts, kinds: kinds[column] ?? [], asSection: false, tasks: &tasks, details: &details)
            case .section:
                heading(texts, kinds: kinds[column] ?? [], asSection: true, tasks: &tasks, details: &details)
            case .number:
                number = texts.lazy.compactMap { BareNumber.parse(FoldedText($0.text)) }.first
            default:
                break
            }
            if texts.contains(where: \.inherited), role == .area || role == .section { filled = true }
        }
        for (column, role) in columns.enumerated() where role == .task {
            if let texts = present[column] { items(texts, into: &tasks, details: &details) }
        }
        if tasks.isEmpty {
            // A row that only heads an area or section, or units with no task.
            for (column, role) in columns.enumerated() where role.isUnits {
                if let texts = present[column] { above[column] = texts }
            }
            return
        }
        // Area and section this row left out come from merged cells above.
        for column in present.keys { flushCarried(column) }
        if !knownColumns {
            if let column = columnIndex(.area), present[column] == nil, area != nil, areaInTaskRow, !openedHere.contains("area") {
                filled = true
                carried(column, line: line)
            }
            if let column = columnIndex(.section), present[column] == nil, section != nil, sectionInTaskRow, !openedHere.contains("section") {
                filled = true
                carried(column, line: line)
            }
        }
        if openedHere.contains("area") { areaInTaskRow = true }
        if openedHere.contains("section") { sectionInTaskRow = true }
        if filled, let area { entries.append(.area(label: area.label, title: area.title, line: line, inherited: true)) }
        if let number, tasks[0].label == nil {
            tasks[0].label = Label(style: .arabic, value: number, printed: String(number), length: 0)
        }
        for task in tasks { entries.append(.task(label: task.label, text: task.text, line: task.line)) }
        for detail in details { entries.append(.detail(detail, line: line)) }
        var hasDeadlineColumn = false
        for (column, role) in columns.enumerated() {
            let texts = present[column]
            let inheritedCells = texts?.contains(where: \.inherited) == true
            switch role {
            case .units(let unitRole):
                if let texts {
                    above[column] = texts
                    let phrase = UnitPhrase.parse(joinedUnits(texts), defaultRole: unitRole, cut: last && column == lastColumn, cutRoles: roleMemory[column] ?? [])
                    if !phrase.groupRoles.isEmpty { roleMemory[column] = phrase.groupRoles }
                    if !phrase.units.isEmpty {
                        entries.append(.units(phrase, line: texts[0].line, inherited: inheritedCells))
                    }
                    if !phrase.people.isEmpty { entries.append(.people(phrase.people, line: texts[0].line, inherited: inheritedCells)) }
                    if let deadline = phrase.deadline { entries.append(.deadline(deadline, line: texts[0].line, inherited: false)) }
                } else if cells[column] != nil {
                    entries.append(.noUnits(line: line))
                } else if carries(column), let carried = above[column] {
                    entries.append(.units(UnitPhrase.parse(joinedUnits(carried), defaultRole: unitRole), line: line, inherited: true))
                }
            case .people:
                if let texts {
                    above[column] = texts
                    entries.append(.people(texts.flatMap { People.names(in: FoldedText($0.text)) }, line: texts[0].line, inherited: inheritedCells))
                } else if carries(column), let carried = above[column] {
                    entries.append(.people(carried.flatMap { People.names(in: FoldedText($0.text)) }, line: line, inherited: true))
                    self.carried(column, line: line)
                }
            case .deadline:
                hasDeadlineColumn = true
                if let texts {
                    above[column] = texts
                    entries.append(.deadline(texts.map(\.text).joined(), line: texts[0].line, inherited: inheritedCells))
                } else if carries(column), let carried = above[column] {
                    entries.append(.deadline(carried.map(\.text).joined(), line: line, inherited: true))
                    self.carried(column, line: line)
                }
            default:
                break
            }
        }
        if !hasDeadlineColumn {
            // A deadline in a remarks column (备注: 11月底前完成).
            for (column, role) in columns.enumerated() {
                guard case .ignored = role, let texts = present[column] else { continue }
                let text = texts.map(\.text).joined()
                if DeadlineGrammar.isDeadlinePhrase(Fold.folded(text)) {
                    entries.append(.deadline(text, line: texts[0].line, inherited: false))
                    break
                }
            }
        }
    }

    private func columnIndex(_ role: ColumnRole) -> Int? { columns.firstIndex(of: role) }

    /// Lines of one unit cell: each line a name (`县海洋与渔业局` / `县农业农村局`), a line
    /// that continues a cut name or adds a bracket joined to it.
    private func joinedUnits(_ cells: [Cell]) -> FoldedText {
        var result = FoldedText("")
        for cell in cells {
            let text = FoldedText(cell.text).trimmed
            if result.isEmpty {
                result = text
            } else if text.folded.first.map(Fold.opening.contains) == true
                || !UnitName.looksComplete(UnitName.names(in: result).last?.foldedText ?? "")
            {
                result = result + text
            } else {
                result = result + FoldedText("、") + text
            }
        }
        return result
    }

    /// An area or section cell: `一、…` or a plain title; a section heading after an area's
    /// title in the same cell is the section.
    private mutating func heading(
        _ cells: [Cell], kinds: [CellKind], asSection: Bool, tasks: inout [(label: Label?, text: String, line: Int)],
        details: inout [String]
    ) {
        var titleCells: [Cell] = []
        let present = cells.filter { !$0.isEmpty }
        for (index, cell) in present.enumerated() {
            let text = FoldedText(cell.text).trimmed
            let kind = cells.count == kinds.count ? kinds[cells.firstIndex(of: cell) ?? index] : CellKind.of(text)
            if !asSection, kind == .sectionHeading, !titleCells.isEmpty {
                flush(titleCells, asSection: false)
                titleCells = []
                flush([cell], asSection: true)
                continue
            }
            if kind == .item || kind == .titleItem, !asSection, let label = Label.parse(text) {
                // A numbered item in the area column is the row's task; the task column's
                // text then details it.
                tasks.append((label, text[label.length..<text.count].trimmed.text, cell.line))
                continue
            }
            titleCells.append(cell)
        }
        if !titleCells.isEmpty { flush(titleCells, asSection: asSection) }
    }

    private mutating func flush(_ cells: [Cell], asSection: Bool) {
        let joined = cells.map { FoldedText($0.text).trimmed }.reduce(FoldedText(""), +)
        var label = Label.parse(joined)
        var title = joined
        if let found = label, found.length < joined.count {
            title = joined[found.length..<joined.count]
        } else {
            label = nil
        }
        let isSection = asSection || (label?.style == .bracketedChinese && area != nil)
        let line = cells[0].line
        let clean = Titles.clean(title.text)
        if isSection {
            if section?.title == clean { return }
            section = (label, clean)
            openedHere.insert("section")
            sectionInTaskRow = false
            entries.append(.section(label: label, title: clean, line: line, inherited: false))
        } else {
            if area?.title == clean, area?.label == label { return }
            area = (label, clean)
            section = nil
            above = [:]
            openedHere.insert("area")
            areaInTaskRow = false
            entries.append(.area(label: label, title: clean, line: line, inherited: false))
        }
    }

    /// The task column's lines into tasks: a line opening with a label starts a task, as does
    /// a label inside a line where the next number runs on (`…扣1分。 3.制定…`); other lines
    /// continue the task before them.
    private func items(_ cells: [Cell], into tasks: inout [(label: Label?, text: String, line: Int)], details: inout [String]) {
        let detailOnly = !tasks.isEmpty
        var current: (label: Label?, text: String, line: Int)?
        var collected: [(label: Label?, text: String, line: Int)] = []
        for cell in cells {
            for line in cell.text.split(separator: "\n").map({ FoldedText($0).trimmed }) where !line.isEmpty {
            for piece in InlineItems.split(line, after: current?.label ?? collected.last?.label) {
                if let label = Label.parse(piece), label.length < piece.count, [.arabic, .bracketedArabic, .circled].contains(label.style) {
                    if let open = current { collected.append(open) }
                    current = (label, piece[label.length..<piece.count].trimmed.text, cell.line)
                } else if var open = current {
                    open.text += piece.text
                    current = open
                } else {
                    current = (nil, piece.text, cell.line)
                }
            }
            }
        }
        if let open = current { collected.append(open) }
        if detailOnly {
            details += collected.map { ($0.label.map { $0.printed + "." } ?? "") + $0.text }
        } else {
            tasks += collected
        }
    }
}

/// Items that run on inside one paragraph: `…每项扣1分。 3.制定…` is item 3, where the number
/// is the one after the item before it.
enum InlineItems {
    static func split(_ text: FoldedText, after previous: Label?) -> [FoldedText] {
        var pieces: [FoldedText] = []
        var rest = text
        var last = Label.parse(text)?.value ?? previous?.value
        while let value = last {
            let next = String(value + 1)
            var found: Int?
            var search = 1
            while let at = rest.index(of: next + ".", from: search) ?? rest.index(of: next + "、", from: search) {
                let before = rest.folded[at - 1]
                let afterIndex = at + next.count + 1
                if ("。;".contains(before) || Fold.isBlank(before)), afterIndex < rest.count, !Fold.isDigit(rest.folded[afterIndex]) {
                    found = at
                    break
                }
                search = at + 1
            }
            guard let cut = found else { break }
            pieces.append(rest[0..<cut].trimmed)
            rest = rest[cut..<rest.count]
            last = value + 1
        }
        pieces.append(rest.trimmed)
        return pieces.filter { !$0.isEmpty }
    }
}
