import TaizhangImport
import Testing
@testable import TaizhangModel

/// 序时进度 on the bundled plan (issued 2022-06-17; task 5 due 2022-12-31, 46 and 47 yearly,
/// most with no deadline, judged to the end of 2022), and the workload's lights and tasks
/// behind per unit, which must match a count made afresh after every change.
@Suite struct PaceTests {
    static let stamp = Stamp(at: "2022-06-20T09:00:00+08:00", by: "coordinator")

    func paces(_ ledger: Ledger, on day: String) throws -> [Int: Pace] {
        let judgement = Judgement(ledger, today: try #require(DayDate(day)))
        return Dictionary(uniqueKeysWithValues: ledger.plan.tasks.map { ($0.number, $0.pace(judgement)) })
    }

    func ledgerWithWork() throws -> Ledger {
        var ledger = Ledger.bundled()
        try ledger.apply(.status(task: 2, to: .doing), stamp: Self.stamp)
        try ledger.apply(.status(task: 3, to: .done), stamp: Self.stamp)
        try ledger.apply(.status(task: 4, to: .reported), stamp: Self.stamp)
        return ledger
    }

    @Test func behindWhenMoreTimeIsGoneThanWorkDone() throws {
        let ledger = try ledgerWithWork()
        // The day of issue: no time gone, nothing behind.
        let first = try paces(ledger, on: "2022-06-17")
        #expect(first[1] == .onSchedule && first[2] == .onSchedule && first[3] == .finished && first[4] == .ahead)
        // Two weeks in: work not started is behind; started counts as half done.
        let early = try paces(ledger, on: "2022-07-01")
        #expect(early[1] == .behind && early[5] == .behind)
        #expect(early[2] == .onSchedule && early[3] == .finished && early[4] == .ahead)
        // Yearly work is judged by its light: green in July, so on schedule.
        #expect(early[46] == .onSchedule && early[47] == .onSchedule)
        // Past half the time, started work falls behind too; reported work is never behind.
        let autumn = try paces(ledger, on: "2022-10-01")
        #expect(autumn[2] == .behind && autumn[4] == .ahead)
        // After the year: all time gone, reported work is on schedule, not ahead.
        #expect(try paces(ledger, on: "2023-02-01")[4] == .onSchedule)
    }

    @Test func unitsPartsCountTowardTheShareDone() throws {
        var ledger = Ledger.bundled()
        let task = ledger.plan.tasks[0]
        #expect(task.units.count == 2)
        try ledger.apply(.unitDone(task: 1, unit: task.units[0].name, done: true), stamp: Self.stamp)
        let done = ledger.plan.tasks[0]
        #expect(done.shareDone() == 0.5)
        #expect(done.shareDone(partDone: true) == 1)
        #expect(done.shareDone(partDone: false) == 0)
        let judgement = Judgement(ledger, today: DayDate("2022-07-01")!)
        // Half done with little time gone: on schedule as a whole, behind for the unit not done.
        #expect(done.pace(judgement) == .onSchedule)
        #expect(done.pace(judgement, partDone: false) == .behind)
        #expect(done.pace(judgement, partDone: true) == .ahead)
    }

    @Test func everyOpenPartHasOneLightAndBehindIsOfThose() throws {
        let ledger = try ledgerWithWork()
        let workload = Workload(ledger: ledger, today: DayDate("2022-10-01")!)
        #expect(workload.oversight.count == workload.rows.count)
        for (row, counts) in zip(workload.rows, workload.oversight) {
            #expect(counts.red + counts.yellow + counts.green == row.open, "\(row.unit ?? "-")")
            #expect(counts.behind <= row.open)
        }
        let office = try #require(workload.oversight(of: "市政府办公室"))
        // Ten tasks: task 2 under way (green, yet behind by October: half done, more than
        // half its time gone), the other nine not started past half their time (yellow, behind).
        #expect(office == OversightCounts(red: 0, yellow: 9, green: 1, behind: 10))
    }

    @Test func changesKeepTheCountsAsARecountWouldMakeThem() throws {
        var ledger = Ledger.bundled()
        let today = DayDate("2022-10-01")!
        var workload = Workload(ledger: ledger, today: today)
        let changes: [LedgerChange] = [
            .status(task: 1, to: .doing), .unitDone(task: 14, unit: ledger.plan.tasks[13].units[0].name, done: true),
            .status(task: 35, to: .reported), .status(task: 8, to: .done), .addNote(task: 46, text: "已召开会议"),
        ]
        for change in changes {
            let position = try #require(change.task.flatMap(ledger.taskIndex))
            let before = ledger.plan.tasks[position]
            try ledger.apply(change, stamp: Self.stamp)
            workload.taskChanged(from: before, to: ledger.plan.tasks[position])
            #expect(workload.oversight == Workload(ledger: ledger, today: today).oversight, "\(change)")
        }
    }
}
