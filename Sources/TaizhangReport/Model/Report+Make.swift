import TaizhangModel
import TaizhangText

extension Report {
    /// The report on `ledger` as of `today`, for one unit (`unit`, its alias or a group name)
    /// and/or one work area (`area`) when given. `ledgerPath` is only carried in JSON.
    /// A unit's own report counts each task as that unit's part of it stands (`Workload`):
    /// a task whose part the unit has done is done in its report. Units are ranked in
    /// `ranking` order.
    public static func make(
        ledger: Ledger, today: DayDate, ledgerPath: String? = nil, unit: String? = nil, area: Int? = nil,
        ranking: RankingOrder = .completion
    ) throws(ReportError) -> Report {
        let ledger = ledger.printable()
        let unit = unit.map { TerminalSafe.sanitize($0, keepNewlines: false) }
        let ledgerPath = ledgerPath.map { TerminalSafe.sanitize($0, keepNewlines: false) }
        let plan = ledger.plan
        let judgement = Judgement(ledger, today: today)
        let whole = Workload(ledger: ledger, today: today)
        let naming = whole.naming
        var areaLabel: String?
        if let area {
            guard let found = plan.area(area) else { throw .unknownArea(area, areas: plan.areas.map(\.number)) }
            areaLabel = label(found)
        }
        let focus = try unit.map { name throws(ReportError) in try UnitFocus(name, workload: whole) }

        var scoped = plan
        var tasks: [PlanTask] = []
        scoped.tasks = []
        for task in plan.tasks where area == nil || task.area == area {
            if let focus {
                guard let part = naming.part(of: focus.name, in: task, today: today) else { continue }
                // The task as the unit's part of it stands: done when its part is, and judged
                // (序时进度) by its own part, not the other units' (`pace(_:partDone:)`).
                var seen = task
                seen.status = part.status
                seen.unitsDone = []
                tasks.append(seen)
            } else {
                tasks.append(task)
            }
            scoped.tasks.append(task)
        }
        let workload = area == nil && focus == nil ? whole : Workload(plan: scoped, naming: naming, today: today)

        var overall = StatusCounts()
        for task in tasks { overall.count(task, judgement) }
        let heading = ReportHeading(
            planTitle: plan.title, documentNumber: plan.documentNumber, issuer: plan.issuer, reportDate: today,
            ledgerPath: ledgerPath, unit: focus?.name, area: areaLabel)
        let inFocus = { (name: String) in focus.map { $0.name == name || naming.members(ofGroup: $0.name)?.contains(name) == true } ?? true }
        let returns = ledger.returnStandings(today: today).filter { inFocus($0.unit) }
        let returned = Dictionary(returns.map { ($0.unit, $0.state) }, uniquingKeysWith: { first, _ in first })
        let standings = ledger.unitStandings(today: today).filter { inFocus($0.unit) }
        let ranked = ranking.rank(standings).map {
            RankedUnit(rank: $0.rank, standing: $0.standing, returned: returned[$0.standing.unit])
        }
        let numbers = Set(tasks.map(\.number))
        let texts = Dictionary(tasks.map { ($0.number, $0.text) }, uniquingKeysWith: { first, _ in first })
        let extensions = ledger.extensions().filter { numbers.contains($0.task) }
        let extended = Dictionary(grouping: extensions, by: \.task)
        return Report(
            heading: heading, overall: overall,
            areas: areaRows(plan: plan, tasks: tasks, judgement: judgement, only: area, dropEmpty: focus != nil),
            units: UnitRows.make(workload, focus: focus),
            standings: standings, ranking: ranked, rankingOrder: ranking, returns: returns, period: ledger.returnPeriod(today: today),
            open: tasks.filter { $0.status != .done }.map { openTask($0, extensions: extended[$0.number] ?? [], naming: naming, judgement: judgement) },
            extensions: extensions.map { ExtensionRow(task: $0.task, text: texts[$0.task] ?? "", change: $0) },
            evidence: tasks.flatMap { task in task.evidence.map { EvidenceRow(task: task.number, text: task.text, item: $0) } })
    }

    /// An area as the plan heads it: `一、优化政务公开工作基础`.
    static func label(_ area: Area) -> String { "\(ChineseNumeral.string(area.number))、\(area.title)" }

    static func label(_ section: Section) -> String { "（\(ChineseNumeral.string(section.number))）\(section.title)" }

    /// Each area then its sections. A unit's own report leaves out areas and sections it has
    /// no task in: to the unit they are noise.
    private static func areaRows(plan: Plan, tasks: [PlanTask], judgement: Judgement, only: Int?, dropEmpty: Bool) -> [AreaProgress] {
        var rows: [AreaProgress] = []
        for area in plan.areas where only == nil || area.number == only {
            var counts = StatusCounts()
            var sectionCounts = Array(repeating: StatusCounts(), count: area.sections.count)
            for task in tasks where task.area == area.number {
                counts.count(task, judgement)
                if let index = area.sections.firstIndex(where: { $0.number == task.section }) {
                    sectionCounts[index].count(task, judgement)
                }
            }
            if dropEmpty, counts.total == 0 { continue }
            rows.append(AreaProgress(area: area.number, section: nil, label: label(area), counts: counts))
            for (section, counts) in zip(area.sections, sectionCounts) where !(dropEmpty && counts.total == 0) {
                rows.append(AreaProgress(area: area.number, section: section.number, label: label(section), counts: counts))
            }
        }
        return rows
    }

    private static func openTask(_ task: PlanTask, extensions: [Extension], naming: UnitNaming, judgement: Judgement) -> OpenTask {
        OpenTask(
            number: task.number, area: task.area, section: task.section, status: task.status, text: task.text,
            units: naming.units(of: task).map(\.name), deadline: task.deadline,
            overdue: task.isOverdue(today: judgement.today), light: task.light(judgement), pace: task.pace(judgement),
            latestNote: task.notes.last, extensions: extensions, evidence: task.evidence)
    }
}
