import Testing

/// Reading the dashboard's captured screen: which pane is where, and whether the frame is
/// intact. The layout is two columns of boxed panes between a title row and a status row.
enum DashboardScreen {
    /// The display column where the left panes end (their right `┐`), from the first box row.
    static func splitColumn(_ screen: [String]) -> Int? {
        screen.count > 1 ? DisplayColumns.column(of: "┐", in: screen[1]) : nil
    }

    /// The right-hand pane's part of each body row (from its left border on).
    static func rightPane(_ screen: [String]) -> [Substring] {
        guard let split = splitColumn(screen) else { return [] }
        return screen.dropFirst().dropLast().map { DisplayColumns.suffix(from: split + 1, of: $0) }
    }

    /// The task numbers listed in the tasks pane, top to bottom, and the selected one.
    static func taskRows(_ screen: [String]) -> (numbers: [Int], selected: Int?) {
        var numbers: [Int] = []
        var selected: Int?
        var inTasks = false
        for row in rightPane(screen) {
            if row.hasPrefix("┌─ Tasks") { inTasks = true; continue }
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

    /// The tasks pane's title, e.g. "Tasks 57/57" or "Tasks 3/57  search=司法局".
    static func tasksTitle(_ screen: [String]) -> String? {
        guard let row = rightPane(screen).first(where: { $0.hasPrefix("┌─ Tasks") }) else { return nil }
        let title = row.dropFirst(3).prefix { $0 != "─" }
        return title.trimmingCharacters(in: .whitespaces)
    }

    /// Checks the frame of a `width`×`height` dashboard: no row wider than the terminal; on
    /// every body row the outer borders sit in the first and last columns and the inner
    /// borders of the two columns of panes line up, so no wide character has pushed a
    /// border out of place.
    static func checkFrame(_ screen: [String], width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(screen.count == height, "rows", sourceLocation: sourceLocation)
        for (row, line) in screen.enumerated() {
            #expect(DisplayColumns.width(of: line) <= width, "row \(row) is wider than \(width): \(line)", sourceLocation: sourceLocation)
        }
        guard let split = splitColumn(screen) else {
            Issue.record("no pane border on row 1: \(screen.dropFirst().first ?? "")", sourceLocation: sourceLocation)
            return
        }
        #expect(split > 20 && split < width - 20, "the left column has a sensible width", sourceLocation: sourceLocation)
        let lefts: Set<Character> = ["┌", "│", "└"]
        let rights: Set<Character> = ["┐", "│", "┘"]
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
