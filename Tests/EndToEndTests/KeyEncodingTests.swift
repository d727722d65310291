import Foundation
import Testing

extension DashboardInTmux {
    /// Issue 12 end to end: the named keys in every common encoding, sent as the bytes the
    /// terminals send (`send-keys -H`), under TERMs whose terminfo knows some of them and
    /// not others. In the note editor none leaves it or loses text; in the task list none
    /// changes a filter; and the ledger ends with the note, once, and nothing else changed.
    @Suite("Key encodings")
    struct KeyEncodings {
        /// What a key does to the editor's cursor in "区里报送" (4 characters).
        enum Move: Sendable {
            case start, end, left, right, none

            func apply(to cursor: Int) -> Int {
                switch self {
                case .start: 0
                case .end: 4
                case .left: max(0, cursor - 1)
                case .right: min(4, cursor + 1)
                case .none: cursor
                }
            }
        }

        /// What a key does to the selection in the task list.
        enum ListMove: Sendable {
            case first, last, pageUp, pageDown, help
            /// Rows down (negative: up); 0 for a key the list does not use.
            case by(Int)
            /// Left and Right move between panes: not sent in the list.
            case pane
        }

        struct Encoding: Sendable {
            var name: String
            var bytes: String
            var move: Move
            var inList: ListMove
        }

        static let encodings: [Encoding] = [
            .init(name: "Home (vt220: screen, tmux, PuTTY, linux)", bytes: "\u{1B}[1~", move: .start, inList: .first),
            .init(name: "End (vt220)", bytes: "\u{1B}[4~", move: .end, inList: .last),
            .init(name: "Home (rxvt)", bytes: "\u{1B}[7~", move: .start, inList: .first),
            .init(name: "End (rxvt)", bytes: "\u{1B}[8~", move: .end, inList: .last),
            .init(name: "Home (xterm)", bytes: "\u{1B}[H", move: .start, inList: .first),
            .init(name: "End (xterm)", bytes: "\u{1B}[F", move: .end, inList: .last),
            .init(name: "Home (xterm application)", bytes: "\u{1B}OH", move: .start, inList: .first),
            .init(name: "End (xterm application)", bytes: "\u{1B}OF", move: .end, inList: .last),
            .init(name: "Ctrl-Home (xterm)", bytes: "\u{1B}[1;5H", move: .start, inList: .first),
            .init(name: "Shift-End (xterm)", bytes: "\u{1B}[1;2F", move: .end, inList: .last),
            .init(name: "Shift-Home (rxvt)", bytes: "\u{1B}[7$", move: .start, inList: .first),
            .init(name: "Alt-End (PuTTY)", bytes: "\u{1B}\u{1B}[4~", move: .end, inList: .last),
            .init(name: "Insert", bytes: "\u{1B}[2~", move: .none, inList: .by(0)),
            .init(name: "Delete at the end", bytes: "\u{1B}[3~", move: .none, inList: .by(0)),
            .init(name: "PgUp", bytes: "\u{1B}[5~", move: .none, inList: .pageUp),
            .init(name: "PgDn", bytes: "\u{1B}[6~", move: .none, inList: .pageDown),
            .init(name: "F1 (xterm)", bytes: "\u{1B}OP", move: .none, inList: .help),
            .init(name: "F1 (rxvt, PuTTY)", bytes: "\u{1B}[11~", move: .none, inList: .help),
            .init(name: "F1 (linux)", bytes: "\u{1B}[[A", move: .none, inList: .help),
            .init(name: "F2 (xterm)", bytes: "\u{1B}OQ", move: .none, inList: .by(0)),
            .init(name: "F3 (xterm)", bytes: "\u{1B}OR", move: .none, inList: .by(0)),
            .init(name: "F4 (xterm)", bytes: "\u{1B}OS", move: .none, inList: .by(0)),
            .init(name: "F4 (rxvt, PuTTY)", bytes: "\u{1B}[14~", move: .none, inList: .by(0)),
            .init(name: "F5 (linux)", bytes: "\u{1B}[[E", move: .none, inList: .by(0)),
            .init(name: "F5", bytes: "\u{1B}[15~", move: .none, inList: .by(0)),
            .init(name: "F6", bytes: "\u{1B}[17~", move: .none, inList: .by(0)),
            .init(name: "F7", bytes: "\u{1B}[18~", move: .none, inList: .by(0)),
            .init(name: "F8", bytes: "\u{1B}[19~", move: .none, inList: .by(0)),
            .init(name: "F9", bytes: "\u{1B}[20~", move: .none, inList: .by(0)),
            .init(name: "F10", bytes: "\u{1B}[21~", move: .none, inList: .by(0)),
            .init(name: "F11", bytes: "\u{1B}[23~", move: .none, inList: .by(0)),
            .init(name: "F12", bytes: "\u{1B}[24~", move: .none, inList: .by(0)),
            .init(name: "Shift-F1 (xterm)", bytes: "\u{1B}[1;2P", move: .none, inList: .by(0)),
            .init(name: "Shift-Up (xterm)", bytes: "\u{1B}[1;2A", move: .none, inList: .by(-1)),
            .init(name: "Ctrl-Down (xterm)", bytes: "\u{1B}[1;5B", move: .none, inList: .by(1)),
            .init(name: "Ctrl-Up (rxvt)", bytes: "\u{1B}Oa", move: .none, inList: .by(-1)),
            .init(name: "Ctrl-PgUp (xterm)", bytes: "\u{1B}[5;5~", move: .none, inList: .pageUp),
            .init(name: "Alt-1", bytes: "\u{1B}1", move: .none, inList: .by(0)),
            .init(name: "an unknown sequence", bytes: "\u{1B}[99~", move: .none, inList: .by(0)),
            .init(name: "Ctrl-Left (xterm)", bytes: "\u{1B}[1;5D", move: .start, inList: .pane),
            .init(name: "Ctrl-Right (xterm)", bytes: "\u{1B}[1;5C", move: .end, inList: .pane),
            .init(name: "Ctrl-Left (rxvt)", bytes: "\u{1B}Od", move: .start, inList: .pane),
            .init(name: "Ctrl-Right (old xterm)", bytes: "\u{1B}O5C", move: .end, inList: .pane),
            .init(name: "Shift-Left (rxvt)", bytes: "\u{1B}[d", move: .left, inList: .pane),
            .init(name: "Shift-Right (xterm)", bytes: "\u{1B}[1;2C", move: .right, inList: .pane),
        ]

        static let note = "区里报送"

        /// Polls the ledger file until `condition` holds; fails (rather than hangs) after 10 s.
        static func waitForLedger(
            _ session: TmuxSession, _ what: String, sourceLocation: SourceLocation = #_sourceLocation,
            _ condition: ([String: Any]) -> Bool
        ) async throws {
            let deadline = ContinuousClock.now + .seconds(10)
            while true {
                if let ledger = try? LedgerJSON.file(session.ledger), condition(ledger) { return }
                if ContinuousClock.now >= deadline { break }
                try await Task.sleep(for: .milliseconds(30))
            }
            Issue.record("timed out waiting for \(what) in \(session.ledger)", sourceLocation: sourceLocation)
        }

        /// After each key a `|` is typed where the cursor stands and taken out again: the
        /// prompt shows the whole note, unchanged, with the `|` where the key put the cursor.
        @Test(arguments: ["xterm-256color", "linux", "rxvt", "vt100"])
        func noNamedKeyLeavesTheNoteEditor(term: String) async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch, arguments: ["--today", "2022-07-01"], environment: ["TERM": term])
            defer { session.kill() }
            try await session.waitForDashboard()
            try await session.press("a")
            try await session.waitFor("the note editor") { $0.last == " 1 Note:" }
            try await session.type(Self.note)
            try await session.waitFor("the typed note") { $0.last == " 1 Note: " + Self.note }

            var cursor = 4
            for encoding in Self.encodings {
                try await session.sendBytes(Array(encoding.bytes.utf8))
                cursor = encoding.move.apply(to: cursor)
                var marked = Array(Self.note)
                marked.insert("|", at: cursor)
                try await session.type("|")
                try await session.waitFor("\(encoding.name) then |: " + String(marked)) { $0.last == " 1 Note: " + String(marked) }
                try await session.press("BSpace")
                try await session.waitFor("the | taken out") { $0.last == " 1 Note: " + Self.note }
            }
            try await session.press("Enter")
            let screen = try await session.waitFor("the editor closed") { $0.last?.contains("1 Note:") == false }
            #expect(DashboardScreen.tasksTitle(screen) == "Tasks 57/57")
            try await Self.waitForLedger(session, "the note saved once") { ledger in
                let notes = ((ledger["tasks"] as? [[String: Any]])?.first?["notes"] as? [[String: Any]]) ?? []
                return notes.map { $0["text"] as? String } == [Self.note]
            }
            #expect(try LedgerJSON.statuses(inLedgerAt: session.ledger) == LedgerJSON.allTodo())
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }

        /// In the task list: Home and End (each encoding) go to the first and last task, the
        /// others leave the selection; a `j` after each shows the key was read whole; no
        /// filter, sort or search is ever turned on and no task changes.
        @Test(arguments: ["xterm-256color", "screen-256color"])
        func noNamedKeyChangesAFilter(term: String) async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch, arguments: ["--today", "2022-07-01"], environment: ["TERM": term])
            defer { session.kill() }
            try await session.waitForDashboard()
            try await session.press("j", "j")
            try await session.waitFor("task 3 selected") { DashboardScreen.taskRows($0).selected == 3 }

            var selected = 3
            for encoding in Self.encodings {
                if case .pane = encoding.inList { continue }
                try await session.sendBytes(Array(encoding.bytes.utf8))
                if case .help = encoding.inList {
                    // F1 is help (where j scrolls); Esc closes it, and the `j` below moves.
                    try await session.waitFor("the help after \(encoding.name)") { screen in
                        screen.contains { $0.contains("┌─ Keys") }
                    }
                    try await session.press("Escape")
                    try await session.waitFor("the help closed after \(encoding.name)") { screen in
                        !screen.contains { $0.contains("┌─ Keys") }
                    }
                }
                try await session.press("j")
                let before = selected
                let screen = try await session.waitFor("\(encoding.name) then j") { screen in
                    guard let now = DashboardScreen.taskRows(screen).selected else { return false }
                    switch encoding.inList {
                    case .first: return now == 2
                    case .last: return now == 57
                    case .pageUp: return now < before
                    case .pageDown: return now > before + 1
                    case .help: return now == min(57, before + 1)
                    case .by(let rows): return now == min(57, max(1, before + rows) + 1)
                    case .pane: return false
                    }
                }
                selected = DashboardScreen.taskRows(screen).selected ?? selected
                #expect(DashboardScreen.tasksTitle(screen) == "Tasks 57/57", "after \(encoding.name)")
            }
            #expect(try LedgerJSON.statuses(inLedgerAt: session.ledger) == LedgerJSON.allTodo())
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }
    }
}
