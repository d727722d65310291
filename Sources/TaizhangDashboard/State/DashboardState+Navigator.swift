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
        var rows = [0]
        if let row = navigatorRowOfArea[task.area] { rows.append(row) }
        if let section = task.section, let row = navigatorRowOfSection[.section(area: task.area, section: section)] {
            rows.append(row)
        }
        let late = task.isOverdue(today: today)
        for row in rows {
            if total { navigator[row].total += sign }
            if task.status == .done { navigator[row].done += sign }
            if late { navigator[row].overdue += sign }
            navigator[row].oversight.count(task, judgement, sign)
        }
    }
}
