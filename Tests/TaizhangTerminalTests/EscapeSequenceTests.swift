import TaizhangScreen
import TaizhangTerminal
import Testing

/// Every common encoding of the named keys, as the characters that follow ESC when the
/// terminfo entry for TERM does not name them and ncurses hands them over one by one.
@Suite struct EscapeSequenceTests {
    struct Encoding: CustomTestStringConvertible, Sendable {
        var after: String
        var key: Key?
        var from: String
        var testDescription: String { "ESC " + after.unicodeScalars.map { $0.value == 27 ? "ESC" : String($0) }.joined() + " (\(from))" }
    }

    static let ctrl = KeyModifiers.ctrl
    static let shift = KeyModifiers.shift
    static let alt = KeyModifiers.alt

    static let encodings: [Encoding] = [
        // xterm, normal and application cursor mode
        .init(after: "[A", key: .up, from: "xterm"), .init(after: "[B", key: .down, from: "xterm"),
        .init(after: "[C", key: .right, from: "xterm"), .init(after: "[D", key: .left, from: "xterm"),
        .init(after: "OA", key: .up, from: "xterm app"), .init(after: "OD", key: .left, from: "xterm app"),
        .init(after: "[H", key: .home, from: "xterm"), .init(after: "[F", key: .end, from: "xterm"),
        .init(after: "OH", key: .home, from: "xterm app"), .init(after: "OF", key: .end, from: "xterm app"),
        .init(after: "[2~", key: .insert, from: "vt220"), .init(after: "[3~", key: .delete, from: "vt220"),
        .init(after: "[5~", key: .pageUp, from: "vt220"), .init(after: "[6~", key: .pageDown, from: "vt220"),
        .init(after: "OP", key: .function(1), from: "xterm"), .init(after: "OQ", key: .function(2), from: "xterm"),
        .init(after: "OR", key: .function(3), from: "xterm"), .init(after: "OS", key: .function(4), from: "xterm"),
        .init(after: "[15~", key: .function(5), from: "xterm"), .init(after: "[17~", key: .function(6), from: "xterm"),
        .init(after: "[18~", key: .function(7), from: "xterm"), .init(after: "[19~", key: .function(8), from: "xterm"),
        .init(after: "[20~", key: .function(9), from: "xterm"), .init(after: "[21~", key: .function(10), from: "xterm"),
        .init(after: "[23~", key: .function(11), from: "xterm"), .init(after: "[24~", key: .function(12), from: "xterm"),
        .init(after: "[Z", key: .backTab, from: "xterm"),
        // xterm's modifiers
        .init(after: "[1;2A", key: Key.up.modified(by: shift), from: "xterm"),
        .init(after: "[1;5C", key: Key.right.modified(by: ctrl), from: "xterm"),
        .init(after: "[1;3D", key: Key.left.modified(by: alt), from: "xterm"),
        .init(after: "[1;6B", key: Key.down.modified(by: [ctrl, shift]), from: "xterm"),
        .init(after: "[1;9A", key: Key.up.modified(by: alt), from: "xterm meta"),
        .init(after: "[1;5H", key: Key.home.modified(by: ctrl), from: "xterm"),
        .init(after: "[1;2F", key: Key.end.modified(by: shift), from: "xterm"),
        .init(after: "[3;5~", key: Key.delete.modified(by: ctrl), from: "xterm"),
        .init(after: "[5;5~", key: Key.pageUp.modified(by: ctrl), from: "xterm"),
        .init(after: "[1;2P", key: Key.function(1).modified(by: shift), from: "xterm"),
        .init(after: "[15;5~", key: Key.function(5).modified(by: ctrl), from: "xterm"),
        .init(after: "O5C", key: Key.right.modified(by: ctrl), from: "old xterm"),
        .init(after: "O2P", key: Key.function(1).modified(by: shift), from: "old xterm"),
        // vt220 editing keys: screen, tmux, PuTTY, the Linux console
        .init(after: "[1~", key: .home, from: "screen/tmux/PuTTY/linux"),
        .init(after: "[4~", key: .end, from: "screen/tmux/PuTTY/linux"),
        .init(after: "[11~", key: .function(1), from: "PuTTY/rxvt"), .init(after: "[12~", key: .function(2), from: "PuTTY/rxvt"),
        .init(after: "[13~", key: .function(3), from: "PuTTY/rxvt"), .init(after: "[14~", key: .function(4), from: "PuTTY/rxvt"),
        .init(after: "[[A", key: .function(1), from: "linux"), .init(after: "[[E", key: .function(5), from: "linux"),
        .init(after: "\u{1B}[1~", key: Key.home.modified(by: alt), from: "PuTTY Alt"),
        .init(after: "\u{1B}[A", key: Key.up.modified(by: alt), from: "rxvt Alt"),
        // rxvt
        .init(after: "[7~", key: .home, from: "rxvt"), .init(after: "[8~", key: .end, from: "rxvt"),
        .init(after: "[7$", key: Key.home.modified(by: shift), from: "rxvt"),
        .init(after: "[8^", key: Key.end.modified(by: ctrl), from: "rxvt"),
        .init(after: "[2^", key: Key.insert.modified(by: ctrl), from: "rxvt"),
        .init(after: "[3$", key: Key.delete.modified(by: shift), from: "rxvt"),
        .init(after: "[6@", key: Key.pageDown.modified(by: [ctrl, shift]), from: "rxvt"),
        .init(after: "[a", key: Key.up.modified(by: shift), from: "rxvt"),
        .init(after: "[d", key: Key.left.modified(by: shift), from: "rxvt"),
        .init(after: "Oa", key: Key.up.modified(by: ctrl), from: "rxvt"),
        .init(after: "Oc", key: Key.right.modified(by: ctrl), from: "rxvt"),
        .init(after: "[23$", key: Key.function(11).modified(by: shift), from: "rxvt"),
        .init(after: "[25~", key: .function(13), from: "rxvt"),
        // the keypad in application mode
        .init(after: "OM", key: .enter, from: "keypad"), .init(after: "Op", key: .char("0"), from: "keypad"),
        .init(after: "Oy", key: .char("9"), from: "keypad"), .init(after: "Oj", key: .char("*"), from: "keypad"),
        // other encodings of keys
        .init(after: "[27u", key: .escape, from: "CSI u"),
        .init(after: "[13;5u", key: Key.enter.modified(by: ctrl), from: "CSI u"),
        .init(after: "[27;5;13~", key: Key.enter.modified(by: ctrl), from: "modifyOtherKeys"),
        .init(after: "x", key: Key.char("x").modified(by: alt), from: "Alt-x"),
        .init(after: "1", key: Key.char("1").modified(by: alt), from: "Alt-1"),
        // read whole, naming no key
        .init(after: "[<0;10;5M", key: nil, from: "SGR mouse"),
        .init(after: "[M !!", key: nil, from: "X10 mouse"),
        .init(after: "[I", key: nil, from: "focus in"), .init(after: "[O", key: nil, from: "focus out"),
        .init(after: "[3;7R", key: nil, from: "cursor report"), .init(after: "[?1;2c", key: nil, from: "device attributes"),
        .init(after: "[E", key: nil, from: "keypad 5"), .init(after: "[G", key: nil, from: "keypad 5 (linux)"),
        .init(after: "OE", key: nil, from: "keypad 5 (xterm app)"),
        .init(after: "[99~", key: nil, from: "unknown number"), .init(after: "[200~", key: nil, from: "paste start"),
        .init(after: "[1:2A", key: nil, from: "colon parameters"),
    ]

    /// The sequence completes exactly at its last character, never before: a key is
    /// never decoded from a prefix, so nothing of the sequence is left to leak out.
    @Test(arguments: encodings)
    func decodesWholeSequences(_ encoding: Encoding) {
        let scalars = encoding.after.unicodeScalars.map(\.value)
        for length in 1..<scalars.count {
            #expect(EscapeSequence.read(Array(scalars.prefix(length))) == .incomplete, "complete after \(length) characters")
        }
        #expect(EscapeSequence.read(scalars) == .complete(encoding.key))
    }

    /// Nothing after ESC in time: the Escape key, pressed once or twice. A sequence cut off
    /// in the middle is dropped; `ESC [` alone is Alt-[ (which nothing uses).
    @Test func whatTimingOutMeans() {
        #expect(EscapeSequence.timedOut([]) == .escape)
        #expect(EscapeSequence.timedOut([27]) == .escape)
        #expect(EscapeSequence.timedOut(Array("[".unicodeScalars.map(\.value))) == Key.char("[").modified(by: .alt))
        #expect(EscapeSequence.timedOut(Array("[1".unicodeScalars.map(\.value))) == nil)
        #expect(EscapeSequence.timedOut(Array("[1;5".unicodeScalars.map(\.value))) == nil)
    }

    /// A run of parameters with no end is dropped once it is longer than any key's.
    @Test func anEndlessSequenceIsDropped() {
        var input = Array("[".unicodeScalars.map(\.value))
        while input.count < EscapeSequence.longest {
            input.append(0x31)
            #expect(EscapeSequence.read(input) == .incomplete)
        }
        input.append(0x31)
        #expect(EscapeSequence.read(input) == .complete(nil))
    }

    /// A control character inside a sequence ends it, naming no key.
    @Test func aControlCharacterEndsASequence() {
        #expect(EscapeSequence.read([0x5B, 0x31, 0x0D]) == .complete(nil))
    }
}
