import TaizhangImport
import TaizhangStore
import TaizhangModel
import TaizhangText

extension Report {
    /// The report on `ledger` as of `today`, for one unit (`unit`, its alias or a group name)
    /// and/or one work area (`area`) when given. `ledgerPath` is only shown in the heading.
    /// A unit's own report counts each task as that unit's part of it stands (`Workload`):
    /// a task whose part the unit has done is done in its report.
    public static func make(
        ledger: Ledger, today: DayDate, ledgerPath: String? = nil, unit: String? = nil, area: Int? = nil
    ) throws(ReportError) -> Report {
        let ledger = ledger.printable()
        let unit = unit.map { TerminalSafe.sanitize($0, keepNewlines: false) }
        let ledgerPath = ledgerPath.map { TerminalSafe.sanitize($0, keepNewlines: false) }
        let plan = ledger.plan
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
                var seen = task
                seen.status = part.status
                tasks.append(seen)
            } else {
                tasks.append(task)
            }
            scoped.tasks.append(task)
        }
        let workload = area == nil && focus == nil ? whole : Workload(plan: scoped, naming: naming, today: today)

        var overall = StatusCounts()
        for task in tasks { overall.count(task, today: today) }
        let heading = ReportHeading(
            planTitle: plan.title, documentNumber: plan.documentNumber, issuer: plan.issuer, reportDate: today,
            ledgerPath: ledgerPath, unit: focus?.name, area: areaLabel)
        return Report(
            heading: heading, overall: overall,
            areas: areaRows(plan: plan, tasks: tasks, today: today, only: area, dropEmpty: focus != nil),
            units: UnitRows.make(workload, focus: focus),
            open: tasks.filter { $0.status != .done }.map { openTask($0, naming: naming, today: today) })
    }

    /// An area as the plan heads it: `一、优化政务公开工作基础`.
    static func label(_ area: Area) -> String { "\(ChineseNumeral.string(area.number))、\(area.title)" }

    static func label(_ section: Section) -> String { "（\(ChineseNumeral.string(section.number))）\(section.title)" }

    /// Each area then its sections. A unit's own report leaves out areas and sections it has
    /// no task in: to the unit they are noise.
    private static func areaRows(plan: Plan, tasks: [PlanTask], today: DayDate, only: Int?, dropEmpty: Bool) -> [AreaProgress] {
        var rows: [AreaProgress] = []
        for area in plan.areas where only == nil || area.number == only {
            var counts = StatusCounts()
            var sectionCounts = Array(repeating: StatusCounts(), count: area.sections.count)
            for task in tasks where task.area == area.number {
                counts.count(task, today: today)
                if let index = area.sections.firstIndex(where: { $0.number == task.section }) {
                    sectionCounts[index].count(task, today: today)
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

    private static func openTask(_ task: PlanTask, naming: UnitNaming, today: DayDate) -> OpenTask {
        let flat = task.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return OpenTask(
            number: task.number, area: task.area, section: task.section, status: task.status, text: task.text,
            shortText: TextFit.truncate(flat, toWidth: OpenTask.shortWidth),
            units: naming.units(of: task).map(\.name), deadline: task.deadline,
            overdue: task.isOverdue(today: today), latestNote: task.notes.last)
    }
}
