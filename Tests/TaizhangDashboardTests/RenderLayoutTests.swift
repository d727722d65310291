import TaizhangWords
import TaizhangScreen
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangDashboard

/// The grid's geometry at every supported size and language: rows exactly the terminal's
/// width, wide characters whole, borders in the same column on every row.
@Suite struct RenderLayoutTests {
    static let sizes = [(80, 24), (100, 30), (120, 40), (160, 50)]

    @Test(arguments: sizes, [UIStrings.english, UIStrings.chinese])
    func bordersAlignAndNoCharacterIsCut(size: (Int, Int), strings: UIStrings) {
        var state = Fixtures.state(width: size.0, height: size.1, strings: strings)
        // A busy state: a long task selected, a filter, a status change.
        Fixtures.press([.char("j"), .char("j"), .char("j"), .char("s"), .tab, .tab, .char("j"), .enter], on: &state)
        let screen = Renderer.render(state)
        let layout = state.layout!
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.width == 2 { #expect(x + 1 < screen.width && screen[x + 1, y].isContinuation, "row \(y) col \(x)") }
                if cell.isContinuation { #expect(x > 0 && screen[x - 1, y].width == 2, "row \(y) col \(x)") }
            }
        }
        for pane in Pane.allCases {
            let rect = layout.rect(of: pane)
            let right = rect.x + rect.width - 1
            let bottom = rect.y + rect.height - 1
            for y in (rect.y + 1)..<bottom {
                #expect(screen[rect.x, y].character == "│", "\(pane) left border, row \(y)")
                #expect(screen[right, y].character == "│", "\(pane) right border, row \(y)")
            }
            #expect(screen[rect.x, rect.y].character == "┌" && screen[right, rect.y].character == "┐")
            #expect(screen[rect.x, bottom].character == "└" && screen[right, bottom].character == "┘")
        }
    }

    @Test func panesTileTheScreenWithWiderTaskTextOnWideTerminals() {
        let narrow = Layout(width: 80, height: 24)!
        #expect(narrow.areas == Rect(x: 0, y: 1, width: 38, height: 12))
        #expect(narrow.tasks == Rect(x: 38, y: 1, width: 42, height: 12))
        #expect(narrow.detail == Rect(x: 38, y: 13, width: 42, height: 10))
        #expect(narrow.workload == Rect(x: 0, y: 13, width: 38, height: 10))
        let wide = Layout(width: 160, height: 50)!
        #expect(wide.tasks.width == 112)
        #expect(wide.areas.height + wide.workload.height == 48)
        #expect(Layout(width: 79, height: 24) == nil)
        #expect(Layout(width: 80, height: 23) == nil)
    }

    @Test(arguments: [(79, 23), (60, 20), (20, 5), (1, 1), (0, 0)])
    func tooSmallSaysWhatItNeeds(size: (Int, Int)) {
        let state = Fixtures.state(width: size.0, height: size.1)
        let screen = Renderer.render(state)
        #expect(screen.width == size.0 && screen.height == size.1)
        if size == (60, 20) {
            #expect(screen.lines[9] == "        Terminal too small (need 80x24, have 60x20)         ")
        }
        if size == (79, 23) {
            #expect(screen.lines.joined().contains("Terminal too small (need 80x24, have 79x23)"))
        }
    }

    /// Every key and rule can be read whole on the smallest screen, in both languages: what
    /// does not fit scrolls into view with j, and any other key closes the help.
    @Test(arguments: [UIStrings.english, UIStrings.chinese])
    func helpOverlayListsEveryKey(strings: UIStrings) {
        var state = Fixtures.state(width: 80, height: 24, strings: strings)
        Fixtures.press([.char("?")], on: &state)
        var text = Renderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("┌─ \(strings.helpTitle) ─"))
        #expect(!text.contains(strings.helpLines.last!.meaning), "the rules are below the fold at 80×24")
        for _ in strings.helpLines {
            Fixtures.press([.char("j")], on: &state)
            text += Renderer.render(state).lines.joined(separator: "\n")
        }
        #expect(state.showingHelp)
        for line in strings.helpLines {
            #expect((line.keys.isEmpty || text.contains(line.keys)) && text.contains(line.meaning), "\(line.keys) \(line.meaning)")
        }
        Fixtures.press([.char("x")], on: &state)
        #expect(!state.showingHelp && state.ledger == Ledger.bundled())
    }

    @Test func statusLineShowsSearchInputWithTheCursor() {
        var state = Fixtures.state(width: 100, height: 30)
        Fixtures.press([.char("/")] + Fixtures.type("司法"), on: &state)
        let screen = Renderer.render(state)
        #expect(screen.lines[29].hasPrefix(" Search: 司法 "))
        #expect(screen.cursor == Point(x: 13, y: 29))
        #expect(screen.lines[1].contains("─[ Tasks 3/57  search=司法 ]─"))
    }

    @Test func statusLineSaysNotSavedUntilASaveSucceeds() {
        var state = Fixtures.state(width: 100, height: 30)
        _ = Dashboard.update(&state, .saveFailed("could not save ledger /x: No space left on device"), now: { Fixtures.stamp })
        let line = Renderer.render(state).lines[29]
        #expect(line.hasPrefix(" NOT SAVED: could not save ledger /x: No space left on device"))
        #expect(Renderer.render(state).cells[29 * 100 + 1].role == .error)
    }

    @Test func controlCharactersInPlanTextNeverReachTheScreen() {
        var ledger = Ledger.bundled()
        ledger.plan.tasks[0].text = "恶意\u{1B}[2J文本\u{07}"
        ledger.plan.tasks[0].units = [UnitAssignment(name: "单位\u{1B}]0;x\u{07}", role: .lead)]
        let state = DashboardState(ledger: ledger, ledgerPath: "/l.json", width: 100, height: 30, today: Fixtures.today)
        let screen = Renderer.render(state)
        #expect(!screen.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        #expect(screen.lines.joined().contains("恶意^[[2J文本^G"))
    }

    @Test func chineseInterfaceUsesChineseLabels() {
        let state = Fixtures.state(width: 100, height: 30, strings: .chinese)
        let lines = Renderer.render(state).lines
        #expect(lines[1].hasPrefix("┌─ 工作要求 ─"))
        #expect(lines[1].contains("┐┌─[ 具体要求 57/57 ]─"))
        #expect(lines[2] == "│ 全部任务                        0/57 ││ 一、优化政务公开工作基础                                 │")
        #expect(DetailContent.lines(for: state, width: 60).map(\.text).contains("工作要求：一、优化政务公开工作基础"))
    }
}

/// Every shipped theme over every size and language: each role on screen has a style, and
/// the selected row stands out from normal text even with the colours taken away.
@Suite struct RenderThemeTests {
    @Test(arguments: BuiltinThemes.names, [(80, 24), (100, 30), (160, 50)])
    func everyThemeStylesTheScreen(themeName: String, size: (Int, Int)) throws {
        let theme = try #require(try BuiltinThemes.theme(named: themeName))
        for strings in [UIStrings.english, UIStrings.chinese] {
            let state = Fixtures.state(width: size.0, height: size.1, strings: strings)
            let screen = Renderer.render(state)
            let roles = Set(screen.cells.map(\.role))
            #expect(roles.isSuperset(of: [.normal, .border, .borderFocused, .selected, .heading, .statusBar, .dim]))
            for colors in [256, 8, 0] {
                let adapted = theme.adapted(toColorCount: colors)
                #expect(adapted.style(for: .selected) != adapted.style(for: .normal), "\(themeName) at \(colors) colours")
            }
        }
    }
}
