import CNCursesW
import TaizhangScreen
import Testing
@testable import TaizhangTerminal

/// The keys ncurses decodes itself from the terminfo entry: the standard codes, the
/// function keys by number, and the extended (modified) keys by capability name.
@Suite struct KeyDecodingTests {
    @Test func standardCodes() {
        #expect(KeyDecoding.function(KEY_HOME) == .home)
        #expect(KeyDecoding.function(KEY_FIND) == .home)
        #expect(KeyDecoding.function(KEY_END) == .end)
        #expect(KeyDecoding.function(KEY_SELECT) == .end)
        #expect(KeyDecoding.function(KEY_IC) == .insert)
        #expect(KeyDecoding.function(KEY_DC) == .delete)
        #expect(KeyDecoding.function(KEY_PPAGE) == .pageUp)
        #expect(KeyDecoding.function(KEY_NPAGE) == .pageDown)
        #expect(KeyDecoding.function(KEY_SLEFT) == Key.left.modified(by: .shift))
        #expect(KeyDecoding.function(KEY_SR) == Key.up.modified(by: .shift))
        #expect(KeyDecoding.function(KEY_SHOME) == Key.home.modified(by: .shift))
        #expect(KeyDecoding.function(KEY_SDC) == Key.delete.modified(by: .shift))
        #expect(KeyDecoding.function(KEY_B2) == nil, "the keypad's 5 names nothing we use")
    }

    /// xterm's terminfo numbers F13–F24 as Shift-F1…F12, F25–F36 as Ctrl-F1…F12, and so on.
    @Test func functionKeysByNumber() {
        #expect(KeyDecoding.function(KEY_F0 + 1) == .function(1))
        #expect(KeyDecoding.function(KEY_F0 + 12) == .function(12))
        #expect(KeyDecoding.function(KEY_F0 + 13) == Key.function(1).modified(by: .shift))
        #expect(KeyDecoding.function(KEY_F0 + 29) == Key.function(5).modified(by: .ctrl))
        #expect(KeyDecoding.function(KEY_F0 + 49) == Key.function(1).modified(by: .alt))
        #expect(KeyDecoding.function(KEY_F0 + 63) == Key.function(3).modified(by: [.alt, .shift]))
    }

    @Test func extendedKeysByCapabilityName() {
        #expect(KeyDecoding.extended(named: "kRIT5") == Key.right.modified(by: .ctrl))
        #expect(KeyDecoding.extended(named: "kLFT3") == Key.left.modified(by: .alt))
        #expect(KeyDecoding.extended(named: "kHOM5") == Key.home.modified(by: .ctrl))
        #expect(KeyDecoding.extended(named: "kEND3") == Key.end.modified(by: .alt))
        #expect(KeyDecoding.extended(named: "kUP") == Key.up.modified(by: .shift))
        #expect(KeyDecoding.extended(named: "kDN6") == Key.down.modified(by: [.ctrl, .shift]))
        #expect(KeyDecoding.extended(named: "kDC5") == Key.delete.modified(by: .ctrl))
        #expect(KeyDecoding.extended(named: "kNXT3") == Key.pageDown.modified(by: .alt))
        #expect(KeyDecoding.extended(named: "kxIN") == nil, "focus in is no key")
    }

    @Test func text() {
        #expect(KeyDecoding.text(13) == .enter)
        #expect(KeyDecoding.text(27) == .escape)
        #expect(KeyDecoding.text(127) == .backspace)
        #expect(KeyDecoding.text(18) == .ctrl("r"))
        #expect(KeyDecoding.text(0x5E02) == .char("市"))
        #expect(KeyDecoding.text(0x9B) == nil, "C1 controls are no text")
    }
}
