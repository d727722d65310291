import TaizhangImport
import Testing
@testable import TaizhangModel

/// 序时进度, the unit standings and ranking, the returns of a period, the log of extensions
/// and what a unit's 完成情况 changes, on the bundled plan (issued 2022-06-17).
@Suite struct OversightTests {
    let stamp = Stamp(at: "2022-07-01T09:00:00+08:00", by: "coordinator")

    func day(_ text: String) throws -> DayDate { try #require(DayDate(text)) }

    /// Dash's one rule (`Pace.swift`): behind when the share of time gone exceeds the share
    /// done; nothing started is behind as soon as time passes; under way (half) is on schedule
    /// until half the time is gone; ahead only when reported done before its time is up.
    @Test func paceComparesTheShareDoneWithTheTimeGone() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.status(task: 2, to: .doing), stamp: stamp)
        try ledger.apply(.status(task: 3, to: .reported), stamp: stamp)
        try ledger.apply(.status(task: 4, to: .done), stamp: stamp)
        func pace(_ number: Int, on text: String) throws -> Pace {
            ledger.plan.tasks[number - 1].pace(Judgement(ledger, today: try day(text)))
        }
        // On the day of issue no time is gone: all on schedule but what is reported.
        #expect(try pace(1, on: "2022-06-17") == .onSchedule)
        #expect(try pace(2, on: "2022-06-17") == .onSchedule)
        #expect(try pace(3, on: "2022-06-17") == .ahead)
        #expect(try pace(1, on: "2022-07-01") == .behind)
        #expect(try pace(2, on: "2022-07-01") == .onSchedule)
        #expect(try pace(2, on: "2022-11-01") == .behind)
        #expect(try pace(3, on: "2022-11-01") == .ahead)
        // Its time up, a reported task is no longer ahead.
        #expect(try pace(3, on: "2023-02-01") == .onSchedule)
        #expect(try pace(4, on: "2022-11-01") == .finished)
        // Task 5 is due 2022-12-31 (年底前): its own time, the same as the year's here.
        #expect(try pace(5, on: "2022-07-01") == .behind)
        // Yearly work has no share to finish: behind only when its light is red.
        #expect(try pace(46, on: "2022-12-20") == .onSchedule)
    }

    /// A unit's part: its own part done is all of it for the unit (ahead before the day);
    /// not done, the task counts half once under way, whatever the other units did.
    @Test func aUnitsPaceIsItsOwnPart() throws {
        var ledger = Ledger.bundled()
        let task = try #require(ledger.plan.tasks.first { $0.units.count >= 2 })
        let (first, second) = (task.units[0].name, task.units[1].name)
        try ledger.apply(.unitDone(task: task.number, unit: first, done: true), stamp: stamp)
        let judgement = Judgement(ledger, today: try day("2022-07-01"))
        let marked = ledger.plan.tasks[task.number - 1]
        #expect(marked.shareDone() == 1 / Double(task.units.count))
        #expect(marked.pace(judgement, partDone: true) == .ahead)
        #expect(marked.shareDone(partDone: false) == 0)
        let standings = ledger.unitStandings(today: judgement.today)
        #expect(standings.first { $0.unit == first }.map { $0.ahead >= 1 && $0.reported >= 1 } == true)
        #expect(standings.first { $0.unit == second }?.ahead == 0)
    }

    @Test func standingsCountEachUnitsPartAndRankThem() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.status(task: 1, to: .done), stamp: stamp)
        try ledger.apply(.unitDone(task: 8, unit: "市司法局", done: true), stamp: stamp)
        let standings = ledger.unitStandings(today: try day("2022-11-01"))
        #expect(standings.count == 13)
        let justice = try #require(standings.first { $0.unit == "市司法局" })
        #expect(justice.total == 3 && justice.signedOff == 1 && justice.reported == 1)
        #expect(justice.ahead == 1 && justice.behind == 1 && justice.overdue == 0)
        #expect(abs(justice.completion - 1.0 / 3) < 1e-9)
        let office = try #require(standings.first { $0.unit == "市政府办公室" })
        #expect(office.total == 10 && office.signedOff == 1 && office.behind == 9)

        let ranked = RankingOrder.completion.rank(standings)
        #expect(ranked.first?.standing.unit == "市司法局" && ranked.first?.rank == 1)
        #expect(ranked[1].standing.unit == "市政府办公室" && ranked[1].rank == 2)
        // The rest have none signed off: they share rank 3.
        #expect(ranked.dropFirst(2).allSatisfy { $0.rank == 3 })
        let behind = RankingOrder.behind.rank(standings)
        #expect(behind.first?.standing.unit == "各区政府（管委会）" && behind.first?.standing.behind == 49)
        // Its two yearly tasks (46, 47) are judged by their returns: on schedule.
        #expect(behind.first?.standing.onSchedule == 2)
    }

    @Test func returnsAreOnTimeLateAwaitedOrMissing() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.settings(LedgerSettings(cycle: .monthly(day: 25))), stamp: stamp)
        try ledger.apply(.recordReturn(ReturnRecord(unit: "市司法局", period: "2022-11", received: "2022-11-24T10:00:00+08:00", file: "a.xlsx")), stamp: stamp)
        try ledger.apply(.recordReturn(ReturnRecord(unit: "市财政局", period: "2022-11", received: "2022-11-26T10:00:00+08:00", file: "b.xlsx")), stamp: stamp)
        let before = ledger.returnStandings(today: try day("2022-11-20"))
        #expect(before.count == 13 && before.first { $0.unit == "市教育局" }?.state == .awaited)
        let today = try day("2022-11-27")
        let after = ledger.returnStandings(today: today)
        #expect(after.first { $0.unit == "市司法局" }?.state == .onTime)
        let late = try #require(after.first { $0.unit == "市财政局" })
        #expect(late.state == .late && late.daysLate(today: today) == 1)
        let missing = try #require(after.first { $0.unit == "市教育局" })
        #expect(missing.state == .missing && missing.daysLate(today: today) == 2)
        let due = try day("2022-11-25")
        #expect(after.first?.period.label == "2022-11" && after.first?.period.due == due)
        // Next month starts afresh.
        #expect(ledger.returnStandings(today: try day("2022-12-01")).allSatisfy { $0.state == .awaited })
    }

    @Test func extensionsAreTheDeadlineChangesInEffect() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.deadline(task: 3, to: Deadline(.date("2022-09-30"))), stamp: stamp)
        try ledger.apply(.deadline(task: 3, to: Deadline(.date("2022-12-31"))), stamp: stamp, reason: "系统升级")
        try ledger.apply(.deadline(task: 5, to: Deadline(.date("2023-03-31"))), stamp: stamp, reason: "资金未到位")
        try ledger.apply(.deadline(task: 5, to: Deadline(.date("2023-06-30"))), stamp: stamp)
        _ = try ledger.undo(stamp: stamp)
        let all = ledger.extensions()
        // Setting a first deadline is no extension; an undone change is none either.
        #expect(all.map(\.task) == [3, 5])
        #expect(all[0].from.date == "2022-09-30" && all[0].to?.date == "2022-12-31" && all[0].reason == "系统升级")
        #expect(all[1].from.phrase == "年底前" && all[1].reason == "资金未到位")
        #expect(ledger.extensions(of: 5).count == 1)
    }

    @Test func aUnitsProgressChangesItsPartOrTheTask() throws {
        var ledger = Ledger.bundled()
        // Task 1 names 市政府办公室 and 市司法局; task 3, 各区政府（管委会） and 市直各有关单位.
        #expect(ledger.progressChanges(task: 1, unit: "市司法局", progress: .done) == [.unitDone(task: 1, unit: "市司法局", done: true)])
        #expect(ledger.progressChanges(task: 1, unit: "市司法局", progress: .underWay) == [.status(task: 1, to: .doing)])
        #expect(ledger.progressChanges(task: 1, unit: "市司法局", progress: .notStarted).isEmpty)
        for change in ledger.progressChanges(task: 1, unit: "市司法局", progress: .done) { try ledger.apply(change, stamp: stamp) }
        // The last part reported makes the task reported; taking a part back puts it under way.
        let last = ledger.progressChanges(task: 1, unit: "市政府办公室", progress: .done)
        #expect(last == [.unitDone(task: 1, unit: "市政府办公室", done: true), .status(task: 1, to: .reported)])
        for change in last { try ledger.apply(change, stamp: stamp) }
        #expect(ledger.progressChanges(task: 1, unit: "市司法局", progress: .extensionAsked)
            == [.unitDone(task: 1, unit: "市司法局", done: false), .status(task: 1, to: .doing)])
        #expect(ledger.writtenNames(of: "市司法局", inTask: 1) == ["市司法局"])
        #expect(ledger.writtenNames(of: "市教育局", inTask: 1).isEmpty)
    }

    @Test func aNoteCarriesWhatAReturnSays() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.addNote(task: 2, text: "推进中", problem: "  人手不足 ", nextStep: "", extensionAsked: "2023-03-31"), stamp: stamp)
        let note = try #require(ledger.plan.tasks[1].notes.last)
        #expect(note.problem == "人手不足" && note.nextStep == nil && note.extensionAsked == "2023-03-31")
        #expect(ledger.reportingUnits(today: try day("2022-07-01")).count == 13)
    }
}
