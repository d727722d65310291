import Testing

/// Reading the dashboard's captured screen: which pane is where, and whether the frame is
/// intact. The layout is two columns of boxed panes between a title row and a status row.
enum DashboardScreen {
    /// The display column where the left panes end (their right `┐`), from the first box row.
    /// With ASCII borders (`--ascii`) it is the first `+` of the `++` where the columns meet.
    static func splitColumn(_ screen: [String], ascii: Bool = false) -> Int? {
        guard screen.count > 1 else { return nil }
        guard ascii else { return DisplayColumns.column(of: "┐", in: screen[1]) }
        let row = screen[1]
        return (1..<max(1, DisplayColumns.width(of: row))).first { column in
            DisplayColumns.character(at: column, in: row) == "+" && DisplayColumns.character(at: column + 1, in: row) == "+"
        }
    }

    /// The right-hand pane's part of each body row (from its left border on).
    static func rightPane(_ screen: [String]) -> [Substring] {
        guard let split = splitColumn(screen) else { return [] }
        return screen.dropFirst().dropLast().map { DisplayColumns.suffix(from: split + 1, of: $0) }
    }

    /// The task numbers listed in the tasks pane, top to bottom, and the selected one.
    /// `label` is the pane's name in the interface language ("具体要求" in Chinese).
    static func taskRows(_ screen: [String], label: String = "Tasks") -> (numbers: [Int], selected: Int?) {
        var numbers: [Int] = []
        var selected: Int?
        var inTasks = false
        for row in rightPane(screen) {
            if isTop(row, titled: label) { inTasks = true; continue }
            if row.hasPrefix("└") { if inTasks { break } else { continue } }
            guard inTasks, row.hasPrefix("│") else { continue }
            let body = row.dropFirst()
            let marker = body.first
            let rest = body.dropFirst().drop { $0 == " " }
            guard let number = Int(rest.prefix { $0.isNumber }), rest.dropFirst(String(number).count).hasPrefix(" [") else { continue }
            numbers.append(number)
            if marker == ">" { selected = number }
        }
        return (numbers, selected)
    }

    /// The tasks pane's title, e.g. "Tasks 57/57" or "Tasks 3/57  search=司法局";
    /// `label` is the pane's name in the interface language ("具体要求" in Chinese).
    static func tasksTitle(_ screen: [String], label: String = "Tasks") -> String? {
        guard let row = rightPane(screen).first(where: { isTop($0, titled: label) }) else { return nil }
        var title = row.dropFirst(3).prefix { $0 != "─" }
        if title.hasSuffix("]") { title = title.dropLast() }
        return title.trimmingCharacters(in: .whitespaces)
    }

    /// Whether `row` is the top border of the pane titled `title`: `┌─ Tasks…`, or, while the
    /// pane has the focus, `┌─[ Tasks…`.
    static func isTop(_ row: some StringProtocol, titled title: String) -> Bool {
        row.hasPrefix("┌─ \(title)") || row.hasPrefix("┌─[ \(title)")
    }

    /// Checks the frame of a `width`×`height` dashboard: no row wider than the terminal; on
    /// every body row the outer borders sit in the first and last columns and the inner
    /// borders of the two columns of panes line up, so no wide character has pushed a
    /// border out of place.
    /// With `ascii` the borders must be drawn with `+`, `-` and `|` only.
    static func checkFrame(
        _ screen: [String], width: Int, height: Int, ascii: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(screen.count == height, "rows", sourceLocation: sourceLocation)
        for (row, line) in screen.enumerated() {
            #expect(DisplayColumns.width(of: line) <= width, "row \(row) is wider than \(width): \(line)", sourceLocation: sourceLocation)
        }
        guard let split = splitColumn(screen, ascii: ascii) else {
            Issue.record("no pane border on row 1: \(screen.dropFirst().first ?? "")", sourceLocation: sourceLocation)
            return
        }
        #expect(split > 20 && split < width - 20, "the left column has a sensible width", sourceLocation: sourceLocation)
        let lefts: Set<Character> = ascii ? ["+", "|"] : ["┌", "│", "└"]
        let rights: Set<Character> = ascii ? ["+", "|"] : ["┐", "│", "┘"]
        for row in 1..<(height - 1) where row < screen.count {
            let line = screen[row]
            let shown = "row \(row): \(line)"
            #expect(DisplayColumns.width(of: line) == width, "\(shown)", sourceLocation: sourceLocation)
            #expect(DisplayColumns.character(at: 0, in: line).map(lefts.contains) == true, "\(shown)", sourceLocation: sourceLocation)
            #expect(DisplayColumns.character(at: split, in: line).map(rights.contains) == true, "\(shown)", sourceLocation: sourceLocation)
            #expect(DisplayColumns.character(at: split + 1, in: line).map(lefts.contains) == true, "\(shown)", sourceLocation: sourceLocation)
            #expect(DisplayColumns.character(at: width - 1, in: line).map(rights.contains) == true, "\(shown)", sourceLocation: sourceLocation)
        }
    }

    /// True when no box-drawing character is left on screen: the dashboard is gone.
    static func hasNoBorders(_ screen: [String]) -> Bool {
        !screen.contains { line in line.contains { "┌┐└┘│─".contains($0) } }
    }
}

extension DashboardScreen {
    /// The left column's part of each body row (up to and including its right border).
    static func leftPane(_ screen: [String]) -> [Substring] {
        guard let split = splitColumn(screen) else { return [] }
        return screen.dropFirst().dropLast().map { line in
            let rest = DisplayColumns.suffix(from: split + 1, of: line)
            return line[..<rest.startIndex]
        }
    }

    /// The text inside the pane whose title begins with `title` ("Task 1", "Unit workload",
    /// "任务 1"), one entry per row: without the borders, the one column of padding after
    /// the left border, and trailing blanks. Empty when no such pane is on screen.
    static func paneLines(_ screen: [String], titled title: String) -> [String] {
        for column in [leftPane(screen), rightPane(screen)] {
            guard let top = column.firstIndex(where: { isTop($0, titled: title) }) else { continue }
            var lines: [String] = []
            for row in column[(top + 1)...] {
                if row.hasPrefix("└") { break }
                var inner = row.dropFirst()
                if inner.hasSuffix("│") { inner = inner.dropLast() }
                if inner.hasPrefix(" ") { inner = inner.dropFirst() }
                while inner.last == " " { inner = inner.dropLast() }
                lines.append(String(inner))
            }
            return lines
        }
        return []
    }
}
