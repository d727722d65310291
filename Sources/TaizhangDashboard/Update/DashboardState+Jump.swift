import TaizhangModel

/// Going to a task by its number, as every warning and command names tasks: digits then
/// Enter in the task list, or `:` and the number. Every digit keeps its meaning as it is
/// typed (1–5 a status filter, 0 all, the last one typed counting), so switching filters
/// works as it always did; the digits are also gathered on the status line, and Enter after
/// them goes to that task, with the filters put back as they were before the first digit.
/// Any other key forgets the digits and keeps the filter shown.
extension DashboardState {
    mutating func typeDigit(_ digit: Int) {
        if pendingNumber.isEmpty { filtersBeforeNumber = statusFilters }
        if let filters = Self.statusForDigit(digit), filters != statusFilters {
            statusFilters = filters
            rebuildTaskRows()
        }
        guard pendingNumber.count < 9 else { return }
        pendingNumber.append(String(digit))
    }

    /// Enter after digits: that task. `0` alone was the filter for every status: Enter then
    /// does what it always does.
    mutating func jumpToPending() {
        guard let number = Int(pendingNumber), number > 0 else {
            forgetPendingNumber()
            activate()
            return
        }
        restoreFiltersBeforeNumber()
        forgetPendingNumber()
        jump(to: number)
    }

    mutating func pendingBackspace() {
        pendingNumber.removeLast()
        if pendingNumber.isEmpty {
            restoreFiltersBeforeNumber()
            forgetPendingNumber()
        }
    }

    /// The digits are not a number after all (another key came): the filters stay as they are.
    mutating func forgetPendingNumber() {
        pendingNumber = ""
        filtersBeforeNumber = nil
    }

    private mutating func restoreFiltersBeforeNumber() {
        guard let before = filtersBeforeNumber, before != statusFilters else { return }
        statusFilters = before
        rebuildTaskRows()
    }

    /// Selects task `number` in the task list, clearing whatever hides it (a scope, a
    /// filter, a search), and says so. False when there is no such task.
    @discardableResult
    mutating func jump(to number: Int) -> Bool {
        guard let position = ledger.taskIndex(number) else {
            message = noSuchTask(String(number))
            return false
        }
        if !taskRows.contains(.task(position)) {
            scope = .all
            unitFilter = nil
            statusFilters = .none
            query = ""
            isSearching = false
            rebuildTaskRows()
            message = UIStrings.filling(strings.filtersCleared, ["task": String(number)])
        }
        if let row = taskRows.firstIndex(of: .task(position)) { taskCursor = row }
        focus = .tasks
        clampScrolls()
        return true
    }

    /// `no task 99 (tasks are 1–57)`.
    func noSuchTask(_ typed: String) -> String {
        let tasks = ledger.plan.tasks
        return UIStrings.filling(strings.noSuchTask, [
            "task": typed, "first": String(tasks.first?.number ?? 0), "last": String(tasks.last?.number ?? 0),
        ])
    }
}
