/// Turns the cells of any layout into a plan: document details from the lines before the
/// table, the 总体要求 preamble, then areas, sections, tasks and their unit cells, recognised
/// by content. One builder serves every layout so they all follow the same rules.
struct PlanBuilder {
    private enum Stage { case front, preamble, table }

    private var stage = Stage.front
    private var frontLines: [String] = []
    private var preambleCells: [[String]] = []
    private var areas: [Area] = []
    private var tasks: [PlanTask] = []
    /// Tasks read since the last unit cell: a unit cell names the units of the whole run.
    private var pending: [Int] = []
    private var warnings: [ImportWarning] = []
    private var sawTable = false

    static func build(_ cells: [SourceCell]) throws(ImportError) -> ImportResult {
        var builder = PlanBuilder()
        for cell in cells {
            builder.take(cell)
        }
        return try builder.finish(lastLine: cells.last?.line ?? 0)
    }

    private mutating func take(_ cell: SourceCell) {
        switch cell {
        case .cell(let text, let line):
            if HeaderWord.isHeader(text) {
                header(text)
                return
            }
            switch stage {
            case .front: frontLines.append(text)
            case .preamble: preambleCells.append([text])
            case .table: tableCell(text, line: line)
            }
        case .continuation(let text, let line):
            switch stage {
            case .front: frontLines.append(text)
            case .preamble:
                if preambleCells.isEmpty { preambleCells.append([]) }
                preambleCells[preambleCells.count - 1].append(text)
            case .table: continuation(text, line: line)
            }
        case .empty(let line):
            if stage == .table, !pending.isEmpty {
                closePending(line: line, reason: "its unit cell (牵头落实单位) is empty")
            }
        }
    }

    private mutating func header(_ word: String) {
        if HeaderWord.preamble.contains(word) {
            if stage == .front { stage = .preamble }
        } else if HeaderWord.tableStart.contains(word), stage != .table {
            stage = .table
            sawTable = true
        }
    }

    private mutating func tableCell(_ text: String, line: Int) {
        if let (number, title) = AreaLine.parse(text) {
            if areas.last?.number == number { return }  // repeated after a page break
            closePending(line: line, reason: "no unit cell before the next work area")
            if let previous = areas.last?.number, number != previous + 1 {
                warnings.append(ImportWarning(line: line, message: "work area \(number) follows area \(previous)"))
            }
            areas.append(Area(number: number, title: title))
        } else if let (number, title) = SectionLine.parse(text) {
            guard !areas.isEmpty else {
                warnings.append(ImportWarning(line: line, message: "section before any work area ignored: \(text)"))
                return
            }
            if areas[areas.count - 1].sections.last?.number == number { return }
            closePending(line: line, reason: "no unit cell before the next section")
            areas[areas.count - 1].sections.append(Section(number: number, title: title))
        } else if let (number, taskText) = TaskLine.parse(text) {
            addTask(number: number, text: taskText, line: line)
        } else if !pending.isEmpty {
            let units = UnitCellParser.parse(text)
            for index in pending {
                tasks[index].units = units
            }
            pending.removeAll()
        } else {
            warnings.append(ImportWarning(line: line, message: "text outside any task ignored: \(text)"))
        }
    }

    private mutating func continuation(_ text: String, line: Int) {
        guard let last = pending.last else {
            warnings.append(ImportWarning(line: line, message: "text outside any task ignored: \(text)"))
            return
        }
        tasks[last].text = PlanText.joined([tasks[last].text, text])
    }

    private mutating func addTask(number: Int, text: String, line: Int) {
        guard let area = areas.last else {
            warnings.append(ImportWarning(line: line, task: number, message: "task \(number) comes before any work area"))
            return
        }
        if let previous = tasks.last?.number, number != previous + 1 {
            let what = number <= previous ? "repeats or goes back from" : "skips after"
            warnings.append(ImportWarning(line: line, task: number, message: "task number \(number) \(what) task \(previous)"))
        }
        tasks.append(PlanTask(
            number: number, area: area.number, section: area.sections.last?.number,
            text: PlanText.joined([text]), units: [], sourceLine: line))
        pending.append(tasks.count - 1)
    }

    /// Tasks whose unit cell never came stay unassigned, each with a warning: a neighbour's
    /// units would be a guess, and a wrong unit is worse than a visible gap.
    private mutating func closePending(line: Int, reason: String) {
        for index in pending {
            let number = tasks[index].number
            warnings.append(ImportWarning(
                line: tasks[index].sourceLine ?? line, task: number,
                message: "task \(number) has no responsible unit: \(reason)"))
        }
        pending.removeAll()
    }

    private mutating func finish(lastLine: Int) throws(ImportError) -> ImportResult {
        guard sawTable else { throw .noTable }
        closePending(line: lastLine, reason: "the document ends before its unit cell")
        guard !tasks.isEmpty else { throw .noTasks }
        let front = FrontMatter(lines: frontLines)
        let plan = Plan(
            title: front.title ?? "未命名方案", documentNumber: front.documentNumber, issuer: front.issuer,
            date: front.date, preamble: preamble(), areas: areas, tasks: tasks)
        return ImportResult(plan: plan, warnings: warnings.sorted { $0.line < $1.line })
    }

    /// The preamble's last cell is its unit cell; the cells before it are its paragraphs.
    private func preamble() -> Preamble? {
        let cells = preambleCells.filter { !$0.isEmpty }
        guard cells.count >= 2, let unitCell = cells.last else { return nil }
        let paragraphs = cells.dropLast().flatMap { $0 }
        return Preamble(text: paragraphs.joined(separator: "\n"), units: UnitCellParser.parse(PlanText.joined(unitCell)))
    }
}
