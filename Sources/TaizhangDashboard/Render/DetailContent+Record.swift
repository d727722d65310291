import TaizhangWords
import TaizhangScreen
import TaizhangModel

/// What has happened to a task, below the task itself: notes (newest first, numbered as
/// `note N --edit K` and the `n` menu count them), evidence, extensions with their reasons,
/// where it sits in the plan, and the latest history.
extension DetailContent {
    /// How many history entries the pane lists; `taizhang log N` has them all.
    static let historyShown = 8

    static func notes(_ task: PlanTask, _ strings: UIStrings, _ lines: inout DetailLines) {
        guard !task.notes.isEmpty else { return }
        lines.blank()
        lines.add(strings.notes + strings.labelSeparator.trimmingSpaces, .heading)
        let separator = strings.labelSeparator
        for (index, note) in task.notes.enumerated().reversed() {
            lines.add("#\(index + 1) \(displayTime(note.at)) \(note.by)", .dim, indent: 2)
            lines.add(note.text, .normal, indent: 4)
            if let problem = note.problem { lines.add(strings.problemLabel + separator + problem, .lightYellow, indent: 4) }
            if let next = note.nextStep { lines.add(strings.nextStepLabel + separator + next, .normal, indent: 4) }
            if let asked = note.extensionAsked { lines.add(strings.extensionAskedLabel + separator + asked, .lightYellow, indent: 4) }
        }
    }

    static func evidence(_ task: PlanTask, _ strings: UIStrings, _ lines: inout DetailLines) {
        guard !task.evidence.isEmpty else { return }
        lines.blank()
        lines.add(strings.evidenceTitle + strings.labelSeparator.trimmingSpaces, .heading)
        for item in task.evidence.reversed() {
            let from = item.unit ?? item.by
            lines.add("\(item.at.prefix(10)) \(from)", .dim, indent: 2)
            lines.add((item.label.map { $0 + "  " } ?? "") + item.link, .normal, indent: 4)
        }
    }

    /// The deadline moved or cleared (延期), each with when, who and why, newest first; an
    /// undo of one is listed as such.
    static func extensions(_ source: DetailSource, _ lines: inout DetailLines) {
        let moves = source.entries.reversed().filter(isExtension)
        guard !moves.isEmpty else { return }
        let strings = source.strings
        lines.blank()
        lines.add(strings.extensionsTitle + strings.labelSeparator.trimmingSpaces, .heading)
        for entry in moves {
            lines.add("\(displayTime(entry.at)) \(entry.by)", .dim, indent: 2)
            lines.add(HistoryText.line(entry, strings: strings), .normal, indent: 4)
        }
    }

    /// A deadline that was there moved (or cleared), or such a move taken back or put back.
    static func isExtension(_ entry: HistoryEntry) -> Bool {
        switch entry.event {
        case .edit(.deadline(_, _?, _)): true
        case .undo(let target), .redo(let target): target.edit.map { if case .deadline(_, _?, _) = $0 { true } else { false } } ?? false
        default: false
        }
    }

    static func place(_ source: DetailSource, _ lines: inout DetailLines) {
        let strings = source.strings
        guard let area = source.area else { return }
        lines.blank()
        lines.add("\(strings.area)\(strings.labelSeparator)\(ChineseNumeral.string(area.number))、\(area.title)", .dim)
        if let section = area.section(source.task.section) {
            lines.add("\(strings.section)\(strings.labelSeparator)（\(ChineseNumeral.string(section.number))）\(section.title)", .dim)
        }
    }

    static func history(_ source: DetailSource, _ lines: inout DetailLines) {
        let entries = source.entries
        guard !entries.isEmpty else { return }
        let strings = source.strings
        lines.blank()
        lines.add(strings.historyTitle + strings.labelSeparator.trimmingSpaces, .heading)
        for entry in entries.suffix(historyShown).reversed() {
            lines.add("\(displayTime(entry.at)) \(entry.by)  " + HistoryText.line(entry, strings: strings), .dim, indent: 2)
        }
        if entries.count > historyShown {
            lines.add(UIStrings.filling(strings.historyMore, ["task": String(source.task.number)]), .dim, indent: 2)
        }
    }
}
