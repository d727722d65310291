import Foundation
import Testing

/// Issue 5 on the command line: `note`, `due`, `unit alias`, `unit group` and `units`, each
/// checked in its output and in the ledger file, and a refused argument leaving the file
/// byte for byte as it was.
@Suite("taizhang note / due / unit / units")
struct DailyWorkCommandTests {
    /// `note 4 TEXT` adds one note stamped with USER; `list --json` counts it and `show`
    /// prints it.
    @Test func noteIsRecorded() async throws {
        let scratch = ScratchFolder()
        let text = "区政府已报送第一季度进展（3个专区已建成）"
        let result = try await CommandLineRun.taizhang(["note", "4", text, "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "task 4: note added\n")

        let notes = try #require(try LedgerJSON.task(4, inLedgerAt: scratch.ledger)["notes"] as? [[String: Any]])
        #expect(notes.count == 1)
        #expect(notes.first?["text"] as? String == text)
        #expect(notes.first?["by"] as? String == CommandLineRun.user)
        let at = try #require(notes.first?["at"] as? String)
        #expect(DashboardInTmux.DailyWork.isTimestamp(at), "\(at)")
        let history = try #require(try LedgerJSON.file(scratch.ledger)["history"] as? [[String: Any]])
        #expect(history.count == 1)
        #expect(history.first?["field"] as? String == "note")
        #expect(history.first?["task"] as? Int == 4)
        #expect(history.first?["to"] as? String == text)
        #expect(try LedgerJSON.statuses(inLedgerAt: scratch.ledger) == LedgerJSON.allTodo())

        let list = try await CommandLineRun.taizhang(["list", "--json", "--ledger", scratch.ledger], scratch: scratch)
        let rows = try LedgerJSON.rows(list.stdoutData)
        #expect(rows.map { $0["notes"] as? Int } == (1...57).map { $0 == 4 ? 1 : 0 })
        let show = try await CommandLineRun.taizhang(["show", "4", "--ledger", scratch.ledger], scratch: scratch)
        #expect(show.stdout.hasSuffix("\n1. \(at) \(CommandLineRun.user): \(text)\n"), "\(show.stdout)")
    }

    /// `due 4 DATE` sets a date deadline, `due 4 none` clears it, both in the history.
    @Test func dueSetsAndClears() async throws {
        let scratch = ScratchFolder()
        var result = try await CommandLineRun.taizhang(["due", "4", "2022-06-30", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "task 4: due 2022-06-30\n")
        let deadline: [String: String?] = ["kind": "date", "date": "2022-06-30", "phrase": nil]
        #expect(DashboardInTmux.DailyWork.strings(try LedgerJSON.task(4, inLedgerAt: scratch.ledger)["deadline"]) == deadline)
        let list = try await CommandLineRun.taizhang(["list", "--json", "--ledger", scratch.ledger], scratch: scratch)
        let row = try #require(try LedgerJSON.rows(list.stdoutData).first { $0["number"] as? Int == 4 })
        #expect(DashboardInTmux.DailyWork.strings(row["deadline"]) == deadline)

        result = try await CommandLineRun.taizhang(["due", "4", "none", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "task 4: no deadline\n")
        #expect(try LedgerJSON.task(4, inLedgerAt: scratch.ledger)["deadline"] is NSNull)
        let history = try #require(try LedgerJSON.file(scratch.ledger)["history"] as? [[String: Any]])
        #expect(history.map { $0["field"] as? String } == ["deadline", "deadline"])
        #expect(history.first?["from"] is NSNull)
        #expect(DashboardInTmux.DailyWork.strings(history.first?["to"]) == deadline)
        #expect(DashboardInTmux.DailyWork.strings(history.last?["from"]) == deadline)
        #expect(history.last?["to"] is NSNull)
    }

    /// A date that does not exist, or words that name no date, are a usage error (64) naming
    /// the value (an empty one is refused, never read as "none"), and the ledger is not
    /// touched — not rewritten, not even re-saved. (`2022-6-30` is a date as people type it.)
    @Test(arguments: [
        ("2022-13-01", "no such day: 2022-13-01"), ("2022-02-30", "no such day: 2022-02-30"),
        ("tomorrow", "tomorrow: not a date"), ("20220630", "20220630: not a date"), ("", "not a date"),
    ])
    func badDateIsRefused(_ date: String, _ reason: String) async throws {
        let scratch = ScratchFolder()
        _ = try await CommandLineRun.taizhang(["due", "4", "2022-06-30", "--ledger", scratch.ledger], scratch: scratch)
        let before = try #require(scratch.bytes(scratch.ledger))
        let result = try await CommandLineRun.taizhang(["due", "4", date, "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: \(reason)"), "\(result.stderr)")
        #expect(scratch.bytes(scratch.ledger) == before)
    }

    /// A date as people type it, without leading zeros, is the day it names.
    @Test func aDateWithoutLeadingZerosIsRead() async throws {
        let scratch = ScratchFolder()
        let result = try await CommandLineRun.taizhang(["due", "4", "2022-6-30", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0)
        #expect(result.stdout == "task 4: due 2022-06-30\n")
    }

    /// The plan's own day typed again changes nothing: 2022-12-31 keeps its words (年底前),
    /// as the dashboard's prompt does.
    @Test func thePlansOwnDayTypedAgainKeepsItsWords() async throws {
        let scratch = ScratchFolder()
        let result = try await CommandLineRun.taizhang(["due", "5", "2022-12-31", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "task 5: due 2022-12-31 (年底前) (unchanged)\n")
    }

    /// With no ledger yet, a refused date creates none.
    @Test func badDateCreatesNoLedger() async throws {
        let scratch = ScratchFolder()
        let result = try await CommandLineRun.taizhang(["due", "4", "2022-13-01", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 64)
        #expect(!scratch.exists(scratch.ledger))
    }

    /// An unknown task: non-zero, named, nothing changed.
    @Test func dueForUnknownTaskChangesNothing() async throws {
        let scratch = ScratchFolder()
        _ = try await CommandLineRun.taizhang(["due", "4", "2022-06-30", "--ledger", scratch.ledger], scratch: scratch)
        let before = try #require(scratch.bytes(scratch.ledger))
        let result = try await CommandLineRun.taizhang(["due", "99", "2022-06-30", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no task 99"), "\(result.stderr)")
        #expect(scratch.bytes(scratch.ledger) == before)
    }

    /// 市直其他单位 (4 tasks, none shared with 市直各有关单位) counted as 市直各有关单位: 36 → 40,
    /// its own row gone; `units` shows the alias.
    @Test func aliasMergesWorkload() async throws {
        let scratch = ScratchFolder()
        try scratch.freshLedger()
        var workload = try await Self.workload(scratch)
        #expect(workload["市直各有关单位"]?["total"] == 36)
        #expect(workload["市直其他单位"]?["total"] == 4)

        let result = try await CommandLineRun.taizhang(
            ["unit", "alias", "市直其他单位", "市直各有关单位", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "市直其他单位 now counts as 市直各有关单位\n")
        let aliases = try #require(try LedgerJSON.file(scratch.ledger)["aliases"] as? [[String: String]])
        #expect(aliases == [["from": "市直其他单位", "to": "市直各有关单位"]])

        let units = try await CommandLineRun.taizhang(["units", "--ledger", scratch.ledger], scratch: scratch)
        #expect(units.status == 0)
        #expect(units.stdout.split(separator: "\n").contains(
            "市直各有关单位        40 tasks: lead 24, responsible 4, supporting 12, reference 0; also written 市直其他单位"), "\(units.stdout)")
        #expect(!units.stdout.split(separator: "\n").contains { $0.hasPrefix("市直其他单位 ") }, "\(units.stdout)")

        workload = try await Self.workload(scratch)
        #expect(workload["市直各有关单位"]?["total"] == 40)
        #expect(workload["市直各有关单位"]?["open"] == 40)
        #expect(workload["市直其他单位"] == nil)
        #expect(workload["各区政府（管委会）"]?["total"] == 51, "other units are not affected")
    }

    /// A group names the bodies behind a collective unit; `units` lists them.
    @Test func groupIsListed() async throws {
        let scratch = ScratchFolder()
        let result = try await CommandLineRun.taizhang(
            ["unit", "group", "各区政府（管委会）", "香洲区", "金湾区", "斗门区", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "各区政府（管委会） = 香洲区、金湾区、斗门区\n")
        let groups = try #require(try LedgerJSON.file(scratch.ledger)["groups"] as? [[String: Any]])
        #expect(groups.count == 1)
        #expect(groups.first?["name"] as? String == "各区政府（管委会）")
        #expect(groups.first?["members"] as? [String] == ["香洲区", "金湾区", "斗门区"])

        let units = try await CommandLineRun.taizhang(["units", "--ledger", scratch.ledger], scratch: scratch)
        #expect(units.status == 0)
        let lines = units.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "各区政府（管委会）    51 tasks: lead 51, responsible 0, supporting 0, reference 0; members 香洲区、金湾区、斗门区")
        #expect(lines.filter { $0.contains("members") }.count == 1)
        // Each district carries the 51 tasks addressed to the districts as a whole.
        #expect(lines.contains("香洲区" + String(repeating: " ", count: 16) + "51 tasks: lead 51, responsible 0, supporting 0, reference 0; in group 各区政府（管委会）"))
        #expect(lines.count == 17, "13 named units, 3 members and the tasks with none")
        #expect(lines.last == "(no unit)" + String(repeating: " ", count: 14) + "1 task: lead 0, responsible 0, supporting 0, reference 0")
    }

    /// `workload --json` as unit → the numeric fields.
    static func workload(_ scratch: ScratchFolder) async throws -> [String: [String: Int]] {
        let result = try await CommandLineRun.taizhang(["workload", "--json", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        var units: [String: [String: Int]] = [:]
        for row in try LedgerJSON.rows(result.stdoutData) {
            guard let name = row["unit"] as? String else { continue }
            units[name] = row.compactMapValues { $0 as? Int }
        }
        return units
    }
}
