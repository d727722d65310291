import TaizhangModel

/// Turns the cells of any layout into a plan: document details from the lines before the
/// table, the 总体要求 preamble, then areas, sections, tasks and their unit cells, recognised
/// by content or, where a header row named the column, by column. One builder serves every
/// layout so they all follow the same rules.
struct PlanBuilder {
    enum Stage { case front, preamble, table }

    /// Units a heading names for the tasks under it (`（一）…（牵头单位：…）`).
    struct Heading {
        var area: Int
        var section: Int?
        var line: Int
        var units: [UnitAssignment] = []
        /// `tasks.count` when the heading was read: a heading no task followed was a task.
        var tasksBefore: Int
    }

    var stage = Stage.front
    var frontLines: [String] = []
    var preambleCells: [[String]] = []
    var areas: [Area] = []
    var tasks: [PlanTask] = []
    /// Tasks read since the last unit cell: a unit cell names the units of the whole run.
    var pending: [Int] = []
    var warnings: [ImportWarning] = []
    var sawTable = false
    let missingUnitCellMeansMerged: Bool
    let options: ImportOptions

    /// The row being read, when the layout has rows.
    var row: Int?
    var rowFirstTask = 0
    /// The units of the last task row, for a row whose unit cell was merged into it.
    var lastUnits: [UnitAssignment] = []
    var areaHeading: Heading?
    var sectionHeading: Heading?
    /// `以下均需…落实` clauses: units for every task from `from` on.
    var standing: [(units: [UnitAssignment], from: Int, line: Int)] = []
    /// Deadline cells by task index.
    var deadlineCells: [Int: (text: String, line: Int)] = [:]

    init(missingUnitCellMeansMerged: Bool, options: ImportOptions) {
        self.missingUnitCellMeansMerged = missingUnitCellMeansMerged
        self.options = options
    }

    static func build(_ document: SourceDocument, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportResult {
        var builder = PlanBuilder(missingUnitCellMeansMerged: document.missingUnitCellMeansMerged, options: options)
        builder.warnings = document.notes
        var index = 0
        let cells = document.cells
        while index < cells.count {
            let cell = cells[index]
            if cell.row != builder.row { builder.closeRow() }
            builder.row = cell.row
            if cell.column != nil, let row = cell.row {
                var end = index
                while end < cells.count, cells[end].row == row { end += 1 }
                builder.columnRow(Array(cells[index..<end]))
                index = end
                continue
            }
            builder.take(cell)
            index += 1
        }
        builder.closeRow()
        return try builder.finish(lastLine: cells.last?.line ?? 0, layout: document.layout)
    }

    mutating func take(_ cell: SourceCell) {
        switch cell.content {
        case .text(let text):
            if HeaderWord.isHeader(text) {
                header(text)
                return
            }
            switch stage {
            case .front:
                if AreaLine.parse(text) != nil {
                    // Outlines and headerless tables open with their first work area.
                    stage = .table
                    sawTable = true
                    tableCell(text, cell: cell)
                } else {
                    frontLines.append(text)
                }
            case .preamble: preambleCells.append([text])
            case .table: tableCell(text, cell: cell)
            }
        case .continuation(let text):
            switch stage {
            case .front: frontLines.append(text)
            case .preamble:
                if preambleCells.isEmpty { preambleCells.append([]) }
                preambleCells[preambleCells.count - 1].append(text)
            case .table: continuation(text, line: cell.line)
            }
        case .empty:
            if stage == .table, !pending.isEmpty {
                closePending(line: cell.line, reason: "its unit cell (牵头落实单位) is empty")
            }
        }
    }

    mutating func header(_ word: String) {
        if HeaderWord.preamble.contains(word) {
            if stage == .front { stage = .preamble }
        } else if HeaderWord.opensTable(word), stage != .table {
            closePending(line: 0, reason: "the table header came before its unit cell")
            stage = .table
            sawTable = true
        }
    }

    mutating func tableCell(_ text: String, cell: SourceCell) {
        let line = cell.line
        if let (number, title) = AreaLine.parse(text) {
            openArea(number: number, title: title, line: line)
        } else if let (number, title) = SectionLine.parse(text) {
            openSection(number: number, title: title, text: text, line: line)
        } else if let (number, taskText) = TaskLine.parse(text) {
            addTask(number: number, text: taskText, line: line)
        } else if !pending.isEmpty {
            assign(UnitCellParser.parse(text), to: pending, inherited: cell.inherited, line: line)
            pending.removeAll()
        } else if let units = StandingClause.units(in: text) {
            standing.append((units, tasks.count, line))
            warnings.append(ImportWarning(line: line, message: "\(Self.names(units)) added to every later task (\(text))"))
        } else if row != nil, tasks.count > rowFirstTask, DeadlineParser.looksLikeDeadline(text) {
            for index in rowFirstTask..<tasks.count { deadlineCells[index] = (text, line) }
        } else if UnitCellParser.looksLikeUnits(text), giveHeadingUnits(UnitCellParser.parse(text)) {
            return
        } else if row != nil, missingUnitCellMeansMerged, tasks.count == rowFirstTask, !UnitCellParser.looksLikeUnits(text), text.count >= 6 {
            // A table row whose task carries no number of its own.
            addTask(number: (tasks.last?.number ?? 0) + 1, text: text, line: line)
        } else {
            warnings.append(ImportWarning(line: line, message: "text outside any task ignored: \(text)"))
        }
    }

    mutating func continuation(_ text: String, line: Int) {
        guard let last = pending.last else {
            warnings.append(ImportWarning(line: line, message: "text outside any task ignored: \(text)"))
            return
        }
        tasks[last].text = PlanText.joined([tasks[last].text, text])
    }

    mutating func openArea(number: Int, title: String, line: Int) {
        if areas.last?.number == number { return }  // repeated after a page break or carried down
        closePending(line: line, reason: "no unit cell before the next work area")
        closeHeadings(area: true)
        if let previous = areas.last?.number, number != previous + 1 {
            warnings.append(ImportWarning(line: line, message: "work area \(number) follows area \(previous)"))
        }
        areas.append(Area(number: number, title: title))
        areaHeading = Heading(area: number, section: nil, line: line, tasksBefore: tasks.count)
        if let units = StandingClause.units(in: title) { standing.append((units, tasks.count, line)) }
    }

    mutating func openSection(number: Int, title: String, text: String, line: Int) {
        guard let area = areas.last else {
            warnings.append(ImportWarning(line: line, message: "section before any work area ignored: \(text)"))
            return
        }
        if area.sections.last?.number == number { return }
        closePending(line: line, reason: "no unit cell before the next section")
        closeHeadings(area: false)
        areas[areas.count - 1].sections.append(Section(number: number, title: title))
        sectionHeading = Heading(area: area.number, section: number, line: line, tasksBefore: tasks.count)
    }

    /// Units right after a heading belong to the heading, for the tasks under it that name
    /// none; false when there is no heading waiting for them.
    mutating func giveHeadingUnits(_ units: [UnitAssignment]) -> Bool {
        if var heading = sectionHeading, heading.tasksBefore == tasks.count, heading.units.isEmpty {
            heading.units = units
            sectionHeading = heading
            return true
        }
        if var heading = areaHeading, heading.tasksBefore == tasks.count, heading.units.isEmpty, sectionHeading == nil {
            heading.units = units
            areaHeading = heading
            return true
        }
        return false
    }

    /// A section heading that named units but had no task under it was itself a task, as in
    /// plans that number their tasks （一）（二）… across areas.
    mutating func closeHeadings(area: Bool) {
        if let heading = sectionHeading, !heading.units.isEmpty, heading.tasksBefore == tasks.count,
            let areaIndex = areas.firstIndex(where: { $0.number == heading.area }),
            let sectionIndex = areas[areaIndex].sections.firstIndex(where: { $0.number == heading.section })
        {
            let section = areas[areaIndex].sections.remove(at: sectionIndex)
            tasks.append(PlanTask(
                number: section.number, area: heading.area, section: nil, text: section.title,
                units: heading.units, sourceLine: heading.line))
        }
        sectionHeading = nil
        if area { areaHeading = nil }
    }

    mutating func addTask(number: Int, text: String, line: Int) {
        if areas.isEmpty {
            warnings.append(ImportWarning(line: line, message: "the plan names no work area before its first task: its tasks are put in one area"))
            areas.append(Area(number: 1, title: "全部任务"))
            stage = .table
            sawTable = true
        }
        let area = areas[areas.count - 1]
        tasks.append(PlanTask(
            number: number, area: area.number, section: area.sections.last?.number,
            text: PlanText.joined([text]), units: [], sourceLine: line))
        pending.append(tasks.count - 1)
    }

    mutating func assign(_ units: [UnitAssignment], to indices: [Int], inherited: Bool, line: Int) {
        for index in indices {
            tasks[index].units = units
            if inherited { markInherited(index) }
        }
        if !units.isEmpty { lastUnits = units }
    }

    /// `names`: the units that came from above, when the row also named some of its own.
    mutating func markInherited(_ index: Int, names: [UnitAssignment]? = nil) {
        tasks[index].unitsInherited = true
        let number = tasks[index].number
        warnings.append(ImportWarning(
            line: tasks[index].sourceLine ?? 0, task: number,
            message: "task \(number) has no unit cell of its own: \(Self.names(names ?? tasks[index].units)) taken from the merged cell above; check them"))
    }

    /// The end of a table row: a task still waiting for units lost its unit cell to a merge
    /// with the row above (tables), or names none (outlines).
    mutating func closeRow() {
        guard row != nil else { return }
        if !pending.isEmpty {
            if let units = headingUnits() {
                for index in pending { tasks[index].units = units }
                pending.removeAll()
            } else if missingUnitCellMeansMerged, !lastUnits.isEmpty {
                let indices = pending
                pending.removeAll()
                for index in indices {
                    tasks[index].units = lastUnits
                    markInherited(index)
                }
            } else {
                closePending(line: 0, reason: "its row has no unit cell")
            }
        }
        rowFirstTask = tasks.count
    }

    func headingUnits() -> [UnitAssignment]? {
        if let units = sectionHeading?.units, !units.isEmpty { return units }
        if let units = areaHeading?.units, !units.isEmpty { return units }
        return nil
    }

    /// Tasks whose unit cell never came stay unassigned, each with a warning: a neighbour's
    /// units would be a guess, and a wrong unit is worse than a visible gap.
    mutating func closePending(line: Int, reason: String) {
        if !pending.isEmpty, let units = headingUnits() {
            for index in pending { tasks[index].units = units }
            pending.removeAll()
        }
        // A standing clause (以下均需…) gives these tasks their units at the end.
        if !standing.isEmpty { pending.removeAll() }
        for index in pending {
            let number = tasks[index].number
            warnings.append(ImportWarning(
                line: tasks[index].sourceLine ?? line, task: number,
                message: "task \(number) has no responsible unit: \(reason)"))
        }
        pending.removeAll()
    }

    static func names(_ units: [UnitAssignment]) -> String {
        units.map(\.name).joined(separator: "、")
    }
}
