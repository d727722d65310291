import TaizhangScreen

/// What follows an ESC that ncurses handed over as a plain character: its terminfo entry
/// did not name the sequence (PuTTY's Home `ESC[1~` under TERM=xterm-256color, rxvt's
/// `ESC[7~`, the Linux console's F1 `ESC[[A`, xterm's Ctrl-Right `ESC[1;5C` under vt100).
/// Decoded here whatever TERM says, from the encodings xterm, rxvt, the Linux console,
/// PuTTY, screen and tmux send; anything else is read to its end and dropped whole, so
/// no stray `[`, `1` or `~` ever reaches the dashboard as typed text or a filter key.
///
/// Pure: the terminal feeds the characters read after the ESC, one at a time, until the
/// sequence is complete (or nothing more comes in time: `timedOut`).
public enum EscapeSequence {
    public enum Reading: Equatable, Sendable {
        /// The sequence ended: the key it names, or nil for one that names no key we use.
        case complete(Key?)
        /// A sequence has begun and goes on: read another character.
        case incomplete
    }

    /// Longer than any key's sequence: past it, whatever this is gets dropped.
    public static let longest = 32
    /// How long to wait after ESC for a sequence to begin (ncurses has already waited its
    /// ESCDELAY), and then for each further character of one that has begun, in ms.
    public static let firstWait: Int32 = 30
    public static let nextWait: Int32 = 100

    /// Reads `input`, the characters after ESC so far.
    public static func read(_ input: [UInt32]) -> Reading {
        guard let first = input.first else { return .incomplete }
        guard input.count <= longest else { return .complete(nil) }
        let rest = Array(input.dropFirst())
        switch first {
        case 0x5B:  // "[": a control sequence
            return controlSequence(rest)
        case 0x4F:  // "O": SS3, xterm's application keys and rxvt's Ctrl-arrows
            return singleShift(rest)
        case 0x1B:  // ESC ESC…: Alt with a key that is itself a sequence (PuTTY, rxvt)
            guard !rest.isEmpty else { return .incomplete }
            guard case .complete(let key) = read(rest) else { return .incomplete }
            return .complete(key?.modified(by: .alt))
        default:  // ESC x: Alt with a key
            return .complete(KeyDecoding.text(first)?.modified(by: .alt))
        }
    }

    /// What the characters after ESC mean when nothing more came in time: ESC alone (or
    /// twice) is the Escape key; `ESC [` or `ESC O` alone are Alt with that key; a sequence
    /// cut off in the middle names no key.
    public static func timedOut(_ input: [UInt32]) -> Key? {
        if input.isEmpty || input == [0x1B] { return .escape }
        if input.count == 1 { return KeyDecoding.text(input[0])?.modified(by: .alt) }
        return nil
    }

    // MARK: ESC [

    private static func controlSequence(_ body: [UInt32]) -> Reading {
        guard let first = body.first else { return .incomplete }
        // The Linux console's F1–F5: ESC [ [ A … E.
        if first == 0x5B {
            guard body.count >= 2 else { return .incomplete }
            return .complete((0x41...0x45).contains(body[1]) ? .function(Int(body[1]) - 0x40) : nil)
        }
        // An X10 mouse report, ESC [ M and three bytes, that ncurses did not take.
        if first == 0x4D { return body.count >= 4 ? .complete(nil) : .incomplete }
        var parameters = ""
        for scalar in body {
            switch scalar {
            case 0x30...0x3F:  // digits and ; : < = > ?
                parameters.unicodeScalars.append(Unicode.Scalar(UInt8(scalar)))
            case 0x24 where !parameters.isEmpty:  // rxvt's Shift: ESC [ 7 $
                return .complete(controlKey(parameters, final: scalar))
            case 0x20...0x2F:  // intermediates: read on to the final character
                continue
            case 0x40...0x7E:
                return .complete(controlKey(parameters, final: scalar))
            default:  // a control character: not a sequence after all
                return .complete(nil)
            }
        }
        return .incomplete
    }

    /// The key a complete `ESC [ parameters final` names.
    private static func controlKey(_ parameters: String, final: UInt32) -> Key? {
        // `<` begins an SGR mouse report, `?`, `>` and `=` the terminal's replies: no keys.
        guard parameters.first.map({ $0.isNumber || $0 == ";" }) ?? true else { return nil }
        // An empty parameter is the default, 1 (`ESC [ ; 5 A` is `ESC [ 1 ; 5 A`).
        let numbers = parameters.isEmpty ? [] : parameters.split(separator: ";", omittingEmptySubsequences: false).map { $0.isEmpty ? 1 : Int($0) }
        guard !numbers.contains(nil) else { return nil }  // colon sub-parameters: not keys
        let values = numbers.compactMap { $0 }
        let number = values.first ?? 1
        let modifiers = values.count > 1 ? KeyModifiers(xtermParameter: values[1]) : []
        switch Unicode.Scalar(UInt8(final)) {
        case "~":
            // xterm's modifyOtherKeys: ESC [ 27 ; modifier ; code ~
            if number == 27, values.count == 3 { return KeyDecoding.text(UInt32(values[2]))?.modified(by: modifiers) }
            return numberedKey(number)?.modified(by: modifiers)
        case "$": return numberedKey(number)?.modified(by: .shift)  // rxvt
        case "^": return numberedKey(number)?.modified(by: .ctrl)  // rxvt
        case "@": return numberedKey(number)?.modified(by: [.ctrl, .shift])  // rxvt
        case "u":  // the "CSI u" encoding (kitty, foot, xterm's formatOtherKeys)
            guard values.count <= 2 else { return nil }
            return KeyDecoding.text(UInt32(number))?.modified(by: modifiers)
        case "a", "b", "c", "d":  // rxvt's Shift-arrows
            guard values.isEmpty else { return nil }
            return arrow(final - 0x20)?.modified(by: .shift)
        case "P", "Q", "R", "S":  // F1–F4; with a first number other than 1, a reply (`ESC [ 3 ; 7 R`)
            guard values.isEmpty || number == 1 else { return nil }
            return Key.function(Int(final) - 0x4F).modified(by: modifiers)
        default:
            // Arrows, Home and End: ESC [ A, ESC [ 1 ; 5 C, ESC [ H, ESC [ F; Shift-Tab ESC [ Z.
            guard values.count <= 1 || number == 1 else { return nil }
            if final == 0x5A { return values.isEmpty ? .backTab : nil }
            return (arrow(final) ?? homeOrEnd(final))?.modified(by: modifiers)
        }
    }

    /// The keys vt220, rxvt, the Linux console, PuTTY, screen and tmux send as `ESC [ n ~`.
    static func numberedKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: .home  // vt220 Find (screen, tmux, PuTTY, linux); rxvt's Home
        case 2: .insert
        case 3: .delete
        case 4, 8: .end  // vt220 Select; rxvt's End
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(number - 10)  // F1–F5 (rxvt, PuTTY, old xterm)
        case 17...21: .function(number - 11)  // F6–F10
        case 23, 24: .function(number - 12)  // F11, F12
        case 25, 26: .function(number - 12)  // F13, F14 (rxvt's Shift-F3, Shift-F4)
        case 28, 29: .function(number - 13)  // F15, F16
        case 31...34: .function(number - 14)  // F17–F20
        default: nil
        }
    }

    private static func arrow(_ final: UInt32) -> Key? {
        switch final {
        case 0x41: .up
        case 0x42: .down
        case 0x43: .right
        case 0x44: .left
        default: nil
        }
    }

    private static func homeOrEnd(_ final: UInt32) -> Key? {
        switch final {
        case 0x48: .home
        case 0x46: .end
        default: nil
        }
    }

    // MARK: ESC O

    /// `ESC O` and a letter, maybe after a modifier (`ESC O 5 C`, `ESC O 1 ; 5 C`).
    private static func singleShift(_ body: [UInt32]) -> Reading {
        var parameters: [UInt32] = []
        for scalar in body {
            switch scalar {
            case 0x30...0x39, 0x3B:
                parameters.append(scalar)
            case 0x20...0x7E:
                let last = parameters.split(separator: 0x3B).last.flatMap { Int(String(decoding: $0.map { UInt8($0) }, as: UTF8.self)) }
                return .complete(shiftedKey(scalar)?.modified(by: KeyModifiers(xtermParameter: last ?? 1)))
            default:
                return .complete(nil)
            }
        }
        return .incomplete
    }

    private static func shiftedKey(_ final: UInt32) -> Key? {
        if let key = arrow(final) ?? homeOrEnd(final) { return key }
        switch final {
        case 0x50...0x53: return .function(Int(final) - 0x4F)  // P Q R S: F1–F4
        case 0x61...0x64: return arrow(final - 0x20)?.modified(by: .ctrl)  // rxvt's Ctrl-arrows
        case 0x4D: return .enter  // the keypad's Enter
        case 0x70...0x79: return .char(Character(Unicode.Scalar(UInt8(final - 0x70 + 0x30))))  // keypad 0–9
        default:
            // The keypad's operators in application mode.
            let operators: [UInt32: Character] = [0x6A: "*", 0x6B: "+", 0x6C: ",", 0x6D: "-", 0x6E: ".", 0x6F: "/", 0x58: "="]
            return operators[final].map { .char($0) }
        }
    }
}
