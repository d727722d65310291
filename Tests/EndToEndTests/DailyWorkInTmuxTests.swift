import Foundation
import Testing

extension DashboardInTmux {
    /// Issue 5 end to end: a coordinator's day in the dashboard, typed through tmux — a
    /// progress note in Chinese, a deadline in the past and the overdue marks it brings, the
    /// overdue and unit filters — and all of it found in the ledger afterwards.
    @Suite("Daily work")
    struct DailyWork {
        /// Who the program is told it is (through USER); the ledger must record this name.
        static let user = "zhang.wei"
        /// Full-width punctuation, a Latin run and a percent sign, as a real report reads.
        static let note = "市司法局已报送规章库更新情况，完成80%。"
        /// The tasks of 市政府办公室 in the bundled plan.
        static let officeTasks = [1, 2, 7, 10, 26, 31, 32, 33, 39, 45]

        /// a (note), d (deadline 2022-06-30 with today 2022-07-01), ! (overdue only), Tab Tab
        /// j j Enter (unit filter), ! again, Esc, q; then the ledger file and `list --json`.
        @Test func noteDeadlineOverdueAndUnitFilterEndInTheLedger() async throws {
            let scratch = ScratchFolder()
            // 50 rows, so the detail pane has room for the notes below the task text.
            let session = try await TmuxSession(
                scratch: scratch, width: 100, height: 50, arguments: ["--today", "2022-07-01"],
                environment: ["USER": Self.user])
            defer { session.kill() }
            var screen = try await session.waitForDashboard()
            DashboardScreen.checkFrame(screen, width: 100, height: 50)
            #expect(DashboardScreen.taskRows(screen).selected == 1)
            #expect(!DashboardScreen.paneLines(screen, titled: "Work areas").contains { $0.contains(" R") },
                    "no red light before a deadline is set")

            // The note editor, with Chinese sent as UTF-8 through tmux.
            try await session.press("a")
            try await session.waitFor("the note editor") { $0.last == " 1 Note:" }
            try await session.type(Self.note)
            try await session.waitFor("the typed note") { $0.last == " 1 Note: " + Self.note }
            try await session.press("Enter")
            screen = try await session.waitFor("the note in the detail pane") { screen in
                DashboardScreen.paneLines(screen, titled: "Task 1").contains("    " + Self.note)
            }
            DashboardScreen.checkFrame(screen, width: 100, height: 50)
            // Saved before it was shown.
            let savedNote = try #require((try LedgerJSON.task(1, inLedgerAt: session.ledger)["notes"] as? [[String: Any]])?.first)
            let noteTime = try #require(savedNote["at"] as? String)
            let detail = DashboardScreen.paneLines(screen, titled: "Task 1")
            let notesHeading = try #require(detail.firstIndex(of: "Notes:"), "\(detail)")
            #expect(Array(detail[(notesHeading + 1)...].prefix(2)) == [
                "  #1 " + Self.shownTime(noteTime) + " " + Self.user,
                "    " + Self.note,
            ])

            // A deadline yesterday: task 1 is overdue, its light red in its row, counted red in
            // its area and section, overdue in the detail pane and the rows of both its units.
            try await session.press("d")
            try await session.waitFor("the deadline editor") { $0.last?.hasPrefix(" 1 Deadline: ") == true && $0.last?.hasSuffix("empty clears") == true }
            try await session.type("2022-06-30")
            try await session.waitFor("the typed date") { $0.last?.hasPrefix(" 1 Deadline: 2022-06-30 ") == true }
            try await session.press("Enter")
            screen = try await session.waitFor("task 1 marked overdue") { screen in
                DashboardScreen.rightPane(screen).contains { $0.hasPrefix("│>  1 [ ] R 依托政府信息公开平台") }
            }
            DashboardScreen.checkFrame(screen, width: 100, height: 50)
            let areas = DashboardScreen.paneLines(screen, titled: "Work areas")
            #expect(areas.filter { $0.contains(" R") }.count == 3, "\(areas)")
            #expect(areas.contains { $0.hasPrefix("All tasks ") && $0.hasSuffix(" R1 0/57") }, "\(areas)")
            #expect(areas.contains { $0.hasPrefix("一、优化政务公开工作基础 ") && $0.hasSuffix(" R1 0/10") }, "\(areas)")
            #expect(areas.contains { $0.hasPrefix("  （一）") && $0.hasSuffix(" R1 0/2") }, "\(areas)")
            #expect(DashboardScreen.paneLines(screen, titled: "Task 1").contains("Due: 2022-06-30  OVERDUE"))
            let units = try #require(UnitPane(screen))
            #expect(units.rows.filter { $0.numbers[2] == "!1" }.map(\.name) == ["市政府办公室", "市司法局"])
            #expect(Self.strings(try LedgerJSON.task(1, inLedgerAt: session.ledger)["deadline"]) == Self.deadline)

            // ! lists only the overdue task.
            try await session.press("!")
            screen = try await session.waitFor("the overdue filter") { DashboardScreen.tasksTitle($0) == "Tasks 1/57  overdue" }
            #expect(DashboardScreen.taskRows(screen).numbers == [1])

            // Tab Tab to the workload pane, down to its third row (市政府办公室), Enter.
            try await session.press("Tab", "Tab", "j", "j", "Enter")
            screen = try await session.waitFor("the unit filter") { DashboardScreen.tasksTitle($0)?.contains("unit=") == true }
            #expect(DashboardScreen.tasksTitle(screen) == "Tasks 1/57  unit=市政府办公室  overdue")
            #expect(DashboardScreen.taskRows(screen).numbers == [1])
            // ! again drops the overdue filter and keeps the unit.
            try await session.press("!")
            screen = try await session.waitFor("the unit's tasks") { DashboardScreen.tasksTitle($0) == "Tasks 10/57  unit=市政府办公室" }
            #expect(DashboardScreen.taskRows(screen).numbers == Self.officeTasks)
            try await session.press("Escape")
            screen = try await session.waitFor("all tasks again") { DashboardScreen.tasksTitle($0) == "Tasks 57/57" }
            DashboardScreen.checkFrame(screen, width: 100, height: 50)

            try await session.press("q")
            let exit = try await session.waitForExit()
            #expect(exit.status == 0)
            #expect(try await session.alternateScreenOn() == false)

            // The ledger: the note, the deadline, the history of both, nothing else changed.
            let task = try LedgerJSON.task(1, inLedgerAt: session.ledger)
            let notes = try #require(task["notes"] as? [[String: Any]])
            #expect(notes.count == 1)
            #expect(notes.first?["text"] as? String == Self.note)
            #expect(notes.first?["by"] as? String == Self.user)
            #expect((notes.first?["at"] as? String).map(Self.isTimestamp) == true, "\(notes)")
            #expect(Self.strings(task["deadline"]) == Self.deadline)
            #expect(task["status"] as? String == "todo")
            #expect(task["statusChanged"] is NSNull)
            #expect(try LedgerJSON.statuses(inLedgerAt: session.ledger) == LedgerJSON.allTodo())

            let history = try #require(try LedgerJSON.file(session.ledger)["history"] as? [[String: Any]])
            #expect(history.map { $0["field"] as? String } == ["note", "deadline"])
            #expect(history.allSatisfy { $0["task"] as? Int == 1 && $0["by"] as? String == Self.user })
            #expect(history.allSatisfy { ($0["at"] as? String).map(Self.isTimestamp) == true })
            #expect(history.first?["from"] is NSNull)
            #expect(history.first?["to"] as? String == Self.note)
            #expect(history.last?["from"] is NSNull)
            #expect(Self.strings(history.last?["to"]) == Self.deadline)

            // And as another tool sees it.
            let list = try await CommandLineRun.taizhang(["list", "--json", "--ledger", session.ledger], scratch: scratch)
            #expect(list.status == 0)
            let row = try #require(try LedgerJSON.rows(list.stdoutData).first { $0["number"] as? Int == 1 })
            #expect(Self.strings(row["deadline"]) == Self.deadline)
            #expect(row["notes"] as? Int == 1)
        }

        /// Pinyin initials and full pinyin of 市司法局 find its three tasks, as typing the
        /// Chinese name does.
        @Test(arguments: ["sfj", "sifa"])
        func pinyinSearch(_ query: String) async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch, arguments: ["--today", "2022-07-01"])
            defer { session.kill() }
            try await session.waitForDashboard()
            try await session.press("/")
            try await session.waitFor("the search prompt") { $0.last?.hasPrefix(" Search:") == true }
            try await session.type(query)
            var screen = try await session.waitFor("three matching tasks") { DashboardScreen.tasksTitle($0) == "Tasks 3/57  search=\(query)" }
            #expect(DashboardScreen.taskRows(screen).numbers == [1, 2, 8])
            #expect(screen.last == " Search: \(query)")
            try await session.press("Enter")
            screen = try await session.waitFor("search mode to end") { $0.last?.hasPrefix(" Search:") == false }
            #expect(DashboardScreen.taskRows(screen).numbers == [1, 2, 8])
            DashboardScreen.checkFrame(screen, width: 100, height: 30)
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }

        static let deadline: [String: String?] = ["kind": "date", "date": "2022-06-30", "phrase": nil]

        /// A JSON object of strings and nulls (null → nil); anything else shows its type, so
        /// it can never compare equal by accident.
        static func strings(_ value: Any?) -> [String: String?]? {
            (value as? [String: Any])?.mapValues { field -> String? in
                field is NSNull ? nil : (field as? String) ?? "<\(type(of: field))>"
            }
        }

        /// `2022-07-01T09:30:00Z` (or with an offset) shown as `2022-07-01 09:30`.
        static func shownTime(_ iso: String) -> String {
            String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5))
        }

        /// An ISO 8601 time to the second, in UTC (`Z`) or with an offset.
        static func isTimestamp(_ text: String) -> Bool {
            text.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)/) != nil
        }
    }
}
