import TaizhangModel

/// Rows of a table whose header named its columns: each cell is read for what its column
/// holds, so a task without a number or an area without 一、 is still placed.
extension PlanBuilder {
    mutating func columnRow(_ cells: [SourceCell]) {
        rowFirstTask = tasks.count
        var taskCell: SourceCell?
        var numberText = ""
        var unitCells: [(text: String, role: UnitRole, inherited: Bool)] = []
        var hasUnitColumn = false
        var deadline: (text: String, line: Int)?
        for cell in cells {
            let text = cell.text.map { PlanText.trimmed($0) } ?? ""
            switch cell.column {
            case .area?: if !text.isEmpty { areaCell(text, line: cell.line) }
            case .section?: if !text.isEmpty { sectionCell(text, line: cell.line) }
            case .number?: numberText = text
            case .task?: taskCell = cell
            case .units(let role)?:
                hasUnitColumn = true
                if !text.isEmpty { unitCells.append((text, role, cell.inherited)) }
            case .deadline?: if !text.isEmpty { deadline = (text, cell.line) }
            case .ignored?, nil: break
            }
        }
        let units = unitCells.flatMap { UnitCellParser.parse($0.text, defaultRole: $0.role) }.uniqued()
        let taskText = taskCell?.text.map { $0.trimmingBlankLines() } ?? ""
        let line = taskCell?.line ?? cells.first?.line ?? 0

        // A heading in the 序号 column: 一、…, 一 beside the title, or （一）.
        if BareNumber.parse(numberText) == nil, !numberText.isEmpty {
            if let (number, title) = AreaLine.parse(numberText), units.isEmpty {
                openArea(number: number, title: title.isEmpty ? PlanText.joined([taskText]) : title, line: line)
                return
            }
            if let number = ChineseNumeral.value(numberText), !taskText.isEmpty, units.isEmpty {
                openArea(number: number, title: PlanText.joined([taskText]), line: line)
                return
            }
        }
        // A row that only heads an area or section (its text already read above).
        if taskText.isEmpty, BareNumber.parse(numberText) == nil, SectionLine.parse(numberText) == nil {
            if !units.isEmpty, !giveHeadingUnits(units) {
                warnings.append(ImportWarning(line: line, message: "units with no task in their row ignored: \(Self.names(units))"))
            }
            return
        }
        if taskCell?.inherited == true {
            // A task cell merged over several rows: this row adds to the same task.
            if let last = tasks.indices.last {
                let own = unitCells.filter { !$0.inherited }.flatMap { UnitCellParser.parse($0.text, defaultRole: $0.role) }
                tasks[last].units = (tasks[last].units + own).uniqued()
            }
            return
        }
        if BareNumber.parse(numberText) == nil, let area = AreaLine.parse(numberText + taskText), units.isEmpty {
            openArea(number: area.number, title: area.title, line: line)
            return
        }
        if BareNumber.parse(numberText) == nil, let section = SectionLine.parse(numberText + taskText) {
            if units.isEmpty {
                openSection(number: section.number, title: section.title, text: taskText, line: line)
                return
            }
            // （一）（二）… numbering tasks, not sections, when the row names units.
            addColumnTask(number: section.number, text: section.title, line: line)
        } else {
            var parts = Self.numberedParts(taskText)
            if parts.first?.number == nil { parts[0].number = BareNumber.parse(numberText) }
            for part in parts {
                addColumnTask(number: part.number ?? (tasks.last?.number ?? 0) + 1, text: part.text, line: line)
            }
        }
        let indices = Array(rowFirstTask..<tasks.count)
        if !units.isEmpty {
            for index in indices { tasks[index].units = units }
            lastUnits = units
            let carried = unitCells.filter(\.inherited).flatMap { UnitCellParser.parse($0.text, defaultRole: $0.role) }
            if !carried.isEmpty { indices.forEach { markInherited($0, names: carried) } }
        } else if let heading = headingUnits() {
            for index in indices { tasks[index].units = heading }
        } else {
            let reason = hasUnitColumn ? "its unit cell is empty" : "the table has no unit column"
            for index in indices {
                let number = tasks[index].number
                warnings.append(ImportWarning(line: line, task: number, message: "task \(number) has no responsible unit: \(reason)"))
            }
        }
        if let deadline { for index in indices { deadlineCells[index] = deadline } }
    }

    private mutating func addColumnTask(number: Int, text: String, line: Int) {
        addTask(number: number, text: text, line: line)
        pending.removeAll()
    }

    /// An area column holds `一、…` or just the area's title, repeated or merged down its rows.
    private mutating func areaCell(_ text: String, line: Int) {
        let title = PlanText.joined(text.split(separator: "\n").map(String.init))
        if let (number, areaTitle) = AreaLine.parse(title) {
            openArea(number: number, title: areaTitle, line: line)
        } else if let (number, sectionTitle) = SectionLine.parse(title) {
            openSection(number: number, title: sectionTitle, text: title, line: line)
        } else if areas.last?.title != title {
            openArea(number: (areas.last?.number ?? 0) + 1, title: title, line: line)
        }
    }

    private mutating func sectionCell(_ text: String, line: Int) {
        let title = PlanText.joined(text.split(separator: "\n").map(String.init))
        if let (number, sectionTitle) = SectionLine.parse(title) {
            openSection(number: number, title: sectionTitle, text: title, line: line)
        } else if areas.last?.sections.last?.title != title {
            openSection(number: (areas.last?.sections.last?.number ?? 0) + 1, title: title, text: title, line: line)
        }
    }

    /// A task cell may hold several numbered tasks, one paragraph each, as the seed's does.
    static func numberedParts(_ text: String) -> [(number: Int?, text: String)] {
        var parts: [(number: Int?, lines: [String])] = []
        for line in text.split(separator: "\n").map({ PlanText.trimmed($0) }) where !line.isEmpty {
            if let (number, rest) = TaskLine.parse(line) {
                parts.append((number, [rest]))
            } else if parts.isEmpty {
                parts.append((nil, [line]))
            } else {
                parts[parts.count - 1].lines.append(line)
            }
        }
        if parts.isEmpty { return [(nil, "")] }
        return parts.map { ($0.number, PlanText.joined($0.lines)) }
    }
}

extension Array where Element == UnitAssignment {
    /// The first mention of each name wins, as in a single unit cell.
    func uniqued() -> [UnitAssignment] {
        var seen: Set<String> = []
        return filter { seen.insert($0.name).inserted }
    }
}
