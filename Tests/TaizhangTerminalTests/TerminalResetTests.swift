import Testing
@testable import TaizhangTerminal

/// The reset sequence a crash writes is terminfo's strings without their padding.
@Suite struct TerminalResetTests {
    @Test func paddingIsTakenOut() {
        // vt100's sgr0 is `\E[m^O$<2>`.
        #expect(TerminalReset.withoutPadding(Array("\u{1B}[m\u{0F}$<2>".utf8)) == Array("\u{1B}[m\u{0F}".utf8))
        #expect(TerminalReset.withoutPadding(Array("\u{1B}[H$<5*/>\u{1B}[2J$<50>".utf8)) == Array("\u{1B}[H\u{1B}[2J".utf8))
        #expect(TerminalReset.withoutPadding(Array("a$b$<".utf8)) == Array("a$b$<".utf8), "a lone $ is kept")
    }
}
