import TaizhangModel

/// Turns a reader's entries into a plan. The one place that decides which tasks a unit
/// phrase, a person or a deadline belongs to: a unit phrase goes to the tasks read since the
/// last one (a unit cell closes a run of tasks, as in the seed's table), or, when no task came
/// between, to the tasks the last phrase went to (a 牵头单位 line, then a 责任单位 line).
struct PlanAssembler {
    struct Draft {
        var label: Label?
        var text: String
        var detail: [String] = []
        var line: Int
        var area: Int
        var section: Int?
        var units: [UnitAssignment] = []
        var people: [String] = []
        var deadline: (text: String, line: Int)?
        var unitsInherited = false
        /// Its row took a cell (area, section, units, person, deadline) from a merged cell above.
        var filledDown = false
    }

    struct AreaDraft {
        var label: Label?
        var title: String
        var line: Int
        var sections: [(label: Label?, title: String, line: Int, units: UnitPhrase?)] = []
        var units: UnitPhrase?
    }

    let options: ImportOptions
    var front: [(text: String, line: Int)] = []
    var preamble: [String] = []
    var preambleUnits: [UnitAssignment] = []
    var areas: [AreaDraft] = []
    var tasks: [Draft] = []
    var pending: [Int] = []
    var lastAssigned: [Int] = []
    var standing: [(units: [UnitAssignment], from: Int, line: Int, clause: String)] = []
    var firstListedLeads = false
    /// `逗号前为牵头单位,下同` was read: the units before a phrase's first comma lead.
    var beforeCommaLeads = false
    var warnings: [ImportWarning] = []
    /// Characters of text no task took.
    var unplaced = 0
    var implicitArea = false
    var sawHeader = false

    init(options: ImportOptions) {
        self.options = options
    }

    static func assemble(_ entries: [Entry], form: SourceForm, options: ImportOptions) -> ImportResult? {
        var assembler = PlanAssembler(options: options)
        for (position, entry) in entries.enumerated() {
            if position & 255 == 255, options.limits.timeIsUp { return nil }
            assembler.take(entry)
        }
        return assembler.finish(form: form)
    }

    mutating func take(_ entry: Entry) {
        switch entry {
        case .front(let text, let line):
            // Before the first task it is still the document's front: a notice may number its
            // requests (一、二、…) before its signature, and those read as empty work areas.
            if tasks.isEmpty { front.append((text, line)) } else { notPlaced(text, line: line) }
        case .preamble(let text, _):
            preamble.append(text)
        case .header:
            sawHeader = true
        case .area(let label, let title, let line, let inherited):
            sectionsAreAreas = false
            openArea(label: label, title: title, line: line, inherited: inherited)
        case .section(let label, let title, let line, let inherited):
            openSection(label: label, title: title, line: line, inherited: inherited)
        case .task(let label, let text, let line):
            addTask(label: label, text: text, line: line)
        case .detail(let text, let line):
            guard let last = tasks.indices.last else { return notPlaced(text, line: line) }
            tasks[last].detail.append(text)
        case .units(let phrase, let line, let inherited):
            units(phrase, line: line, inherited: inherited)
        case .clause(let phrase, let line):
            guard let last = tasks.indices.last else { return }
            if pending.contains(last) { pending = [last] }
            units(phrase, line: line, inherited: false)
        case .headingUnits(let phrase, _):
            if areas.isEmpty { return }
            if areas[areas.count - 1].sections.isEmpty || headingIsArea {
                areas[areas.count - 1].units = phrase
            } else {
                areas[areas.count - 1].sections[areas[areas.count - 1].sections.count - 1].units = phrase
            }
        case .noUnits:
            guard !pending.isEmpty else { return }
            for index in pending {
                warnings.append(ImportWarning(line: tasks[index].line, task: index + 1, .noUnits(reason: .emptyCell)))
            }
            lastAssigned = pending
            pending = []
        case .people(let names, _, let inherited):
            for index in targets {
                tasks[index].people += names.filter { !tasks[index].people.contains($0) }
                if inherited { tasks[index].filledDown = true }
            }
        case .deadline(let text, let line, let inherited):
            for index in targets where tasks[index].deadline == nil {
                tasks[index].deadline = (text, line)
                if inherited { tasks[index].filledDown = true }
            }
        case .unplaced(let text, let line):
            notPlaced(text, line: line)
        case .warning(let kind, let line):
            warnings.append(ImportWarning(line: line, kind))
        }
    }

    /// Whether the latest heading was an area (no section opened since it).
    private var headingIsArea = false

    var targets: [Int] { pending.isEmpty ? lastAssigned : pending }

    private mutating func notPlaced(_ text: String, line: Int) {
        unplaced += text.count
        warnings.append(ImportWarning(line: line, .textNotPlaced(text: text)))
    }

    mutating func openArea(label: Label?, title: String, line: Int, inherited: Bool) {
        let clean = Titles.clean(title)
        if let last = areas.last, inherited || (last.title == clean && last.label == label && last.label != nil) {
            markFilledDownNext = inherited
            return
        }
        if let last = areas.last, tasks.last?.area == areas.count, last.title == clean, label == nil { return }
        closePending()
        areas.append(AreaDraft(label: label, title: clean, line: line))
        headingIsArea = true
        lastAssigned = []
    }

    mutating func openSection(label: Label?, title: String, line: Int, inherited: Bool) {
        let clean = Titles.clean(title)
        if areas.isEmpty || sectionsAreAreas {
            // A plan whose outermost heading is a section level: it is the area, and so are
            // the ones after it at that level.
            sectionsAreAreas = true
            return openArea(label: label, title: title, line: line, inherited: inherited)
        }
        let current = areas[areas.count - 1]
        if let last = current.sections.last, inherited || (last.title == clean && last.label == label) {
            markFilledDownNext = markFilledDownNext || inherited
            return
        }
        closePending()
        areas[areas.count - 1].sections.append((label, clean, line, nil))
        headingIsArea = false
        lastAssigned = []
    }

    /// The plan's outermost headings are at a section level (`（一）` with no `一、` above):
    /// each of them opens an area.
    var sectionsAreAreas = false

    /// The next task's row took its area or section from a merged cell above.
    var markFilledDownNext = false

    mutating func addTask(label: Label?, text: String, line: Int) {
        if areas.isEmpty {
            implicitArea = true
            areas.append(AreaDraft(label: nil, title: "全部任务", line: line))
            warnings.append(ImportWarning(line: line, .noWorkArea))
        }
        let area = areas.count
        let section = areas[area - 1].sections.isEmpty || headingIsArea ? nil : areas[area - 1].sections.count
        var draft = Draft(label: label, text: Fold.trimmed(text), line: line, area: area, section: section)
        draft.filledDown = markFilledDownNext
        markFilledDownNext = false
        tasks.append(draft)
        pending.append(tasks.count - 1)
    }

    mutating func units(_ phrase: UnitPhrase, line: Int, inherited: Bool) {
        if phrase.firstListedLeads { firstListedLeads = true }
        if !phrase.standing.isEmpty {
            let from = switch phrase.standingReach {
            case .all: 0
            case .fromHere: targets.first ?? tasks.count
            case .later: tasks.count
            }
            standing.append((phrase.standing, from, line, phrase.standingClause))
        }
        if phrase.beforeCommaLeads { beforeCommaLeads = true }
        var units = phrase.units
        if firstListedLeads, !units.isEmpty, !units.contains(where: { $0.role == .lead }) { units[0].role = .lead }
        if beforeCommaLeads, let count = phrase.firstListCount, !units.contains(where: { $0.role == .lead }) {
            for index in units.indices.prefix(count) { units[index].role = .lead }
        }
        for fragment in phrase.cutFragments {
            warnings.append(ImportWarning(line: line, task: tasks.indices.last.map { $0 + 1 }, .unitNameCutOff(fragment: fragment)))
        }
        guard !units.isEmpty else { return }
        let targets = self.targets
        if targets.isEmpty {
            if tasks.isEmpty, areas.isEmpty {
                preambleUnits = units
            } else if !inherited {
                warnings.append(ImportWarning(line: line, .unitsWithoutTask(names: units.map(\.name))))
            }
            return
        }
        for index in targets {
            for unit in units {
                if let at = tasks[index].units.firstIndex(where: { $0.name == unit.name }) {
                    // Named twice (in 责任单位 and again in 牵头单位): its first place, and lead
                    // when either names it so.
                    if unit.role == .lead { tasks[index].units[at].role = .lead }
                } else {
                    tasks[index].units.append(unit)
                }
            }
            if inherited {
                tasks[index].unitsInherited = true
                tasks[index].filledDown = true
                warnings.append(ImportWarning(line: tasks[index].line, task: index + 1, .unitsFromMergedCell(names: units.map(\.name))))
            }
        }
        lastAssigned = targets
        pending = []
    }

    /// Tasks still waiting for units when a new heading or row starts: a heading's units, or
    /// none (a neighbour's units would be a guess; a visible gap is better than a wrong unit).
    mutating func closePending() {
        guard !pending.isEmpty else { return }
        lastAssigned = pending
        pending = []
    }
}
