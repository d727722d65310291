import TaizhangModel

/// The menus: a task's notes (newest first, as the Task pane lists them), the plan's details,
/// the report formats. Enter corrects or writes the row; `x` deletes a note, which `u` brings
/// back like any change.
extension DashboardState {
    /// `n`: the selected task's notes; a task without any says how to write one.
    mutating func openNotes() {
        guard let task = selectedTask else { return }
        guard !task.notes.isEmpty else {
            message = UIStrings.filling(strings.noNotes, ["task": String(task.number)])
            return
        }
        menu = Menu(.notes(task: task.number))
    }

    /// How many rows the open menu has.
    var menuCount: Int {
        switch menu?.kind {
        case .notes(let number)?: ledger.taskIndex(number).map { ledger.plan.tasks[$0].notes.count } ?? 0
        case .plan?: PlanField.allCases.count
        case .reports?: reportFormats.count
        case nil: 0
        }
    }

    mutating func moveInMenu(by delta: Int) {
        guard let menu else { return }
        let cursor = Self.clamp(menu.cursor + delta, count: menuCount)
        self.menu?.cursor = cursor
    }

    /// The note under a notes menu's cursor, as its index among the task's notes (oldest 0).
    func noteIndex(task number: Int, cursor: Int) -> Int? {
        guard let position = ledger.taskIndex(number) else { return nil }
        let index = ledger.plan.tasks[position].notes.count - 1 - cursor
        return ledger.plan.tasks[position].notes.indices.contains(index) ? index : nil
    }

    mutating func chooseInMenu() -> [Effect] {
        guard let menu else { return [] }
        switch menu.kind {
        case .notes(let number):
            guard let index = noteIndex(task: number, cursor: menu.cursor), let position = ledger.taskIndex(number) else { return [] }
            self.menu = nil
            prompt = Prompt(kind: .editNote(task: number, index: index), editor: LineEditor(ledger.plan.tasks[position].notes[index].text))
        case .plan:
            let fields = PlanField.allCases
            guard fields.indices.contains(menu.cursor) else { return [] }
            let field = fields[menu.cursor]
            self.menu = nil
            prompt = Prompt(kind: .planField(field), editor: LineEditor(field.value(in: ledger.plan.info) ?? ""))
        case .reports:
            guard reportFormats.indices.contains(menu.cursor) else { return [] }
            self.menu = nil
            return [.writeReport(format: reportFormats[menu.cursor])]
        }
        return []
    }

    /// `x` in the notes menu: the note deleted, as a change `u` takes back.
    mutating func deleteInMenu(now: () -> Stamp) -> [Effect] {
        guard let menu, case .notes(let number) = menu.kind, let index = noteIndex(task: number, cursor: menu.cursor) else { return [] }
        let effects = apply(.deleteNote(task: number, index: index), now: now)
        if menuCount == 0 { self.menu = nil } else { moveInMenu(by: 0) }
        return effects
    }
}
