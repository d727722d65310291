/// The unit pane as read off a captured screen: its headings, its rows (name, the number
/// columns as shown, the bar) and the footer naming the selected unit.
struct UnitPane {
    struct Row: Equatable {
        var name: String
        /// total, in progress, overdue (`!N` when there is any), behind schedule, as shown.
        var numbers: [String]
        var bar: String
        var selected: Bool
    }

    var headings: [String]
    var rows: [Row]
    var footer: String

    /// The pane titled `title` ("Unit workload", "单位工作量"), nil when it is not on screen.
    init?(_ screen: [String], title: String = "Unit workload") {
        var lines = DashboardScreen.paneLines(screen, titled: title)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard lines.count >= 2 else { return nil }
        headings = lines[0].split(separator: " ").map(String.init)
        footer = lines[lines.count - 1]
        rows = lines[1..<(lines.count - 1)].compactMap { line in
            let selected = line.hasPrefix(">")
            let fields = line.dropFirst(selected ? 1 : 0).split(separator: " ").map(String.init)
            guard fields.count >= 6 else { return nil }
            return Row(name: fields[0], numbers: Array(fields[1...4]), bar: fields[5], selected: selected)
        }
    }
}
