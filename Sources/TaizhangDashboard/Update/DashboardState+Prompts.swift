import TaizhangModel
import TaizhangWords

/// The prompts: what each starts with, and what Enter does with what was typed. A refusal
/// (a date that does not exist, a reason left out) keeps the prompt open with the reason
/// beside it, so nothing typed is lost.
extension DashboardState {
    /// `d`: the deadline as it stands, to change or clear.
    mutating func beginDeadline() {
        guard let task = selectedTask else { return }
        let shown = task.deadline.map { $0.date ?? $0.phrase ?? "" } ?? ""
        prompt = Prompt(kind: .deadline(task: task.number), editor: LineEditor(shown))
    }

    /// `U`: the units and roles as they stand, to correct.
    mutating func beginUnits() {
        guard let task = selectedTask else { return }
        prompt = Prompt(kind: .units(task: task.number), editor: LineEditor(UnitListText.format(task.units, language: strings.language)))
    }

    /// The year a date typed without one is read in: the plan's, else today's.
    var typingYear: Int { ledger.plan.year ?? today.year }

    mutating func submitPrompt(now: () -> Stamp) -> [Effect] {
        guard let prompt else { return [] }
        if let reason = changeBlocked, !prompt.kind.isJump {
            // What was typed stays in the prompt, to be sent once the ledger can be changed.
            self.prompt?.error = reason
            return []
        }
        let text = prompt.editor.text.trimmingCharacters(in: " ")
        switch prompt.kind {
        case .note(let task):
            self.prompt = nil
            return text.isEmpty ? [] : apply(.addNote(task: task, text: text), now: now)
        case .editNote(let task, let index):
            guard !text.isEmpty else { return refuse(strings.emptyNote) }
            self.prompt = nil
            return apply(.editNote(task: task, index: index, text: text), now: now)
        case .deadline(let task):
            return submitDeadline(text, task: task, now: now)
        case .extensionReason(let task, let deadline):
            guard !text.isEmpty else { return refuse(strings.reasonNeeded) }
            self.prompt = nil
            return apply(.deadline(task: task, to: deadline), reason: text, now: now)
        case .returnReason(let task):
            guard !text.isEmpty else { return refuse(strings.reasonNeeded) }
            self.prompt = nil
            return apply(.status(task: task, to: .returned), reason: text, now: now)
        case .units(let task):
            let units = UnitListText.parse(text)
            var seen: Set<String> = []
            if let twice = units.first(where: { !seen.insert($0.name).inserted }) {
                return refuse(LedgerChangeError.sameUnitTwice(twice.name).words(strings.language))
            }
            self.prompt = nil
            return apply(.setUnits(task: task, units: units), now: now)
        case .planField(let field):
            return submitPlanField(field, text: text, now: now)
        case .collect:
            guard !text.isEmpty else { return refuse(strings.collectPathNeeded) }
            self.prompt = nil
            return [.readReturns(path: text)]
        case .jump:
            guard let number = Int(text), ledger.taskIndex(number) != nil else { return refuse(noSuchTask(text)) }
            jump(to: number)
            self.prompt = nil
            return []
        }
    }

    /// A deadline as typed (`TypedDate`). Setting one where there was none is recorded at
    /// once; moving or clearing one asks why first (an extension, 延期, is kept with its reason).
    private mutating func submitDeadline(_ text: String, task number: Int, now: () -> Stamp) -> [Effect] {
        let deadline: Deadline?
        switch TypedDate.deadline(text, year: typingYear, today: today) {
        case .success(let read): deadline = read
        case .failure(let failure): return refuse(failure.words(strings.language))
        }
        guard let position = ledger.taskIndex(number) else { return [] }
        let old = ledger.plan.tasks[position].deadline
        // The same day (or period) typed again keeps the plan's words with it.
        if old?.kind == deadline?.kind {
            prompt = nil
            return []
        }
        guard old != nil else {
            prompt = nil
            return apply(.deadline(task: number, to: deadline), now: now)
        }
        prompt = Prompt(kind: .extensionReason(task: number, to: deadline))
        return []
    }

    private mutating func submitPlanField(_ field: PlanField, text: String, now: () -> Stamp) -> [Effect] {
        var value = text
        if field == .date, !text.isEmpty {
            switch TypedDate.day(text, year: typingYear, today: today) {
            case .success(let day): value = day.description
            case .failure(let failure): return refuse(failure.words(strings.language))
            }
        }
        if field == .title, value.isEmpty { return refuse(LedgerChangeError.emptyTitle.words(strings.language)) }
        prompt = nil
        return apply(.planInfo(field.setting(value, in: ledger.plan.info)), now: now)
    }

    /// Keeps the prompt open with why Enter was refused.
    private mutating func refuse(_ reason: String) -> [Effect] {
        prompt?.error = reason
        return []
    }
}
