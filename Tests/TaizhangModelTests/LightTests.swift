import TaizhangImport
import Testing
@testable import TaizhangModel

/// Issue 14's lights on the bundled plan (issued 2022-06-17; tasks 5 and 45 due 2022-12-31,
/// 46 and 47 yearly, the rest with no deadline), task by task at fixed days: before, near
/// and past each deadline, and a yearly task with and without a note this year.
@Suite struct LightTests {
    func lights(_ ledger: Ledger, on day: String) throws -> [Int: Light?] {
        let judgement = Judgement(ledger, today: try #require(DayDate(day)))
        return Dictionary(uniqueKeysWithValues: ledger.plan.tasks.map { ($0.number, $0.light(judgement)) })
    }

    /// Every task's light but the ones named, which all share `rest`.
    func expect(_ lights: [Int: Light?], _ named: [Int: Light?], rest: Light?, sourceLocation: SourceLocation = #_sourceLocation) {
        for number in 1...57 {
            let expected = named[number] ?? rest
            #expect(lights[number] == expected, "task \(number)", sourceLocation: sourceLocation)
        }
    }

    @Test func theTimeOfTheYearDecides() throws {
        var ledger = Ledger.bundled()
        let stamp = Stamp(at: "2022-06-20T09:00:00+08:00", by: "coordinator")
        try ledger.apply(.status(task: 2, to: .doing), stamp: stamp)
        try ledger.apply(.status(task: 3, to: .done), stamp: stamp)
        #expect(ledger.plan.start(orYearOf: DayDate(year: 2030, month: 1, day: 1)!) == DayDate("2022-06-17"))

        // Two weeks in: everything open is on track.
        expect(try lights(ledger, on: "2022-07-01"), [3: Optional<Light>.none], rest: .green)
        // Past half of the plan's time (17 June → 31 December): what has not started is yellow,
        // what is under way stays green.
        expect(try lights(ledger, on: "2022-10-01"), [2: .green, 3: Optional<Light>.none, 46: .green, 47: .green], rest: .yellow)
        // Within 15 days of 31 December: 5 and 45 near their day, 46 and 47 with nothing
        // reported this year; task 2, under way with no deadline, stays green.
        expect(try lights(ledger, on: "2022-12-20"), [2: .green, 3: Optional<Light>.none], rest: .yellow)
        // Past the year's end: 5 and 45 are overdue.
        let after = try lights(ledger, on: "2023-01-02")
        #expect(after[5] == .red && after[45] == .red)
        #expect(after[46] == .green && after[3] == Optional<Light>.none)
    }

    @Test func aNoteThisYearKeepsYearlyWorkGreen() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.addNote(task: 46, text: "已召开领导小组会议"), stamp: Stamp(at: "2022-12-01T10:00:00+08:00", by: "市政府办公室"))
        let near = try lights(ledger, on: "2022-12-20")
        #expect(near[46] == .green && near[47] == .yellow)
    }

    @Test func aProblemOrAnExtensionAskedTurnsItYellow() throws {
        var ledger = Ledger.bundled()
        ledger.plan.tasks[1].notes.append(Note(at: "2022-07-01T10:00:00+08:00", by: "市司法局", text: "推进中", problem: "系统未上线"))
        ledger.plan.tasks[2].notes.append(Note(at: "2022-07-01T10:00:00+08:00", by: "市司法局", text: "推进中", extensionAsked: "2023-03-31"))
        ledger.plan.tasks[3].notes.append(Note(at: "2022-07-01T10:00:00+08:00", by: "市司法局", text: "推进中", nextStep: "下月完成"))
        let early = try lights(ledger, on: "2022-07-02")
        #expect(early[2] == .yellow && early[3] == .yellow && early[4] == .green)
    }

    /// The office's own rules and cycle, kept in the ledger, change the verdict.
    @Test func theOfficesRulesAreUsed() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.settings(LedgerSettings(lights: LightRules(dueSoonDays: 30, unstartedShare: 0.9))), stamp: Stamp(at: "2022-06-20T09:00:00+08:00", by: "coordinator"))
        let october = try lights(ledger, on: "2022-10-01")
        #expect(october[5] == .green && october[1] == .green)
        let december = try lights(ledger, on: "2022-12-05")
        #expect(december[5] == .yellow)
        try ledger.undo(stamp: Stamp(at: "2022-06-20T09:01:00+08:00", by: "coordinator"))
        #expect(ledger.settings == .standard)
    }

    @Test func cyclesNameTheirPeriods() throws {
        let day = try #require(DayDate("2026-11-27"))
        #expect(ReportingCycle.monthly(day: 25).period(containing: day) == .init(label: "2026-11", start: DayDate("2026-11-01")!, due: DayDate("2026-11-25")!))
        #expect(ReportingCycle.monthly(day: 31).period(containing: DayDate("2026-02-10")!).due == DayDate("2026-02-28"))
        #expect(ReportingCycle.quarterly(day: 20).period(containing: day) == .init(label: "2026-Q4", start: DayDate("2026-10-01")!, due: DayDate("2026-12-20")!))
        // 27 November 2026 is a Friday; the week starts on Monday the 23rd.
        #expect(day.weekday == 5)
        #expect(ReportingCycle.weekly(weekday: 5).period(containing: day).start == DayDate("2026-11-23"))
        #expect(ReportingCycle.weekly(weekday: 5).period(containing: day).due == day)
        let november = ReportingCycle.monthly(day: 25).period(containing: day)
        #expect(ReportingCycle.monthly(day: 25).period(before: november).label == "2026-10")
    }
}
