import TaizhangModel

extension DashboardState {
    /// The work-areas pane's rows (all tasks, each area, each section) with their counts.
    mutating func buildNavigator() {
        var rows = [NavigatorRow(scope: .all, done: 0, total: 0)]
        navigatorRowOfArea = [:]
        navigatorRowOfSection = [:]
        for area in ledger.plan.areas {
            navigatorRowOfArea[area.number] = rows.count
            rows.append(NavigatorRow(scope: .area(area.number), done: 0, total: 0))
            for section in area.sections {
                let scope = Scope.section(area: area.number, section: section.number)
                navigatorRowOfSection[scope] = rows.count
                rows.append(NavigatorRow(scope: scope, done: 0, total: 0))
            }
        }
        navigator = rows
        let judgement = self.judgement
        for task in ledger.plan.tasks {
            countProgress(of: task, sign: 1, total: true, judgement: judgement)
        }
    }

    /// Adds or removes one task from the done, overdue, light and total counts of the rows
    /// that contain it.
    mutating func countProgress(of task: PlanTask, sign: Int, total: Bool, judgement: Judgement) {
        // Judged once, then added to each row that holds the task (the plan's, its area's,
        // its section's): judging is most of the cost of opening a large plan.
        let late = task.isOverdue(today: today)
        let done = task.status == .done
        let light = task.light(judgement)
        let behind = task.pace(judgement, partDone: nil) == .behind
        func add(_ row: Int) {
            if total { navigator[row].total += sign }
            if done { navigator[row].done += sign }
            if late { navigator[row].overdue += sign }
            navigator[row].oversight.count(light: light, behind: behind, sign)
        }
        add(0)
        if let row = navigatorRowOfArea[task.area] { add(row) }
        if let section = task.section, let row = navigatorRowOfSection[.section(area: task.area, section: section)] {
            add(row)
        }
    }
}
