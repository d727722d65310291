import Foundation
import TaizhangTestSupport
import Testing

/// `forms`, `collect` and `chase` through the store seam: the same round trip on a JSON file
/// and on a plan in PostgreSQL, and a unit's account refused the coordinator's collecting.
@Suite("forms, collect and chase on a file and on a database")
struct FormsOnEitherStoreTests {
    static func form(_ scratch: ScratchFolder, _ unit: String) -> String {
        scratch.file("forms/台账填报表-\(unit)-2026-11.xlsx")
    }

    /// A form out of the ledger, filled in with openpyxl, collected with --apply: the unit's
    /// part and note are in the ledger by the unit and its 填报人, the return recorded; again,
    /// nothing changes; the other twelve units are chased.
    @Test(arguments: StoreKind.allCases)
    func oneUnitsReturnCollected(_ kind: StoreKind) async throws {
        let scratch = ScratchFolder()
        let ledger = try await LedgerUnderTest.fresh(kind, scratch)
        #expect(try await ledger.run(["cycle", "monthly", "--day", "25"]).status == 0)
        try FileManager.default.createDirectory(atPath: scratch.file("forms"), withIntermediateDirectories: true)
        let forms = try await ledger.run(["forms", "--out", scratch.file("forms"), "--unit", "市司法局", "--today", "2026-11-10"])
        #expect(forms.status == 0, "\(forms.stderr)")
        #expect(forms.stdout == "wrote \(Self.form(scratch, "市司法局")) (3 tasks)\nperiod 2026-11, due 2026-11-25\n")
        try FormFiller.fill(Self.form(scratch, "市司法局"), rows: [
            ["task": "1", "完成情况": "已完成", "进展情况": "规章库已全面更新", "填报人": "张三"],
        ])

        let applied = try await ledger.run(["collect", scratch.file("forms"), "--apply", "--received", "2026-11-24", "--today", "2026-11-27"])
        #expect(applied.status == 0, "\(applied.stderr)")
        let task = try await ledger.task(1)
        #expect(task["unitsDone"] as? [String] == ["市司法局"] && task["status"] as? String == "todo")
        #expect((task["notes"] as? [[String: Any]])?.map { $0["by"] as? String } == ["市司法局（张三）"])
        let history = try await ledger.history()
        #expect(Set(history.suffix(3).compactMap { $0["field"] as? String }) == ["unitDone", "note", "return"], "\(history)")
        // The unit's changes in its name and its 填报人's, the return recorded by the coordinator.
        #expect(history.suffix(3).dropLast().allSatisfy { $0["by"] as? String == "市司法局（张三）" })
        #expect(history.last?["by"] as? String == CommandLineRun.user)

        let saved = try await ledger.bytes()
        let again = try await ledger.run(["collect", scratch.file("forms"), "--apply", "--today", "2026-11-27"])
        #expect(again.stdout.contains("0 changes recorded in the ledger"), "\(again.stdout)")
        #expect(try await ledger.bytes() == saved)

        let chase = try await ledger.run(["chase", "--today", "2026-11-27"])
        #expect(chase.status == 0, "\(chase.stderr)")
        #expect(chase.stdout.components(separatedBy: "【催报】").count - 1 == 12)
        #expect(!chase.stdout.contains("【催报】市司法局"))
    }

    /// Collecting is the coordinator's: a unit's own account may read and make forms, but
    /// `collect --apply` is refused with the reason, and the plan on the server is unchanged.
    @Test func aUnitsAccountMayNotCollect() async throws {
        let scratch = ScratchFolder()
        let coordinator = try await LedgerUnderTest.fresh(.postgres, scratch)
        let role = "sfj_" + UUID().uuidString.prefix(6).lowercased()
        let passwordFile = scratch.file("password")
        scratch.write(passwordFile, "pw-\(role)\n")
        let granted = try await CommandLineRun.run(
            "/bin/sh", ["-c", "exec \"$0\" ledger grant \"$1\" \"$2\" --unit 市司法局 --password-stdin < \"$3\"",
                        try BuiltBinary.path(), coordinator.name, role, passwordFile],
            environment: CommandLineRun.environment(scratch, coordinator.environment), scratch: scratch, directory: scratch.path)
        #expect(granted.status == 0, "\(granted.stderr)")
        let server = try TestPostgres.server()
        let plan = String(coordinator.name.split(separator: "=").last ?? "")
        let unit = LedgerUnderTest(kind: .postgres, scratch: scratch, name: server.url(plan: plan, user: role), environment: ["PGPASSWORD": "pw-\(role)"])

        try FileManager.default.createDirectory(atPath: scratch.file("forms"), withIntermediateDirectories: true)
        let forms = try await unit.run(["forms", "--out", scratch.file("forms"), "--unit", "市司法局", "--today", "2026-11-10"])
        #expect(forms.status == 0, "\(forms.stderr)")
        try FormFiller.fill(Self.form(scratch, "市司法局"), rows: [["task": "1", "完成情况": "已完成", "填报人": "张三"]])
        let before = try await coordinator.bytes()
        let collected = try await unit.run(["collect", scratch.file("forms"), "--apply", "--today", "2026-11-27"])
        #expect(collected.status == 1)
        #expect(collected.stderr.contains("is the coordinator's to change, not 市司法局's; nothing was changed"), "\(collected.stderr)")
        #expect(try await coordinator.bytes() == before)
    }
}
