import TaizhangScreen
import CNCursesW
import Glibc

extension CursesTerminal {
    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key and decodes it.
    /// Returns nil on timeout, when a signal interrupted the wait (poll `SignalWatch` then),
    /// and for keys the dashboard has no use for.
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        wtimeout(window, timeoutMilliseconds)
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case OK:
            return KeyDecoding.text(UInt32(code))
        case KEY_CODE_YES:
            return functionKey(Int32(code))
        default:
            return nil
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_RESIZE:
            let (width, height) = size
            return .resize(width: width, height: height)
        case KEY_MOUSE:
            return mouseEvent()
        default:
            if let key = KeyDecoding.function(code) { return key }
            // Home/End with Alt or Ctrl (xterm, tmux) give codes beyond KEY_MAX that ncurses
            // names after their terminfo capability: kHOM3, kEND5, …
            guard let name = keyname(code).map({ String(cString: $0) }) else { return nil }
            if name.hasPrefix("kHOM") { return .home }
            if name.hasPrefix("kEND") { return .end }
            return nil
        }
    }

    /// Button 1 press (or click) and the wheel; everything else, such as releases, is dropped.
    private func mouseEvent() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kind: MouseEvent.Kind
        if event.bstate & (tz_button1_pressed() | tz_button1_clicked()) != 0 {
            kind = .press
        } else if event.bstate & tz_button4_pressed() != 0 {
            kind = .wheelUp
        } else if event.bstate & tz_button5_pressed() != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind: kind, column: Int(event.x), row: Int(event.y)))
    }
}

/// The pure part of key decoding: from the codes `wget_wch` returns to `Key`.
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
        // terminals whose terminfo names them so.
        // Shift-Home/End (terminfo kHOM/kEND) have standard codes of their own.
        case KEY_HOME, KEY_A1, KEY_FIND, KEY_SHOME: return .home
        case KEY_END, KEY_C1, KEY_SELECT, KEY_SEND: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        default: return nil
        }
    }
}
