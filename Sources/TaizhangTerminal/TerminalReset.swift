import CNCursesW
import Glibc

/// The bytes that give a terminal back without ncurses, for `CrashGuard` to write from a
/// signal handler where `endwin` may not run: attributes off, mouse reports off, keypad
/// back to normal, the cursor shown, and the alternate screen left (or, on a terminal that
/// has none, the screen cleared so the dashboard does not stay under the message). Read
/// from terminfo once ncurses has loaded the entry for TERM.
enum TerminalReset {
    static func sequence(mouse: Bool) -> [UInt8] {
        var bytes = capability("sgr0")
        if mouse {
            // Every mouse mode ncurses may have turned on (X10, button, any, SGR); a
            // terminal ignores a mode it does not know.
            bytes += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l".utf8)
        }
        bytes += capability("rmkx")
        bytes += capability("cnorm")
        let leave = capability("rmcup")
        bytes += leave.isEmpty ? capability("clear") : leave
        return bytes
    }

    /// A string capability with its padding (`$<5>`) taken out; empty when absent.
    static func capability(_ name: String) -> [UInt8] {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
        return withoutPadding(Array(String(cString: value).utf8))
    }

    /// `$<…>` is a delay for `tputs`, not something to send.
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                index = close + 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
