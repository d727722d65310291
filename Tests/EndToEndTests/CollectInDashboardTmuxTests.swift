import Foundation
import TaizhangTestSupport
import Testing

/// Collecting a return from the dashboard (`C`), on the built binary in tmux: a form made by
/// `taizhang forms`, filled by openpyxl as 市司法局 would, read from its folder, previewed,
/// recorded with `y`: the ledger then holds exactly that change, by the unit and its 填报人.
@Suite struct CollectInDashboardTmuxTests {
    @Test func aReturnedFormIsPreviewedThenRecordedWithY() async throws {
        let scratch = ScratchFolder()
        let ledger = ["--ledger", scratch.ledger]
        try scratch.freshLedger()
        _ = try await CommandLineRun.taizhang(["cycle", "monthly", "--day", "25"] + ledger, scratch: scratch)
        try FileManager.default.createDirectory(atPath: scratch.file("forms"), withIntermediateDirectories: true)
        let forms = try await CommandLineRun.taizhang(["forms", "--out", scratch.file("forms"), "--unit", "市司法局", "--today", "2026-11-10"] + ledger, scratch: scratch)
        #expect(forms.status == 0, "\(forms.stderr)")
        try FormFiller.fill(FormsRoundTripTests.form(scratch, "市司法局"), rows: [
            ["task": "1", "完成情况": "已完成", "进展情况": "规章库已全面更新", "填报人": "张三"],
        ])

        let session = try await TmuxSession(scratch: scratch, arguments: ["--today", "2026-11-27", "--lang", "zh"])
        defer { session.kill() }
        try await session.waitFor("the dashboard") { $0.first?.contains("taizhang") == true && $0.contains { $0.contains("任务") } }
        try await session.press("C")
        try await session.waitFor("the path prompt") { $0.last?.contains("收取回执（文件或文件夹）：") == true }
        try await session.type(scratch.file("forms"))
        try await session.press("Enter")
        let preview = try await session.waitFor("the preview") { $0.contains { $0.contains("收取回执预览") } && $0.contains { $0.contains("y 记入台账") } }
        #expect(preview.contains { $0.contains("市司法局") })
        let before = try #require(scratch.bytes(scratch.ledger))
        #expect((try LedgerJSON.tasks(inLedgerAt: scratch.ledger)[0]["unitsDone"] as? [String] ?? []).isEmpty, "nothing recorded before y")
        try await session.press("y")
        try await session.waitFor("the return recorded") { $0.contains { $0.contains("已记入回执") } }
        try await session.press("q")
        #expect(try await session.waitForExit().status == 0)
        #expect(scratch.bytes(scratch.ledger) != before)
        let task = try LedgerJSON.tasks(inLedgerAt: scratch.ledger)[0]
        #expect(task["unitsDone"] as? [String] == ["市司法局"])
        #expect((task["notes"] as? [[String: Any]])?.first?["by"] as? String == "市司法局（张三）")
        let others = try LedgerJSON.tasks(inLedgerAt: scratch.ledger).dropFirst()
        #expect(others.allSatisfy { ($0["notes"] as? [[String: Any]] ?? []).isEmpty && ($0["unitsDone"] as? [String] ?? []).isEmpty })
    }
}
