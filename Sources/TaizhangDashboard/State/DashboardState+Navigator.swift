import TaizhangModel

/// The work-areas pane's rows (all tasks, each area, each section) with their counts, and
/// where each area's and section's row is.
struct NavigatorTable: Sendable {
    var rows: [NavigatorRow]
    var rowOfArea: [Int: Int] = [:]
    var rowOfSection: [Scope: Int] = [:]

    /// Every row of `plan`, each task counted. Depends on the plan, the day and the judgement
    /// only, so a large plan's is made on the second thread while the workload is counted.
    init(plan: Plan, judgement: Judgement, today: DayDate) {
        rows = [NavigatorRow(scope: .all, done: 0, total: 0)]
        for area in plan.areas {
            rowOfArea[area.number] = rows.count
            rows.append(NavigatorRow(scope: .area(area.number), done: 0, total: 0))
            for section in area.sections {
                let scope = Scope.section(area: area.number, section: section.number)
                rowOfSection[scope] = rows.count
                rows.append(NavigatorRow(scope: scope, done: 0, total: 0))
            }
        }
        for task in plan.tasks {
            Self.count(task, sign: 1, total: true, judgement: judgement, today: today, into: &rows, rowOfArea: rowOfArea, rowOfSection: rowOfSection)
        }
    }

    /// Adds or removes one task from the done, overdue, light and total counts of the rows
    /// that contain it.
    static func count(
        _ task: PlanTask, sign: Int, total: Bool, judgement: Judgement, today: DayDate,
        into rows: inout [NavigatorRow], rowOfArea: [Int: Int], rowOfSection: [Scope: Int]
    ) {
        // Judged once, then added to each row that holds the task (the plan's, its area's,
        // its section's): judging is most of the cost of opening a large plan.
        let late = task.isOverdue(today: today)
        let done = task.status == .done
        let light = task.light(judgement)
        let behind = task.pace(judgement, partDone: nil) == .behind
        func add(_ row: Int) {
            if total { rows[row].total += sign }
            if done { rows[row].done += sign }
            if late { rows[row].overdue += sign }
            rows[row].oversight.count(light: light, behind: behind, sign)
        }
        add(0)
        if let row = rowOfArea[task.area] { add(row) }
        if let section = task.section, let row = rowOfSection[.section(area: task.area, section: section)] {
            add(row)
        }
    }
}

extension DashboardState {
    /// The work-areas pane's rows (all tasks, each area, each section) with their counts.
    mutating func buildNavigator() {
        adopt(NavigatorTable(plan: ledger.plan, judgement: judgement, today: today))
    }

    /// Takes a navigator made from this ledger.
    mutating func adopt(_ table: NavigatorTable) {
        navigator = table.rows
        navigatorRowOfArea = table.rowOfArea
        navigatorRowOfSection = table.rowOfSection
    }

    /// Adds or removes one task from the done, overdue, light and total counts of the rows
    /// that contain it.
    mutating func countProgress(of task: PlanTask, sign: Int, total: Bool, judgement: Judgement) {
        NavigatorTable.count(
            task, sign: sign, total: total, judgement: judgement, today: today,
            into: &navigator, rowOfArea: navigatorRowOfArea, rowOfSection: navigatorRowOfSection)
    }
}
