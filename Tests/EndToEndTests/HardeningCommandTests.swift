import Foundation
import TaizhangImport
import TaizhangModel
import TaizhangStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 11's findings on the command line, each as a regression test: nothing smuggled to
/// the terminal or a spreadsheet, nothing read that blocks, no write to a ledger nobody
/// named, no byte of a ledger lost.
@Suite("hardening on the command line")
struct HardeningCommandTests {
    /// What a hostile sharer could plant: a colour change, a window title (OSC), a bell, a
    /// one-byte CSI, NUL, a right-to-left override and a terminal reset.
    static let planted = "甲\u{1B}[31m红\u{1B}]0;pwned\u{07}\u{9B}2J\u{0}\u{202E}乙\u{1B}c"

    /// A ledger with the planted text in every field a command prints.
    static func hostileLedger(at path: String) throws {
        var ledger = Ledger.bundled()
        let stamp = Stamp(at: "2026-11-27T10:00:00+08:00", by: "mallory" + planted)
        ledger.plan.title += planted
        ledger.plan.documentNumber = planted
        ledger.plan.areas[0].title += planted
        ledger.plan.areas[0].sections[0].title += planted
        ledger.plan.tasks[0].text += planted
        ledger.plan.tasks[0].units.append(UnitAssignment(name: "市" + planted + "局", role: .supporting))
        ledger.importWarnings.append(ImportWarning(line: 9, task: 1, .legacy(message: "warning " + planted)))
        try ledger.apply(.addNote(task: 1, text: "=HYPERLINK(\"http://x\")" + planted), stamp: stamp)
        try ledger.apply(.deadline(task: 1, to: Deadline(.asWritten, phrase: planted)), stamp: stamp)
        try ledger.apply(.alias(from: planted, to: "市司法局"), stamp: stamp)
        try ledger.apply(.group(name: "组" + planted, members: ["市司法局", planted]), stamp: stamp)
        try ledger.apply(.status(task: 1, to: .doing), stamp: stamp)
        try LedgerFile.create(ledger, at: path)
    }

    /// The first raw control byte in `data` (C0 but line feed, DEL, C1 as UTF-8, bidi
    /// controls), nil when there is none. `allowCRLF` lets a CSV's own line ends through.
    static func firstControl(in data: Data, allowCRLF: Bool = false) -> String? {
        let bytes = [UInt8](data)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A { continue }
            if byte == 0x0D, allowCRLF, index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
            if byte < 0x20 || byte == 0x7F { return "byte 0x\(String(byte, radix: 16)) at \(index)" }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return "C1 at \(index)" }
            if byte == 0xE2, index + 2 < bytes.count {
                let (second, third) = (bytes[index + 1], bytes[index + 2])
                if second == 0x80, (0xAA...0xAE).contains(third) { return "bidi control at \(index)" }
                if second == 0x81, (0xA6...0xA9).contains(third) { return "bidi isolate at \(index)" }
            }
        }
        return nil
    }

    @Test func noCommandPassesAPlantedControlSequenceToTheTerminal() async throws {
        let scratch = ScratchFolder()
        let path = scratch.file("ledger\u{1B}[2J.json")
        try Self.hostileLedger(at: path)
        // A broken ledger whose error message quotes a key holding the escape.
        let broken = scratch.file("broken.json")
        scratch.write(broken, #"{"x\u001b[2J":1,"x\u001b[2J":2}"#)
        // A plan whose lines are quoted in the import's warnings.
        let plan = scratch.file("plan\u{1B}[31m.txt")
        scratch.write(plan, "青禾市工作要点分工方案\n一、加强解读\n1.做好解读。（牵头单位：市政府办公室）\n\u{1B}]0;pwned\u{07}游离的文字\u{0}\n2.推行问答。（责任单位：市直各有关单位）\n")
        let runs: [([String], Bool)] = [
            (["list"], false), (["list", "--json"], false), (["show", "1"], false), (["workload"], false),
            (["workload", "--json"], false), (["units"], false), (["log"], false), (["log", "1"], false),
            (["report"], false), (["report", "--format", "html"], false), (["report", "--format", "json"], false),
            (["report", "--format", "csv", "--view", "open"], true), (["backups"], false), (["show", "99"], false),
            (["note", "1", "又一条" + Self.planted], false), (["undo"], false), (["unit", "done", "1", "市" + Self.planted + "局"], false),
        ]
        for (arguments, csv) in runs {
            for language in ["C.UTF-8", "zh_CN.UTF-8"] {
                let result = try await CommandLineRun.taizhang(arguments + ["--ledger", path], scratch: scratch, environment: ["LANG": language])
                #expect(Self.firstControl(in: result.stdoutData, allowCRLF: csv) == nil, "stdout of \(arguments) under \(language)")
                #expect(Self.firstControl(in: Data(result.stderr.utf8)) == nil, "stderr of \(arguments) under \(language)")
            }
        }
        for arguments in [["list", "--ledger", broken], ["import", plan, "--check"], ["import", plan, "--out", scratch.file("new.json")]] {
            let result = try await CommandLineRun.taizhang(arguments, scratch: scratch)
            #expect(Self.firstControl(in: result.stdoutData) == nil, "stdout of \(arguments)")
            #expect(Self.firstControl(in: Data(result.stderr.utf8)) == nil, "stderr of \(arguments): \(result.stderr)")
        }
        let refused = try await CommandLineRun.taizhang(["list", "--ledger", broken], scratch: scratch)
        #expect(refused.stderr.contains("duplicate key \"x^[[2J\""), "\(refused.stderr)")
    }

    /// A cell reading `=HYPERLINK(…)` stays text in the CSV (OWASP's leading quote). The
    /// note's cell begins with its date (the full-text reports), so a cell of its own is
    /// planted too: evidence, which a return fills in as the unit typed it.
    @Test func aCSVReportCarriesNoFormula() async throws {
        let scratch = ScratchFolder()
        try Self.hostileLedger(at: scratch.ledger)
        let evidence = try await CommandLineRun.taizhang(["evidence", "1", "=HYPERLINK(\"http://y\")", "--ledger", scratch.ledger], scratch: scratch)
        #expect(evidence.status == 0, "\(evidence.stderr)")
        let result = try await CommandLineRun.taizhang(["report", "--format", "csv", "--view", "open", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        let fields = result.stdout.components(separatedBy: ",")
        #expect(fields.contains { $0.hasPrefix("\"'=HYPERLINK(") }, "\(result.stdout)")
        #expect(fields.contains { $0.contains(" =HYPERLINK(") })
        #expect(!fields.contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") })
    }

    /// `import --force` onto a symlinked ledger: the backup holds the real ledger, its
    /// history read in from its journal so the copy stands alone, the link stays a link, and
    /// the import goes to the file it points at. The backup still reads once the journal
    /// it came from is gone.
    @Test func importForceThroughASymlinkKeepsTheRealLedger() async throws {
        let scratch = ScratchFolder()
        let real = scratch.file("real.json")
        _ = try await CommandLineRun.taizhang(["done", "4", "--ledger", real], scratch: scratch)
        let original = try #require(scratch.bytes(real))
        let whole = try LedgerJSON.file(real)
        #expect((whole["history"] as? [Any])?.count == 1)
        let link = scratch.file("link.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let result = try await CommandLineRun.taizhang(["import", BuiltBinary.planDocument, "--out", link, "--force"], scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        let backup = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch.path).first { $0.hasPrefix("link.json.bak-") })
        let keptBytes = try #require(scratch.bytes(scratch.file(backup)))
        let kept = try #require(try LedgerJSON.parse(keptBytes) as? [String: Any])
        #expect(kept["journal"] == nil)
        func canonical(_ object: [String: Any]) throws -> Data { try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) }
        #expect(try canonical(kept) == canonical(whole))
        try FileManager.default.removeItem(atPath: scratch.file("real.history-1.jsonl"))
        let shown = try await CommandLineRun.taizhang(["log", "--ledger", scratch.file(backup)], scratch: scratch)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.split(separator: "\n").count == 1, "\(shown.stdout)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(scratch.bytes(real) != original)
        #expect(try LedgerJSON.statuses(inLedgerAt: real) == LedgerJSON.allTodo())
    }

    /// A FIFO or a device named as the ledger is refused at once, never read.
    @Test(arguments: ["fifo", "/dev/zero"]) func onlyRegularFilesAreRead(kind: String) async throws {
        let scratch = ScratchFolder()
        var path = kind
        if kind == "fifo" {
            path = scratch.file("ledger.fifo")
            #expect(mkfifo(path, 0o600) == 0)
        }
        for arguments in [["list"], ["done", "1"], ["report"]] {
            let result = try await CommandLineRun.taizhang(arguments + ["--ledger", path], scratch: scratch)
            #expect(result.status == 1)
            #expect(result.stderr.contains("only regular files are read"), "\(arguments): \(result.stderr)")
        }
    }

    /// A ledger someone made read-only is left alone, with the reason.
    @Test func aReadOnlyLedgerIsNotReplaced() async throws {
        let scratch = ScratchFolder()
        try scratch.freshLedger()
        #expect(chmod(scratch.ledger, 0o444) == 0)
        let before = scratch.bytes(scratch.ledger)
        let result = try await CommandLineRun.taizhang(["done", "1", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the file is read-only (mode 444)"), "\(result.stderr)")
        #expect(scratch.bytes(scratch.ledger) == before)
    }

    /// A ledger whose save counter is at the largest number still saves.
    @Test func theLargestGenerationStillSaves() async throws {
        let scratch = ScratchFolder()
        var ledger = Ledger.bundled()
        ledger.generation = Int.max
        try LedgerFile.create(ledger, at: scratch.ledger)
        let result = try await CommandLineRun.taizhang(["done", "1", "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        let saved = try #require(try LedgerFile.read(scratch.ledger))
        #expect(saved.generation == Int.max && saved.plan.tasks[0].status == .done)
    }

    /// No write to a ledger nobody named: an empty --ledger, a mistyped folder, no HOME.
    @Test func noLedgerIsMadeWhereNobodyAskedForOne() async throws {
        let scratch = ScratchFolder()
        let empty = try await CommandLineRun.taizhang(["done", "1", "--ledger", ""], scratch: scratch)
        #expect(empty.status != 0 && empty.stderr.contains("--ledger is empty"), "\(empty.stderr)")
        let typo = try await CommandLineRun.taizhang(["done", "1", "--ledger", scratch.file("typo/ledgr.json")], scratch: scratch)
        #expect(typo.status == 1 && typo.stderr.contains("does not exist (is the path mistyped?)"), "\(typo.stderr)")
        let report = try await CommandLineRun.taizhang(["report", "--ledger", scratch.file("ledgr.json")], scratch: scratch)
        #expect(report.status == 1 && report.stdout.isEmpty && report.stderr.contains("there is no ledger at"), "\(report.stderr)")
        let homeless = try await CommandLineRun.run(
            try BuiltBinary.path(), ["done", "1"], environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"],
            scratch: scratch, directory: scratch.path)
        #expect(homeless.status != 0 && homeless.stderr.contains("no ledger named"), "\(homeless.stderr)")
        // Plain `taizhang` (the dashboard, opened without a parse) refuses the same way, with
        // the dashboard's usage line rather than every subcommand.
        let plain = try await CommandLineRun.run(
            try BuiltBinary.path(), [], environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm"],
            scratch: scratch, directory: scratch.path)
        #expect(plain.status == 64, "\(plain.stderr)")
        #expect(plain.stderr.hasPrefix("Error: no ledger named: give --ledger PATH or set TAIZHANG_LEDGER"), "\(plain.stderr)")
        #expect(plain.stderr.contains("Usage: taizhang dashboard [--ledger <path|url>]") && !plain.stderr.contains("SUBCOMMANDS"), "\(plain.stderr)")
        #expect(scratch.allNames.filter { !$0.hasPrefix("home") && !$0.hasPrefix("out-") && !$0.hasPrefix("err-") }.isEmpty, "\(scratch.allNames)")
        let negative = try await CommandLineRun.taizhang(["show", "-1"], scratch: scratch, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(negative.stderr == "错误：-1 不是任务编号：任务编号从 1 开始\n")
    }

    /// Reports take the ledger's permissions: a private ledger's report is private too.
    @Test(arguments: [0o600, 0o640]) func reportsInheritTheLedgersMode(mode: Int) async throws {
        let scratch = ScratchFolder()
        try scratch.freshLedger()
        #expect(chmod(scratch.ledger, mode_t(mode)) == 0)
        let out = scratch.file("report.md")
        let result = try await CommandLineRun.taizhang(["report", "--out", out, "--ledger", scratch.ledger], scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect((attributes[.posixPermissions] as? Int) == mode)
    }
}
