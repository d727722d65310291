import TaizhangImport
import TaizhangModel
import TaizhangScreen
import Testing
@testable import TaizhangDashboard

/// What the screen shows of issue 12's and 14's additions, in both languages at 80×24 and
/// 120×40: each row's light as a letter in its light's role, the column a sort is by, the
/// focus mark on one title only, the detail pane's "more" mark.
@Suite struct RenderOversightTests {
    static let sizes = [(80, 24), (120, 40)]
    static let october = DayDate("2022-10-01")!

    static func ledger() throws -> Ledger {
        var ledger = Ledger.bundled()
        try ledger.apply(.deadline(task: 6, to: Deadline(.date("2022-09-30"))), stamp: Fixtures.stamp)
        try ledger.apply(.status(task: 2, to: .doing), stamp: Fixtures.stamp)
        try ledger.apply(.status(task: 3, to: .reported), stamp: Fixtures.stamp)
        try ledger.apply(.status(task: 4, to: .done), stamp: Fixtures.stamp)
        return ledger
    }

    static func state(_ size: (Int, Int), _ strings: UIStrings) throws -> DashboardState {
        DashboardState(ledger: try ledger(), ledgerPath: "/l.json", width: size.0, height: size.1, strings: strings, today: october)
    }

    /// The row of task `number` in the tasks pane, and where it is.
    static func row(_ number: Int, _ screen: Screen) -> (text: String, y: Int)? {
        for (y, line) in screen.lines.enumerated() {
            guard let split = line.range(of: "││") else { continue }
            let right = line[split.upperBound...]
            let trimmed = right.drop { $0 == " " || $0 == ">" }
            if trimmed.hasPrefix("\(number) [") { return (String(right), y) }
        }
        return nil
    }

    @Test(arguments: sizes, [UIStrings.english, UIStrings.chinese])
    func everyRowShowsItsLightWithoutColour(size: (Int, Int), strings: UIStrings) throws {
        let state = try Self.state(size, strings)
        let screen = Renderer.render(state)
        // Task 1 is the cursor row, drawn in the selection's role whole.
        let expected: [(Int, String, StyleRole?)] = [
            (1, "[ ] Y ", nil), (2, "[~] G ", .lightGreen), (3, "[?] G ", .lightGreen), (4, "[x]   ", nil), (5, "[ ] Y ", .lightYellow),
            (6, "[ ] R ", .lightRed),
        ]
        for (number, marks, role) in expected {
            let (text, y) = try #require(Self.row(number, screen), "task \(number)")
            #expect(text.contains(" \(number) " + marks), "\(text)")
            guard let role else { continue }
            let x = try #require((0..<screen.width).first { x in
                let cell = screen[x, y]
                return x > (state.layout?.tasks.x ?? 0) && ["R", "G", "Y"].contains(cell.character)
            })
            #expect(screen[x, y].role == role, "task \(number)")
        }
    }

    /// Sorted by deadline the rows show their deadline; by unit, their first unit; the task
    /// text starts in the same column on every row.
    @Test(arguments: sizes, [UIStrings.english, UIStrings.chinese])
    func theSortedByColumnIsShown(size: (Int, Int), strings: UIStrings) throws {
        var state = try Self.state(size, strings)
        Fixtures.press([.char("o"), .char("o"), .char("o")], on: &state)
        #expect(state.taskSort == .deadline)
        var screen = Renderer.render(state)
        let six = try #require(Self.row(6, screen)).text
        #expect(six.contains("[ ] R 2022-09-30 规范"), "\(six)")
        let five = try #require(Self.row(5, screen)).text
        #expect(five.contains("[ ] Y 2022-12-31 各区"), "\(five)")
        Fixtures.press([.char("o")], on: &state)
        #expect(state.taskSort == .unit)
        Fixtures.press([.char("g")], on: &state)
        screen = Renderer.render(state)
        let eight = try #require(Self.row(8, screen)).text
        #expect(eight.contains("[ ] Y 各区政府     认真"), "\(eight)")
        // The task with no unit sorts last.
        Fixtures.press([.char("G")], on: &state)
        screen = Renderer.render(state)
        let thirtyFive = try #require(Self.row(35, screen)).text
        #expect(thirtyFive.contains(String(strings.unassigned.prefix(4))), "\(thirtyFive)")
    }

    /// Exactly one pane's title is bracketed: the one with the focus, wherever it moves.
    @Test(arguments: sizes, [UIStrings.english, UIStrings.chinese])
    func theFocusIsMarkedWithoutColour(size: (Int, Int), strings: UIStrings) throws {
        var state = try Self.state(size, strings)
        let titles = [Pane.areas: strings.areasTitle, .tasks: strings.tasksTitle, .detail: strings.detailTitle, .workload: strings.workloadTitle]
        for _ in Pane.allCases {
            let text = Renderer.render(state).lines.joined(separator: "\n")
            let marked = titles.filter { text.contains("─[ \($0.value) ") }.map(\.key)
            #expect(marked == [state.focus], "\(state.focus)")
            Fixtures.press([.tab], on: &state)
        }
    }

    /// The detail pane says how much more lies below, and stops saying it at the end.
    @Test(arguments: sizes, [UIStrings.english, UIStrings.chinese])
    func theDetailSaysThereIsMore(size: (Int, Int), strings: UIStrings) throws {
        var state = try Self.state(size, strings)
        let rect = state.layout!.detail
        let lines = DetailContent.lines(for: state, width: rect.inner.width - 2).count
        let below = lines - rect.inner.height
        let bottom = { Renderer.render(state).lines[rect.y + rect.height - 1] }
        let more = strings.language == .chinese ? "还有" : " more "
        guard below > 0 else {
            #expect(size.1 > 24, "at 80×24 the task's record is longer than the pane")
            #expect(!bottom().contains(more))
            return
        }
        #expect(bottom().contains(" " + UIStrings.filling(strings.moreBelow, ["count": String(below)]) + " "), "\(bottom())")
        Fixtures.press([.char("l")] + Array(repeating: .char("j"), count: below), on: &state)
        #expect(state.focus == .detail && state.detailScroll == below)
        #expect(!bottom().contains(more), "\(bottom())")
    }
}
