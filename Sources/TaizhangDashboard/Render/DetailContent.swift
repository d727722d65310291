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
///
/// In the order a coordinator reads it: where the task stands (status, light, 序时进度), its
/// latest change, deadline and any return reason; the task itself and its units; then what
/// has happened: notes newest first, evidence, extensions; where it sits in the plan; and the
/// history last, as the full record is `taizhang log N`.
public enum DetailContent {
    public static func lines(for state: DashboardState, width: Int) -> [StyledLine] {
        guard width > 0, let source = DetailSource(state, width: width) else { return [] }
        return lines(for: source)
    }

    /// The lines made from `source` alone (`RenderMemo` keeps the last frame's).
    static func lines(for source: DetailSource) -> [StyledLine] {
        let task = source.task
        var lines = DetailLines(width: source.width)
        header(source, &lines)
        lines.blank()
        lines.add(task.text)
        units(task, source.strings, &lines)
        notes(task, source.strings, &lines)
        evidence(task, source.strings, &lines)
        extensions(source, &lines)
        place(source, &lines)
        history(source, &lines)
        return lines.lines
    }

    /// Status, light and pace; the latest change on one line; the deadline; why it was sent back.
    static func header(_ source: DetailSource, _ lines: inout DetailLines) {
        let task = source.task
        let strings = source.strings
        let language = strings.language
        var standing = "\(task.number)  \(task.status.mark) " + (strings.statusNames[task.status] ?? task.status.rawValue)
        if let light = task.light(source.judgement) {
            standing += "  \(light.mark) " + light.words(language)
            if task.pace(source.judgement) == .behind { standing += "  " + strings.behindLabel }
        }
        lines.add(standing, role(of: task.status))
        if let entry = source.entries.last {
            // What changed first, then when and by whom: cut to one line, the what survives.
            let change = HistoryText.line(entry, strings: strings) + "  \(displayTime(entry.at)) \(entry.by)"
            lines.addOneLine(change, .dim, ellipsis: source.ellipsis)
        } else {
            lines.add(strings.neverChanged, .dim)
        }
        if let deadline = task.deadline {
            let due = "\(strings.deadline)\(strings.labelSeparator)" + deadline.words(language)
            let late = task.isOverdue(today: source.today)
            lines.add(late ? due + "  " + strings.overdue : due, late ? .overdue : .normal)
        }
        if task.status == .returned, let reason = returnReason(source.entries) {
            lines.add(strings.returnedLabel + strings.labelSeparator + reason, .returned)
        }
    }

    /// The reason the latest return gave, from the task's history.
    static func returnReason(_ entries: [HistoryEntry]) -> String? {
        for entry in entries.reversed() {
            if case .status(_, _, .returned)? = entry.edit { return entry.reason }
        }
        return nil
    }

    static func units(_ task: PlanTask, _ strings: UIStrings, _ lines: inout DetailLines) {
        lines.blank()
        var heading = strings.units + strings.labelSeparator.trimmingSpaces
        let partsTracked = !task.unitsDone.isEmpty
        if partsTracked {
            heading += "  \(task.unitsDone.count)/\(task.units.count) \(strings.unitsDoneLabel)"
        }
        lines.add(heading, .heading)
        if task.units.isEmpty {
            lines.add(strings.unassigned, .error, indent: 2)
        }
        if task.unitsInherited {
            lines.add(strings.inheritedUnits, .overdue, indent: 2)
        }
        for unit in task.units {
            // A plain name is the usual case; only lead and supporting roles are spelled out.
            let role = unit.role == .responsible ? "" : "（\(strings.roleNames[unit.role] ?? unit.role.rawValue)）"
            let mark = partsTracked ? (task.unitsDone.contains(unit.name) ? "[x] " : "[ ] ") : ""
            lines.add(mark + unit.name + role, unit.role == .lead ? .heading : .normal, indent: 2)
        }
    }

    static func role(of status: TaskStatus) -> StyleRole {
        switch status {
        case .todo: .todo
        case .doing: .doing
        case .reported: .reported
        case .returned: .returned
        case .done: .done
        }
    }

    static func role(of light: Light) -> StyleRole {
        switch light {
        case .green: .lightGreen
        case .yellow: .lightYellow
        case .red: .lightRed
        }
    }

    /// `2026-11-27T17:05:09+08:00` shown as `2026-11-27 17:05`.
    static func displayTime(_ iso: String) -> String {
        guard iso.count >= 16 else { return iso }
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5))
    }
}

/// The detail pane's lines as they are built: each wrapped to the pane, made terminal-safe.
struct DetailLines {
    let width: Int
    var lines: [StyledLine] = []

    mutating func add(_ text: String, _ role: StyleRole = .normal, indent: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        for line in LineBreaker.wrap(TerminalSafe.sanitize(text, keepNewlines: true), width: max(1, width - indent)) {
            lines.append(StyledLine(pad + line, role))
        }
    }

    /// One line, cut to the pane: for a summary whose whole is further down. The lines of
    /// `text` are joined by spaces (empty ones dropped) by hand: `split` and `joined` ran the
    /// standard library's generic code unspecialised.
    mutating func addOneLine(_ text: String, _ role: StyleRole, ellipsis: String) {
        var flat = ""
        var space = false
        for character in TerminalSafe.sanitize(text) {
            if character == "\n" {
                space = !flat.isEmpty
                continue
            }
            if space {
                flat.append(" ")
                space = false
            }
            flat.append(character)
        }
        lines.append(StyledLine(TextFit.truncate(flat, toWidth: width, ellipsis: ellipsis), role))
    }

    mutating func blank() {
        lines.append(StyledLine(""))
    }
}

extension String {
    /// The separator without its trailing space, for a label that ends its line.
    var trimmingSpaces: String { String(self.filter { $0 != " " }) }
}
