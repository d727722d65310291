import TaizhangWords
import TaizhangScreen
import TaizhangModel
import TaizhangText

/// A line of the detail pane and how it looks.
public struct StyledLine: Equatable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, _ role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }
}

/// The detail pane's text for the selected task, wrapped to the pane. Shared by render and
/// by update (which needs the line count to bound scrolling).
public enum DetailContent {
    public static func lines(for state: DashboardState, width: Int) -> [StyledLine] {
        guard width > 0, let task = state.selectedTask else { return [] }
        let strings = state.strings
        let plan = state.ledger.plan
        var lines: [StyledLine] = []
        func add(_ text: String, _ role: StyleRole = .normal, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for line in LineBreaker.wrap(TerminalSafe.sanitize(text, keepNewlines: true), width: width - indent) {
                lines.append(StyledLine(pad + line, role))
            }
        }

        let statusName = strings.statusNames[task.status] ?? task.status.rawValue
        add("\(task.number)  \(task.status.mark) \(statusName)", role(of: task.status))
        if let changed = task.statusChanged {
            add("\(strings.changed) \(displayTime(changed.at)) \(changed.by)", .dim)
        } else {
            add(strings.neverChanged, .dim)
        }
        if let deadline = task.deadline {
            let due = "\(strings.deadline)\(strings.labelSeparator)" + deadline.words(strings.language)
            let late = task.isOverdue(today: state.today)
            add(late ? due + "  " + strings.overdue : due, late ? .overdue : .normal)
        }
        lines.append(StyledLine(""))
        add(task.text)
        lines.append(StyledLine(""))
        if let area = plan.area(task.area) {
            add("\(strings.area)\(strings.labelSeparator)\(ChineseNumeral.string(area.number))、\(area.title)", .dim)
            if let section = area.section(task.section) {
                add("\(strings.section)\(strings.labelSeparator)（\(ChineseNumeral.string(section.number))）\(section.title)", .dim)
            }
        }
        var unitsHeading = strings.units + strings.labelSeparator.trimmingSpaces
        let partsTracked = !task.unitsDone.isEmpty
        if partsTracked {
            unitsHeading += "  \(task.unitsDone.count)/\(task.units.count) \(strings.unitsDoneLabel)"
        }
        add(unitsHeading, .heading)
        if task.units.isEmpty {
            add(strings.unassigned, .error, indent: 2)
        }
        if task.unitsInherited {
            add(strings.inheritedUnits, .overdue, indent: 2)
        }
        for unit in task.units {
            // A plain name is the usual case; only lead and supporting roles are spelled out.
            let role = unit.role == .responsible ? "" : "（\(strings.roleNames[unit.role] ?? unit.role.rawValue)）"
            let mark = partsTracked ? (task.unitsDone.contains(unit.name) ? "[x] " : "[ ] ") : ""
            add(mark + unit.name + role, unit.role == .lead ? .heading : .normal, indent: 2)
        }
        if let positions = state.historyByTask[task.number], !positions.isEmpty {
            lines.append(StyledLine(""))
            add(strings.historyTitle + strings.labelSeparator.trimmingSpaces, .heading)
            // Newest first, and only the latest few: the full record is `taizhang log N`.
            for position in positions.suffix(8).reversed() {
                let entry = state.ledger.history[position]
                add("\(displayTime(entry.at)) \(entry.by)  " + HistoryText.line(entry, strings: strings), .dim, indent: 2)
            }
        }
        if !task.notes.isEmpty {
            lines.append(StyledLine(""))
            add(strings.notes + strings.labelSeparator.trimmingSpaces, .heading)
            for note in task.notes.reversed() {
                add("\(displayTime(note.at)) \(note.by)", .dim, indent: 2)
                add(note.text, .normal, indent: 4)
            }
        }
        return lines
    }

    static func role(of status: TaskStatus) -> StyleRole {
        switch status {
        case .todo: .todo
        case .doing, .reported, .returned: .doing
        case .done: .done
        }
    }

    /// `2026-11-27T17:05:09+08:00` shown as `2026-11-27 17:05`.
    static func displayTime(_ iso: String) -> String {
        guard iso.count >= 16 else { return iso }
        let characters = Array(iso)
        return String(characters[0..<10]) + " " + String(characters[11..<16])
    }
}

extension String {
    /// The separator without its trailing space, for a label that ends its line.
    var trimmingSpaces: String { String(self.filter { $0 != " " }) }
}
