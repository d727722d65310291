import TaizhangScreen
import CNCursesW

/// The pure part of key decoding: from the codes `wget_wch` returns to `Key`. Terminals
/// whose terminfo entry names a key get it decoded by ncurses (a `KEY_…` code, or for a
/// modified key an extended code named after its capability, `kLFT5`); what it does not
/// name arrives as ESC and plain characters, for `EscapeSequence`.
enum KeyDecoding {
    /// A character code (`wget_wch` returned OK). With `nonl`, Enter arrives as 13.
    static func text(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(code - 1))))
        case 0..<32, 128..<160: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A function-key code (`wget_wch` returned KEY_CODE_YES), other than resize and mouse.
    static func function(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        // Keypad corners and the vt220 Find/Select keys stand for Home/End/PgUp/PgDn on
        // terminals whose terminfo names them so (xterm's `kfnd=\E[1~`, `kslt=\E[4~`).
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT, KEY_LL: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        // The shifted keys terminfo has standard names for.
        case KEY_SR: return Key.up.modified(by: .shift)
        case KEY_SF: return Key.down.modified(by: .shift)
        case KEY_SLEFT: return Key.left.modified(by: .shift)
        case KEY_SRIGHT: return Key.right.modified(by: .shift)
        case KEY_SHOME: return Key.home.modified(by: .shift)
        case KEY_SEND: return Key.end.modified(by: .shift)
        case KEY_SPREVIOUS: return Key.pageUp.modified(by: .shift)
        case KEY_SNEXT: return Key.pageDown.modified(by: .shift)
        case KEY_SIC: return Key.insert.modified(by: .shift)
        case KEY_SDC: return Key.delete.modified(by: .shift)
        case (KEY_F0 + 1)...(KEY_F0 + 63): return functionKey(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// F1…F63 as terminfo numbers them for xterm and its kin: F13–F24 are Shift-F1…F12,
    /// then Ctrl, Ctrl-Shift, Alt and Alt-Shift, twelve each.
    static func functionKey(_ number: Int) -> Key? {
        guard number >= 1, number <= 63 else { return nil }
        let groups: [KeyModifiers] = [[], .shift, .ctrl, [.ctrl, .shift], .alt, [.alt, .shift]]
        return Key.function((number - 1) % 12 + 1).modified(by: groups[(number - 1) / 12])
    }

    /// An extended key, by the terminfo capability ncurses names it after (`keyname`):
    /// `kUP5` is Ctrl-Up, `kHOM3` Alt-Home, `kDC6` Ctrl-Shift-Delete; the digit is xterm's
    /// modifier parameter, and no digit means Shift.
    static func extended(named name: String) -> Key? {
        let bases: [(String, Key)] = [
            ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right),
            ("kHOM", .home), ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown),
            ("kIC", .insert), ("kDC", .delete),
        ]
        for (prefix, key) in bases where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if rest.isEmpty { return key.modified(by: .shift) }
            guard let parameter = Int(rest), (2...16).contains(parameter) else { return nil }
            return key.modified(by: KeyModifiers(xtermParameter: parameter))
        }
        return nil
    }
}
