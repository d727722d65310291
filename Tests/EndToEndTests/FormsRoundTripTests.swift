import Foundation
import TaizhangTestSupport
import Testing

/// Issue 13's round trip, on the built binary: forms for every unit of the bundled plan, four
/// filled in as units would (openpyxl; rows sorted and a column added in one; one re-saved
/// by LibreOffice, one saved as .xls, one as CSV), collected with --apply: exactly the filled
/// changes, each by its unit and 填报人; the others reported as not returned, and chased.
@Suite(.serialized) struct FormsRoundTripTests {
    static let units = [
        "各区政府（管委会）", "市直各有关单位", "市政府办公室", "市政务服务数据管理局", "市卫生健康局", "市直其他单位", "市直其他有关单位",
        "市司法局", "各区政府", "市财政局", "市税务局", "市人力资源社会保障局", "市教育局",
    ]

    static func form(_ scratch: ScratchFolder, _ unit: String, _ ext: String = "xlsx") -> String {
        scratch.file("forms/台账填报表-\(unit)-2026-11.\(ext)")
    }

    /// Converts a filled form with LibreOffice and puts the result in its place.
    static func resave(_ scratch: ScratchFolder, _ unit: String, as format: String, ext: String) throws {
        let folder = TemporaryFolder()
        let converted = try #require(try Printing.office(form(scratch, unit), to: format, in: folder))
        try FileManager.default.removeItem(atPath: form(scratch, unit))
        try FileManager.default.copyItem(atPath: converted, toPath: form(scratch, unit, ext))
    }

    @Test func formsOutReturnsInAndTheRestChased() async throws {
        let scratch = ScratchFolder()
        let ledger = ["--ledger", scratch.ledger]
        try scratch.freshLedger()
        _ = try await CommandLineRun.taizhang(["cycle", "monthly", "--day", "25"] + ledger, scratch: scratch)
        try FileManager.default.createDirectory(atPath: scratch.file("forms"), withIntermediateDirectories: true)
        let forms = try await CommandLineRun.taizhang(["forms", "--out", scratch.file("forms"), "--today", "2026-11-10"] + ledger, scratch: scratch)
        #expect(forms.status == 0, "\(forms.stderr)")
        #expect(forms.stdout.split(separator: "\n").filter { $0.hasPrefix("wrote ") }.count == 13)
        for unit in Self.units { #expect(scratch.exists(Self.form(scratch, unit)), "\(unit)") }
        #expect(forms.stdout.hasSuffix("period 2026-11, due 2026-11-25\n"))

        try FormFiller.fill(Self.form(scratch, "市司法局"), rows: [
            ["task": "1", "完成情况": "已完成", "进展情况": "规章库已全面更新", "佐证材料": "https://www.zhuhai.gov.cn/gz", "填报人": "张三", "联系电话": "0756-1234567"],
            ["task": "8", "完成情况": "申请延期", "进展情况": "申请延期至2027年3月31日"],
        ], reverse: true, insert: true)
        try FormFiller.fill(Self.form(scratch, "市财政局"), rows: [["task": "5", "完成情况": "已完成", "佐证材料": "补贴发放公示.pdf", "填报人": "李四"]])
        try Self.resave(scratch, "市财政局", as: "xlsx", ext: "xlsx")
        try FormFiller.fill(Self.form(scratch, "市教育局"), rows: [["task": "23", "完成情况": "正在推进", "进展情况": "已部署，含逗号,和\"引号\"", "填报人": "王五"]])
        try Self.resave(scratch, "市教育局", as: "xls", ext: "xls")
        try FormFiller.fill(Self.form(scratch, "市税务局"), rows: [["task": "18", "完成情况": "完成", "进展情况": "政策库已上线", "填报人": "赵六"]])
        try Self.resave(scratch, "市税务局", as: "csv:Text - txt - csv (StarCalc):44,34,76,1", ext: "csv")

        let preview = try await CommandLineRun.taizhang(["collect", scratch.file("forms"), "--today", "2026-11-27"] + ledger, scratch: scratch)
        #expect(preview.status == 0, "\(preview.stderr)")
        let before = try #require(scratch.bytes(scratch.ledger))
        #expect(preview.stdout.contains("to record (add --apply to record them)"))
        let applied = try await CommandLineRun.taizhang(
            ["collect", scratch.file("forms"), "--apply", "--received", "2026-11-24", "--today", "2026-11-27"] + ledger, scratch: scratch,
            environment: ["LANG": "zh_CN.UTF-8"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(scratch.bytes(scratch.ledger) != before)
        #expect(applied.stdout.contains("2026-11 已报送（4）"))
        let missing = Self.units.filter { !["市司法局", "市财政局", "市教育局", "市税务局"].contains($0) }
        #expect(applied.stdout.contains("2026-11 未报送（9）：" + missing.joined(separator: "、")), "\(applied.stdout)")

        // Exactly the filled changes, each by its unit and 填报人.
        let json = try LedgerJSON.file(scratch.ledger)
        let tasks = try LedgerJSON.tasks(inLedgerAt: scratch.ledger)
        func task(_ number: Int) -> [String: Any] { tasks[number - 1] }
        func notes(_ number: Int) -> [[String: Any]] { task(number)["notes"] as? [[String: Any]] ?? [] }
        #expect(task(1)["unitsDone"] as? [String] == ["市司法局"])
        #expect(notes(1).map { $0["by"] as? String } == ["市司法局（张三）"])
        #expect((task(1)["evidence"] as? [[String: Any]])?.first?["link"] as? String == "https://www.zhuhai.gov.cn/gz")
        #expect(task(8)["status"] as? String == "doing" && notes(8).first?["extensionAsked"] as? String == "2027-03-31")
        #expect(task(5)["unitsDone"] as? [String] == ["市财政局"] && (task(5)["evidence"] as? [[String: Any]])?.count == 1)
        #expect(task(23)["status"] as? String == "doing" && notes(23).first?["text"] as? String == "已部署，含逗号,和\"引号\"")
        #expect(notes(23).first?["by"] as? String == "市教育局（王五）")
        #expect(task(18)["unitsDone"] as? [String] == ["市税务局"] && notes(18).first?["by"] as? String == "市税务局（赵六）")
        let changed: Set<Int> = [1, 5, 8, 18, 23]
        for number in 1...57 where !changed.contains(number) {
            #expect(task(number)["status"] as? String == "todo" && notes(number).isEmpty && (task(number)["unitsDone"] as? [String] ?? []).isEmpty, "task \(number)")
        }
        let returns = try #require(json["returns"] as? [[String: Any]])
        #expect(Set(returns.compactMap { $0["unit"] as? String }) == ["市司法局", "市财政局", "市教育局", "市税务局"])
        #expect(returns.allSatisfy { ($0["received"] as? String)?.hasPrefix("2026-11-24") == true && $0["period"] as? String == "2026-11" })

        // The same returns again change nothing.
        let saved = try #require(scratch.bytes(scratch.ledger))
        let again = try await CommandLineRun.taizhang(["collect", scratch.file("forms"), "--apply", "--today", "2026-11-27"] + ledger, scratch: scratch)
        #expect(again.stdout.contains("0 changes recorded in the ledger"), "\(again.stdout)")
        #expect(scratch.bytes(scratch.ledger) == saved)

        // 报送情况 in the report, and the chase for the nine.
        let report = try await CommandLineRun.taizhang(["report", "--view", "returns", "--format", "csv", "--today", "2026-11-27"] + ledger, scratch: scratch)
        #expect(report.stdout.components(separatedBy: ",按时报送,").count - 1 == 4)
        #expect(report.stdout.components(separatedBy: ",未报送,").count - 1 == 9)
        let chase = try await CommandLineRun.taizhang(["chase", "--today", "2026-11-27"] + ledger, scratch: scratch)
        #expect(chase.stdout.components(separatedBy: "【催报】").count - 1 == 9)
        #expect(chase.stdout.contains("【催报】市教育局") == false)
        let one = try await CommandLineRun.taizhang(["chase", "--unit", "市政府办公室", "--today", "2026-11-27"] + ledger, scratch: scratch)
        #expect(one.stdout.hasPrefix("【催报】市政府办公室：\n《珠海市贯彻落实国家和省2022年政务公开工作要点分工方案》2026-11落实情况应于2026年11月25日前报送，截至2026年11月27日尚未收到贵单位报送，已逾期2天。"))
        #expect(one.stdout.contains("贵单位尚未办结的任务（10项）："))
    }
}
