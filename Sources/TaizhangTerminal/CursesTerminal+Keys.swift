import TaizhangScreen
import CNCursesW
import Glibc

extension CursesTerminal {
    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key and decodes it.
    /// Returns nil on timeout, when a signal interrupted the wait (poll `SignalWatch` then),
    /// and for input that names no key the dashboard knows, which is read whole and dropped.
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        if let key = heldKey {
            heldKey = nil
            return key
        }
        switch nextInput(waiting: timeoutMilliseconds) {
        case .text(27): return escapeSequence()
        case .text(let code): return KeyDecoding.text(code)
        case .function(let code): return functionKey(code)
        case nil: return nil
        }
    }

    /// One thing `wget_wch` returned: a character, or a key ncurses decoded from terminfo.
    private enum Input {
        case text(UInt32)
        case function(Int32)
    }

    private func nextInput(waiting milliseconds: Int32) -> Input? {
        wtimeout(window, milliseconds)
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case OK: return .text(UInt32(code))
        case KEY_CODE_YES: return .function(Int32(code))
        default: return nil
        }
    }

    /// After an ESC that ncurses did not turn into a key: reads what follows until
    /// `EscapeSequence` says the sequence is complete, so that even a sequence nobody here
    /// knows is taken whole instead of leaking out as `[`, `1`, `~`. A resize or mouse event
    /// met on the way is kept for the next `readKey`.
    private func escapeSequence() -> Key? {
        var input: [UInt32] = []
        while true {
            let wait = input.isEmpty ? EscapeSequence.firstWait : EscapeSequence.nextWait
            switch nextInput(waiting: wait) {
            case nil:
                return EscapeSequence.timedOut(input)
            case .function(let code):
                let key = functionKey(code)
                switch key {
                case .resize?, .mouse?:
                    heldKey = key
                    return input.isEmpty ? .escape : nil
                default:
                    // ESC and a key ncurses knows is that key with Alt (PuTTY's Alt-Home).
                    return input.isEmpty ? key?.modified(by: .alt) : nil
                }
            case .text(let code):
                if code == 27, !input.isEmpty, input != [27] {
                    // A new sequence began before this one ended: drop this one, read that.
                    input = []
                    continue
                }
                input.append(code)
                if case .complete(let key) = EscapeSequence.read(input) { return key }
            }
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
            // Modified keys (xterm's Ctrl-Right, Alt-Home…) get codes beyond KEY_MAX that
            // ncurses names after their terminfo capability: kRIT5, kHOM3, …
            guard let name = keyname(code).map({ String(cString: $0) }) else { return nil }
            return KeyDecoding.extended(named: name)
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
