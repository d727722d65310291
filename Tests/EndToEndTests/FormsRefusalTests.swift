import Foundation
import TaizhangTestSupport
import Testing

/// Returns that must not go in, on the built binary: each refused with its message and the
/// ledger file byte for byte as it was.
@Suite(.serialized) struct FormsRefusalTests {
    /// A ledger with a monthly cycle and its forms; the ledger's bytes after.
    static func prepared(_ scratch: ScratchFolder) async throws -> [String] {
        let ledger = ["--ledger", scratch.ledger]
        try scratch.freshLedger()
        _ = try await CommandLineRun.taizhang(["cycle", "monthly", "--day", "25"] + ledger, scratch: scratch)
        try FileManager.default.createDirectory(atPath: scratch.file("forms"), withIntermediateDirectories: true)
        let forms = try await CommandLineRun.taizhang(["forms", "--out", scratch.file("forms"), "--today", "2026-11-10"] + ledger, scratch: scratch)
        #expect(forms.status == 0, "\(forms.stderr)")
        return ledger
    }

    static func justice(_ scratch: ScratchFolder) -> String { scratch.file("forms/台账填报表-市司法局-2026-11.xlsx") }

    /// Collects with --apply in Chinese; the ledger must not change.
    static func refused(_ paths: [String], _ scratch: ScratchFolder, ledger: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let before = try #require(scratch.bytes(scratch.ledger), sourceLocation: sourceLocation)
        let run = try await CommandLineRun.taizhang(
            ["collect"] + paths + ["--apply", "--today", "2026-11-27"] + ledger, scratch: scratch, environment: ["LANG": "zh_CN.UTF-8"],
            sourceLocation: sourceLocation)
        #expect(run.status == 0, "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(scratch.bytes(scratch.ledger) == before, "the ledger changed: \(run.stdout)", sourceLocation: sourceLocation)
        #expect(run.stdout.contains("0 项改动已记入台账"), "\(run.stdout)", sourceLocation: sourceLocation)
        return run.stdout
    }

    @Test func aConflictWaitsForTheCoordinator() async throws {
        let scratch = ScratchFolder()
        let ledger = try await Self.prepared(scratch)
        try FormFiller.fill(Self.justice(scratch), rows: [["task": "2", "完成情况": "已完成", "进展情况": "已完成建设"]])
        _ = try await CommandLineRun.taizhang(["reported", "2"] + ledger, scratch: scratch)
        _ = try await CommandLineRun.taizhang(["return", "2", "--reason", "请补充佐证材料"] + ledger, scratch: scratch)
        let output = try await Self.refused([Self.justice(scratch)], scratch, ledger: ledger)
        #expect(output.contains("任务 2：冲突，未采用。表格生成后，\(CommandLineRun.user) 于 "))
        #expect(output.contains("（状态：待销号 → 已退回（理由：请补充佐证材料）），本表填报为「已完成」。如确认采用本表，请加 --accept 2 重新收集"))
        #expect(output.contains("1 行冲突待定"))
        // Decided for the return: it goes in.
        let accepted = try await CommandLineRun.taizhang(["collect", Self.justice(scratch), "--apply", "--accept", "2"] + ledger, scratch: scratch)
        #expect(accepted.stdout.contains("  task 2 市司法局 done\n"), "\(accepted.stdout)")
        let task = try LedgerJSON.task(2, inLedgerAt: scratch.ledger)
        #expect(task["unitsDone"] as? [String] == ["市司法局"])
    }

    @Test func tamperedTextAnUnknownWordAndAUnitNoLongerNamed() async throws {
        let scratch = ScratchFolder()
        let ledger = try await Self.prepared(scratch)
        let task8 = "认真贯彻落实司法部《关于审理政府信息公开行政复议案件若干问题的指导意见》"
        try FormFiller.fill(
            Self.justice(scratch),
            rows: [["task": "1", "完成情况": "基本完成"], ["task": "2", "完成情况": "已完成"], ["task": "8", "完成情况": "已完成"]],
            replace: [(task8, task8 + "（改）")])
        _ = try await CommandLineRun.taizhang(["unit", "set", "2", "--lead", "市政府办公室"] + ledger, scratch: scratch)
        let output = try await Self.refused([Self.justice(scratch)], scratch, ledger: ledger)
        #expect(output.contains("任务 1：完成情况「基本完成」无法识别，请从 未开始、推进中、已完成、申请延期 中选择；本行未采用"))
        #expect(output.contains("任务 2：责任单位中没有 市司法局，本行未采用"))
        #expect(output.contains("任务 8：表格中的任务内容被改动过，与生成时不符，本行未采用"))
        #expect(output.contains("3 行未采用"))
    }

    /// A form made from another ledger (the same plan imported from its text: another 台账),
    /// and files that are no form at all.
    @Test func foreignFilesAreRefusedWhole() async throws {
        let scratch = ScratchFolder()
        let ledger = try await Self.prepared(scratch)
        let other = scratch.file("other.json")
        let imported = try await CommandLineRun.taizhang(["import", BuiltBinary.planDocument, "--out", other], scratch: scratch)
        #expect(imported.status == 0, "\(imported.stderr)")
        try FileManager.default.createDirectory(atPath: scratch.file("other"), withIntermediateDirectories: true)
        _ = try await CommandLineRun.taizhang(["forms", "--out", scratch.file("other"), "--unit", "市司法局", "--ledger", other], scratch: scratch)
        let foreign = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch.file("other")).first)
        try FormFiller.fill(scratch.file("other/" + foreign), rows: [["task": "1", "完成情况": "已完成"]])
        scratch.write(scratch.file("notes.csv"), "序号,具体要求,完成情况\n1,依托政府信息公开平台,已完成\n")
        let output = try await Self.refused([scratch.file("other/" + foreign), scratch.file("notes.csv")], scratch, ledger: ledger)
        #expect(output.contains("是根据另一份台账生成的，与本台账的任务不符，未采用"))
        #expect(output.contains("不是 taizhang 生成的填报表（找不到识别码），未采用"))
        let missing = try await CommandLineRun.taizhang(["collect", scratch.file("nowhere")] + ledger, scratch: scratch)
        #expect(missing.status != 0 && missing.stderr.contains("no file or folder"))
    }
}
