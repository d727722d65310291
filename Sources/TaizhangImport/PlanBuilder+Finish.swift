import TaizhangModel

/// The checks that need the whole plan: standing units, numbering, deadlines, a cut-off end.
extension PlanBuilder {
    mutating func finish(lastLine: Int, layout: PlanLayout) throws(ImportError) -> ImportResult {
        closePending(line: lastLine, reason: "the document ends before its unit cell")
        closeHeadings(area: true)
        guard sawTable else { throw .noTable }
        guard !tasks.isEmpty else { throw .noTasks }
        for clause in standing {
            for index in tasks.indices where index >= clause.from {
                tasks[index].units = (tasks[index].units + clause.units).uniqued()
            }
        }
        checkNumbering()
        let front = FrontMatter(lines: frontLines)
        let year = options.year ?? front.date.flatMap { Int($0.prefix(4)) } ?? front.title.flatMap(Self.year(in:))
        readDeadlines(year: year)
        // Cells of a spreadsheet or Word table end where their author ended them; copied text can be cut.
        if [.text, .pipe, .cells, .outline].contains(layout) { checkTruncation() }
        let plan = Plan(
            title: front.title ?? "未命名方案", documentNumber: front.documentNumber, issuer: front.issuer,
            date: front.date, preamble: preamble(), areas: areas, tasks: tasks)
        let ordered = warnings.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return ImportResult(plan: plan, warnings: ordered, layout: layout, year: year)
    }

    /// Gaps and repeats are reported where they happen. Repeated numbers (numbering that
    /// restarts in each section) cannot stay: the ledger names tasks by number, so the tasks
    /// are then numbered 1… in plan order and the coordinator is told.
    mutating func checkNumbering() {
        var seen: Set<Int> = []
        var repeated = false
        for (index, task) in tasks.enumerated() {
            if index > 0 {
                let previous = tasks[index - 1].number
                if task.number != previous + 1 {
                    let what = task.number <= previous ? "repeats or goes back from" : "skips after"
                    warnings.append(ImportWarning(
                        line: task.sourceLine ?? 0, task: task.number,
                        message: "task number \(task.number) \(what) task \(previous)"))
                }
            }
            if !seen.insert(task.number).inserted { repeated = true }
        }
        guard repeated else { return }
        warnings.append(ImportWarning(
            line: tasks.first?.sourceLine ?? 0,
            message: "task numbers repeat, so the tasks are numbered 1–\(tasks.count) in plan order"))
        for index in tasks.indices { tasks[index].number = index + 1 }
    }

    mutating func readDeadlines(year: Int?) {
        for index in tasks.indices {
            let number = tasks[index].number
            let line = tasks[index].sourceLine ?? 0
            if let cell = deadlineCells[index] {
                switch DeadlineParser.fromColumn(cell.text, year: year) {
                case .found(let deadline):
                    tasks[index].deadline = deadline
                    continue
                case .needsYear(let phrase):
                    warnings.append(ImportWarning(line: cell.line, task: number, message: "task \(number): deadline \(phrase) needs the plan's year (use --year)"))
                case .unreadable(let phrase):
                    warnings.append(ImportWarning(line: cell.line, task: number, message: "task \(number): deadline \(phrase) is not a date the importer reads; set it by hand"))
                case .none:
                    break
                }
            }
            switch DeadlineParser.fromText(tasks[index].text, year: year) {
            case .found(let deadline): tasks[index].deadline = deadline
            case .needsYear(let phrase):
                warnings.append(ImportWarning(line: line, task: number, message: "task \(number): deadline \(phrase) needs the plan's year (use --year)"))
            case .none, .unreadable: break
            }
        }
    }

    /// A last task that stops mid-sentence while the others end their sentences was probably
    /// cut off when the document was copied.
    mutating func checkTruncation() {
        guard tasks.count >= 3, let last = tasks.last else { return }
        let ends: Set<Character> = ["。", "！", "？", "；", ".", "!", "?", ";", "”", "）", ")", "》", "…"]
        let others = tasks.dropLast().filter { $0.text.last.map(ends.contains) ?? false }.count
        guard others * 2 > tasks.count - 1, !(last.text.last.map(ends.contains) ?? false) else { return }
        warnings.append(ImportWarning(
            line: last.sourceLine ?? 0, task: last.number,
            message: "task \(last.number) looks cut off: its text ends without 。 where the document ends"))
    }

    static func year(in title: String) -> Int? {
        let characters = Array(title)
        var index = 0
        while index + 4 <= characters.count {
            let run = characters[index..<index + 4]
            if run.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(String(run)), (1990...2100).contains(year),
                index + 4 == characters.count || !(characters[index + 4].isASCII && characters[index + 4].isNumber)
            {
                return year
            }
            index += 1
        }
        return nil
    }

    /// The preamble's last cell is its unit cell; the cells before it are its paragraphs.
    func preamble() -> Preamble? {
        let cells = preambleCells.filter { !$0.isEmpty }
        guard cells.count >= 2, let unitCell = cells.last else { return nil }
        let paragraphs = cells.dropLast().flatMap { $0 }
        return Preamble(text: paragraphs.joined(separator: "\n"), units: UnitCellParser.parse(PlanText.joined(unitCell)))
    }
}
