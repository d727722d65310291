import TaizhangModel
import TaizhangText

extension Ledger {
    /// The ledger with every piece of text made printable the way the dashboard shows it
    /// (control characters as `^[`, bidi overrides as `<U+202E>`, line breaks kept): a report
    /// is opened in a terminal, a spreadsheet or a browser, and none of them should obey a
    /// control sequence planted in a note — XML cannot even hold most of them.
    func printable() -> Ledger {
        func clean(_ text: String) -> String { TerminalSafe.sanitize(text, keepNewlines: true) }
        func clean(_ units: [UnitAssignment]) -> [UnitAssignment] {
            units.map { UnitAssignment(name: clean($0.name), role: $0.role) }
        }
        var copy = self
        copy.plan.title = clean(plan.title)
        copy.plan.documentNumber = plan.documentNumber.map(clean)
        copy.plan.issuer = plan.issuer.map(clean)
        copy.plan.date = plan.date.map(clean)
        copy.plan.areas = plan.areas.map { area in
            Area(number: area.number, title: clean(area.title), sections: area.sections.map { Section(number: $0.number, title: clean($0.title)) })
        }
        copy.plan.tasks = plan.tasks.map { task in
            var task = task
            task.label = task.label.map(clean)
            task.text = clean(task.text)
            task.units = clean(task.units)
            task.people = task.people.map(clean)
            task.unitsDone = task.unitsDone.map(clean)
            task.notes = task.notes.map {
                Note(at: clean($0.at), by: clean($0.by), text: clean($0.text), problem: $0.problem.map(clean),
                     nextStep: $0.nextStep.map(clean), extensionAsked: $0.extensionAsked.map(clean))
            }
            task.evidence = task.evidence.map {
                Evidence(at: clean($0.at), by: clean($0.by), unit: $0.unit.map(clean), link: clean($0.link), label: $0.label.map(clean))
            }
            task.deadline = task.deadline.map { Deadline($0.kind, phrase: $0.phrase.map(clean)) }
            return task
        }
        copy.aliases = aliases.map { UnitAlias(from: clean($0.from), to: clean($0.to)) }
        copy.groups = groups.map { UnitGroup(name: clean($0.name), members: $0.members.map(clean)) }
        return copy
    }
}
