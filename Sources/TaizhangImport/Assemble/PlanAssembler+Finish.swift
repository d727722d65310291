import TaizhangModel

/// What needs the whole plan: heading and standing units, empty areas, numbering, deadlines,
/// a cut-off end, and the document's own details.
extension PlanAssembler {
    mutating func finish(form: SourceForm) -> ImportResult? {
        guard !tasks.isEmpty else { return nil }
        applyHeadingUnits()
        for clause in standing {
            warnings.append(ImportWarning(line: clause.line, .unitsForLaterTasks(names: clause.units.map(\.name), clause: clause.clause)))
            for index in tasks.indices where index >= clause.from {
                for unit in clause.units where !tasks[index].units.contains(where: { $0.name == unit.name }) {
                    tasks[index].units.append(unit)
                }
            }
        }
        let (planAreas, areaMap, sectionMap) = keptAreas()
        let frontMatter = FrontMatter(lines: front.map(\.text))
        let year = options.year ?? frontMatter.date.flatMap { Int($0.prefix(4)) } ?? frontMatter.title.flatMap(FrontMatter.year(in:))
            ?? front.lazy.compactMap { FrontMatter.year(in: $0.text) }.first
        var planTasks: [PlanTask] = []
        for (index, draft) in tasks.enumerated() {
            let number = index + 1
            let area = areaMap[draft.area] ?? 1
            let section = draft.section.flatMap { sectionMap[[draft.area, $0]] }
            var text = draft.text
            if !draft.detail.isEmpty { text = ([text] + draft.detail).filter { !$0.isEmpty }.joined(separator: "\n") }
            var task = PlanTask(
                number: number, label: draft.label?.printed, area: area, section: section, text: text, units: draft.units,
                people: draft.people, unitsInherited: draft.unitsInherited, sourceLine: draft.line)
            task.deadline = deadline(for: draft, number: number, year: year)
            if task.units.isEmpty, !warnings.contains(where: { $0.task == number && isNoUnits($0.kind) }) {
                warnings.append(ImportWarning(line: draft.line, task: number, .noUnits(reason: pendingReason)))
            }
            planTasks.append(task)
        }
        checkLabels()
        // Cells of a spreadsheet or Word table end where their author ended them; copied text can be cut.
        if [.text, .cells, .spaced, .html].contains(form) { checkCutOff(planTasks) }
        let plan = Plan(
            title: frontMatter.title ?? "未命名方案", documentNumber: frontMatter.documentNumber, issuer: frontMatter.issuer,
            date: frontMatter.date, preamble: preamble.isEmpty && preambleUnits.isEmpty ? nil : Preamble(text: preamble.joined(separator: "\n"), units: preambleUnits),
            areas: planAreas, tasks: planTasks)
        let ordered = warnings.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        var result = ImportResult(plan: plan, warnings: ordered, form: form, year: year)
        result.filledDown = Set(tasks.indices.filter { tasks[$0].filledDown }.map { $0 + 1 })
        result.implicitArea = implicitArea
        result.unplacedCharacters = unplaced
        return result
    }

    private var pendingReason: ImportWarning.NoUnitsReason { sawHeader ? .noUnitCell : .documentEnds }

    private func isNoUnits(_ kind: ImportWarning.Kind) -> Bool {
        if case .noUnits = kind { return true }
        return false
    }

    /// Units a heading names go to the tasks under it that name none of their own (the
    /// nearest heading's); persons a heading names (`袁家军省长主抓重点工作`) go to every task under it.
    mutating func applyHeadingUnits() {
        for index in tasks.indices {
            let area = areas[tasks[index].area - 1]
            let phrases = [tasks[index].section.flatMap { area.sections[$0 - 1].units }, area.units].compactMap { $0 }
            if tasks[index].units.isEmpty, let phrase = phrases.first(where: { !$0.units.isEmpty }) { tasks[index].units = phrase.units }
            for person in phrases.flatMap(\.people) where !tasks[index].people.contains(person) {
                tasks[index].people.append(person)
            }
        }
    }

    /// Areas and sections that hold tasks, numbered 1… in order; headings with no task under
    /// them (the notice's own numbered paragraphs, 总体要求) are not work areas.
    func keptAreas() -> ([Area], [Int: Int], [[Int]: Int]) {
        var result: [Area] = []
        var areaMap: [Int: Int] = [:]
        var sectionMap: [[Int]: Int] = [:]
        for (offset, draft) in areas.enumerated() {
            let number = offset + 1
            let inArea = tasks.filter { $0.area == number }
            guard !inArea.isEmpty else { continue }
            var area = Area(number: result.count + 1, title: draft.title)
            for (sectionOffset, section) in draft.sections.enumerated() where inArea.contains(where: { $0.section == sectionOffset + 1 }) {
                area.sections.append(Section(number: area.sections.count + 1, title: section.title))
                sectionMap[[number, sectionOffset + 1]] = area.sections.count
            }
            areaMap[number] = area.number
            result.append(area)
        }
        return (result, areaMap, sectionMap)
    }

    mutating func deadline(for draft: Draft, number: Int, year: Int?) -> Deadline? {
        if let field = draft.deadline {
            switch DeadlineGrammar.fromField(field.text, year: year) {
            case .found(let deadline):
                if case .asWritten = deadline.kind {
                    warnings.append(ImportWarning(line: field.line, task: number, .deadlineAsWritten(phrase: field.text)))
                }
                return deadline
            case .needsYear(let phrase):
                warnings.append(ImportWarning(line: field.line, task: number, .deadlineNeedsYear(phrase: phrase)))
                return Deadline(.asWritten, phrase: phrase)
            case .none:
                break
            }
        }
        switch DeadlineGrammar.fromText(draft.text, year: year) {
        case .found(let deadline): return deadline
        case .needsYear(let phrase):
            warnings.append(ImportWarning(line: draft.line, task: number, .deadlineNeedsYear(phrase: phrase)))
            return Deadline(.asWritten, phrase: phrase)
        case .none: return nil
        }
    }

    /// Labels out of order within one style; a style restarting at its first value under a new
    /// heading is the plan numbering per section, not a gap.
    mutating func checkLabels() {
        var last: [Label.Style: Label] = [:]
        var heading: [Label.Style: Int] = [:]
        for (index, task) in tasks.enumerated() {
            guard let label = task.label, let value = label.value else { continue }
            let place = task.area * 1000 + (task.section ?? 0)
            if let previous = last[label.style], let previousValue = previous.value, value != previousValue + 1,
                !(value == 1 && heading[label.style] != place)
            {
                warnings.append(ImportWarning(line: task.line, task: index + 1, .labelOutOfOrder(label: label.printed, previous: previous.printed)))
            }
            last[label.style] = label
            heading[label.style] = place
        }
    }

    /// A last task that stops mid-sentence while the others end their sentences was probably
    /// cut off when the document was copied.
    mutating func checkCutOff(_ planTasks: [PlanTask]) {
        guard planTasks.count >= 2, let last = tasks.last else { return }
        let ends: Set<Character> = ["。", "！", "？", "；", ".", "!", "?", ";", "”", "）", ")", "》", "…", "%"]
        let others = tasks.dropLast().filter { $0.text.last.map(ends.contains) ?? false }.count
        guard others * 2 > tasks.count - 1, !(last.text.last.map(ends.contains) ?? false) else { return }
        warnings.append(ImportWarning(line: last.line, task: tasks.count, .looksCutOff))
    }
}
