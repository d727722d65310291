import Foundation
import TaizhangDashboard
import TaizhangModel
import TaizhangStore
import Testing

/// The one workload rule, end to end: on one ledger changed through the command line (parts
/// done, an alias, a group whose member also stands on its own), the dashboard's unit rows,
/// `workload --json` and the report's units view give every unit the same numbers.
@Suite("one workload rule in every view")
struct OneWorkloadTests {
    static let today = "2023-01-05"
    static let fields = ["total", "done", "doing", "open", "overdue", "lead", "responsible", "supporting", "reference"]

    /// The bundled plan as a coordinator left it: statuses, two units' own parts done, a
    /// deadline passed, 市直其他单位 counted as 市直各有关单位, and 各区政府（管委会） grouped with
    /// 市政府办公室 (which the plan also names on its own) and a district no task names.
    static func ledger(_ scratch: ScratchFolder) async throws {
        let changes: [[String]] = [
            ["done", "4"], ["start", "7", "11"],
            ["unit", "done", "1", "市司法局"], ["unit", "done", "14", "市卫生健康局"], ["unit", "done", "31", "市政府办公室"],
            ["due", "5", "2022-12-31"], ["due", "45", "2022-12-31"],
            ["unit", "alias", "市直其他单位", "市直各有关单位"],
            ["unit", "group", "各区政府（管委会）", "市政府办公室", "香洲区"],
        ]
        for change in changes {
            let result = try await CommandLineRun.taizhang(change + ["--ledger", scratch.ledger], scratch: scratch)
            #expect(result.status == 0, "\(change): \(result.stderr)")
        }
    }

    /// Unit name ("" for the tasks with no unit) → its numbers, from JSON objects.
    static func numbers(_ rows: [[String: Any]]) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for row in rows {
            let name = row["unit"] as? String ?? ""
            #expect(result[name] == nil, "\(name) listed twice")
            result[name] = fields.map { row[$0] as? Int ?? -1 }
        }
        return result
    }

    /// The dashboard's unit pane with every group expanded, as unit → numbers.
    static func dashboardNumbers(_ ledgerPath: String) throws -> [String: [Int]] {
        var store = LedgerStore(path: ledgerPath)
        let ledger = try #require(try store.loadForReading())
        var state = DashboardState(ledger: ledger, ledgerPath: ledgerPath, width: 120, height: 40, today: try #require(DayDate(today)))
        let stamp = Stamp(at: "2023-01-05T09:00:00+08:00", by: "t")
        _ = Dashboard.update(&state, .focus(.workload), now: { stamp })
        for group in ledger.groups {
            let row = try #require(state.workloadLines.firstIndex { $0.row.unit == group.name }, "no row \(group.name)")
            _ = Dashboard.update(&state, .first, now: { stamp })
            _ = Dashboard.update(&state, .move(row), now: { stamp })
            _ = Dashboard.update(&state, .toggleGroup, now: { stamp })
            #expect(state.workloadLines[row].isExpanded)
        }
        var result: [String: [Int]] = [:]
        for line in state.workloadLines {
            let row = line.row
            let numbers = [row.total, row.done, row.doing, row.open, row.overdue, row.leads, row.responsible, row.supporting, row.reference]
            let name = row.unit ?? ""
            // A member shown on its own row and under its group must read the same.
            #expect(result[name] == nil || result[name] == numbers, "\(name) differs between its rows")
            result[name] = numbers
        }
        return result
    }

    @Test func dashboardWorkloadAndReportAgree() async throws {
        let scratch = ScratchFolder()
        try await Self.ledger(scratch)

        let workload = try await CommandLineRun.taizhang(["workload", "--json", "--today", Self.today, "--ledger", scratch.ledger], scratch: scratch)
        #expect(workload.status == 0, "\(workload.stderr)")
        let fromWorkload = Self.numbers(try LedgerJSON.rows(workload.stdoutData))

        let report = try await CommandLineRun.taizhang(
            ["report", "--format", "json", "--view", "units", "--today", Self.today, "--ledger", scratch.ledger], scratch: scratch)
        #expect(report.status == 0, "\(report.stderr)")
        let reportObject = try #require(try LedgerJSON.parse(report.stdoutData) as? [String: Any])
        let fromReport = Self.numbers(try #require(reportObject["units"] as? [[String: Any]]))

        let fromDashboard = try Self.dashboardNumbers(scratch.ledger)

        #expect(fromWorkload.count == 14, "12 units after the alias, 香洲区 and no unit")
        #expect(Set(fromWorkload.keys) == Set(fromReport.keys))
        #expect(Set(fromWorkload.keys) == Set(fromDashboard.keys))
        for (unit, numbers) in fromWorkload.sorted(by: { $0.key < $1.key }) {
            #expect(fromReport[unit] == numbers, "report, \(unit)")
            #expect(fromDashboard[unit] == numbers, "dashboard, \(unit)")
        }

        // The numbers themselves, counted by hand from the plan. [total, done, doing, open,
        // overdue, lead, responsible, supporting, reference]
        // 市司法局: tasks 1, 2, 8, leading each; its part of 1 done.
        #expect(fromWorkload["市司法局"] == [3, 1, 0, 2, 0, 3, 0, 0, 0])
        // The group: the 51 tasks of 各区政府（管委会） and 4 more of 市政府办公室, each once; task 4
        // done; 7 and 11 in progress; 5 and 45 (市政府办公室's) overdue. Task 31 is not done
        // for the group: 市政府办公室 did its part, the districts not.
        #expect(fromWorkload["各区政府（管委会）"]?.prefix(5) == [55, 1, 2, 54, 2])
        // 市政府办公室 counts its own 10 and the group's 51 (6 shared); its own part of 31 done.
        #expect(fromWorkload["市政府办公室"]?.prefix(5) == [55, 2, 2, 53, 2])
        // 香洲区: no task names it; it carries the group's 51.
        #expect(fromWorkload["香洲区"]?.prefix(5) == [51, 1, 2, 50, 1])
        // 市卫生健康局's part of task 14 done; 11 in progress.
        #expect(fromWorkload["市卫生健康局"]?.prefix(4) == [5, 1, 1, 4])
        #expect(fromWorkload["市直各有关单位"]?[0] == 40)
        #expect(fromWorkload["市直其他单位"] == nil)
        #expect(fromWorkload[""] == [1, 0, 0, 1, 0, 0, 0, 0, 0])
    }
}
