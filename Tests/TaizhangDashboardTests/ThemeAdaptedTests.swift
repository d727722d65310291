import TaizhangScreen
import Testing

@testable import TaizhangDashboard

@Suite struct ThemeAdaptedTests {
    private func adapted(_ index: Int, _ colorCount: Int) -> TerminalColor {
        TerminalColor.index(index).adapted(toColorCount: colorCount)
    }

    @Test func manyColoursLeaveEverythingAlone() throws {
        let theme = try #require(try BuiltinThemes.theme(named: "default"))
        #expect(theme.adapted(toColorCount: 256) == theme)
        #expect(theme.adapted(toColorCount: 16_777_216) == theme)
        #expect(adapted(196, 256) == .index(196))
    }

    @Test func sixteenColoursMapThePaletteToTheNearestBasicColour() {
        #expect(adapted(196, 16) == .index(9))  // (255,0,0): bright red exactly
        #expect(adapted(160, 16) == .index(1))  // (215,0,0): nearer xterm red (205,0,0)
        #expect(adapted(244, 16) == .index(8))  // grey 128: bright black (127)
        #expect(adapted(250, 16) == .index(7))  // grey 188: white (229)
        #expect(adapted(232, 16) == .index(0))  // grey 8: black
        #expect(adapted(16, 16) == .index(0))  // cube black
        #expect(adapted(231, 16) == .index(15))  // cube white
        #expect(adapted(21, 16) == .index(4))  // (0,0,255): blue (0,0,238), not (92,92,255)
        #expect(adapted(226, 16) == .index(11))  // (255,255,0): bright yellow
        #expect(adapted(38, 16) == .index(6))  // (0,175,215): cyan
        #expect(adapted(9, 16) == .index(9))  // basic colours untouched
        #expect(adapted(8, 16) == .index(8))
        #expect(adapted(196, 255) == .index(9))
    }

    @Test func eightColoursAlsoFoldBrightColours() {
        #expect(adapted(196, 8) == .index(1))
        #expect(adapted(226, 8) == .index(3))
        #expect(adapted(231, 8) == .index(7))
        #expect(adapted(9, 8) == .index(1))
        #expect(adapted(15, 8) == .index(7))
        #expect(adapted(12, 8) == .index(4))
        // Greys stay light enough to read on a dark terminal.
        #expect(adapted(8, 8) == .index(7))
        #expect(adapted(244, 8) == .index(7))
        #expect(adapted(232, 8) == .index(0))
        #expect(adapted(3, 8) == .index(3))
        #expect(adapted(196, 15) == .index(1))
    }

    @Test(arguments: [0, 1, 2, 7, -1])
    func fewerThanEightColoursDropColoursAndKeepAttributes(colorCount: Int) {
        #expect(adapted(196, colorCount) == .terminalDefault)
        let style = Style(foreground: .index(2), background: .index(0), bold: true, dim: true)
        #expect(style.adapted(toColorCount: colorCount) == Style(bold: true, dim: true))
    }

    @Test func outOfRangeIndexesBecomeTheDefault() {
        #expect(adapted(300, 16) == .terminalDefault)
        #expect(adapted(-4, 8) == .terminalDefault)
        #expect(TerminalColor.terminalDefault.adapted(toColorCount: 16) == .terminalDefault)
    }

    @Test(arguments: BuiltinThemes.names)
    func selectedStaysDistinguishableWithoutColour(name: String) throws {
        let theme = try #require(try BuiltinThemes.theme(named: name)).adapted(toColorCount: 0)
        let selected = theme.style(for: .selected)
        #expect(selected != theme.style(for: .normal))
        #expect(selected.reverse || (selected.bold && selected.underline))
        #expect(theme.style(for: .borderFocused) != theme.style(for: .border))
        #expect(theme.style(for: .titleFocused) != theme.style(for: .title))
        #expect(theme.style(for: .selectedInactive) != theme.style(for: .normal))
        for role in StyleRole.allCases {
            #expect(theme.style(for: role).foreground == .terminalDefault)
            #expect(theme.style(for: role).background == .terminalDefault)
        }
    }

    @Test(arguments: BuiltinThemes.names, [16, 8])
    func textNeverLandsOnItsOwnBackground(name: String, colorCount: Int) throws {
        let theme = try #require(try BuiltinThemes.theme(named: name)).adapted(toColorCount: colorCount)
        for role in StyleRole.allCases {
            let style = theme.style(for: role)
            if case .index = style.foreground {
                #expect(style.foreground != style.background, "\(name) \(role) at \(colorCount)")
            }
        }
    }

    @Test func textThatWouldVanishGetsTheFarthestColour() {
        // 252 and 250 are both white (7) at 16 colours: the text turns black.
        let plain = Style(foreground: .index(252), background: .index(250))
        #expect(plain.adapted(toColorCount: 16) == Style(foreground: .index(0), background: .index(7)))
        // With reverse the background is the text, so that is the side that moves.
        let reversed = Style(foreground: .index(250), background: .index(252), reverse: true)
        #expect(reversed.adapted(toColorCount: 8)
            == Style(foreground: .index(7), background: .index(0), reverse: true))
        // Equal on purpose stays equal.
        let same = Style(foreground: .index(4), background: .index(4))
        #expect(same.adapted(toColorCount: 8) == same)
    }

    @Test func colourOnlyCuesGainAttributesWithoutColour() {
        let colourOnly = Theme(name: "colour-only", styles: [
            .normal: Style(),
            .border: Style(foreground: .index(240)),
            .borderFocused: Style(foreground: .index(39)),
            .title: Style(foreground: .index(250)),
            .titleFocused: Style(foreground: .index(45)),
            .selected: Style(foreground: .index(231), background: .index(24)),
            .selectedInactive: Style(background: .index(238)),
        ])
        let mono = colourOnly.adapted(toColorCount: 0)
        #expect(mono.style(for: .selected) == Style(reverse: true))
        #expect(mono.style(for: .selectedInactive) == Style(underline: true))
        #expect(mono.style(for: .borderFocused) == Style(bold: true))
        #expect(mono.style(for: .titleFocused) == Style(bold: true))
        #expect(mono.style(for: .border) == Style())
        // Roles the theme did not mention still fall back to normal.
        #expect(mono.styles[.match] == nil)
    }

    @Test func existingAttributeCuesAreKept() {
        let theme = Theme(name: "t", styles: [
            .normal: Style(reverse: true),
            .selected: Style(foreground: .index(1), reverse: true),
            .border: Style(bold: true),
            .borderFocused: Style(foreground: .index(3), bold: true),
            .title: Style(dim: true),
            .titleFocused: Style(underline: true),
        ])
        let mono = theme.adapted(toColorCount: 0)
        // Reverse cannot set the cursor row apart when everything is reverse: bold+underline.
        #expect(mono.style(for: .selected) == Style(bold: true, underline: true))
        #expect(mono.style(for: .borderFocused) == Style(bold: true, reverse: true))
        #expect(mono.style(for: .titleFocused) == Style(underline: true))
    }
}
