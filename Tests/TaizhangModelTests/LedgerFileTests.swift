import TaizhangImport
@testable import TaizhangStore
import Foundation
import Testing
@testable import TaizhangModel
import TaizhangTestSupport

@Suite struct LedgerFileTests {
    let stamp = Stamp(at: "2026-11-27T17:05:09+08:00", by: "coordinator")

    @Test func roundTripIsLosslessAndByteStable() throws {
        let folder = TemporaryFolder()
        var ledger = Ledger.bundled()
        try ledger.apply(.status(task: 4, to: .done), stamp: stamp)
        try ledger.apply(.status(task: 35, to: .doing), stamp: stamp)
        ledger.plan.tasks[0].notes = [Note(at: stamp.at, by: "张三", text: "已报送\t\"引号\"\n第二行\u{1B}")]
        try LedgerFile.save(ledger, to: folder.file("ledger.json"))
        let first = try #require(folder.bytes("ledger.json"))
        let reread = try #require(try LedgerFile.read(folder.file("ledger.json")))
        #expect(reread == ledger)
        try LedgerFile.save(reread, to: folder.file("again.json"))
        #expect(folder.bytes("again.json") == first)
    }

    @Test func writesReadableJSONWithChineseUnescapedInAFixedOrder() throws {
        let text = String(decoding: LedgerEncoding.bytes(Ledger.bundled()), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Array(lines.prefix(6)) == [
            "{",
            "  \"format\": \"taizhang-ledger\",",
            "  \"schema\": \(Ledger.schema),",
            "  \"generation\": 0,",
            "  \"source\": \"bundled:zhuhai-2022\",",
            "  \"plan\": {",
        ])
        #expect(text.contains("    \"documentNumber\": \"珠府办〔2022〕6号\",\n"))
        #expect(text.contains("      \"text\": \"积极发挥广东数字政府“粤系列”平台优势，提供防疫大数据支持。\",\n"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func savingLeavesNoTemporaryFileAndAPrivateNewFile() throws {
        let folder = TemporaryFolder()
        try LedgerFile.save(Ledger.bundled(), to: folder.file("ledger.json"))
        #expect(folder.names == ["ledger.json"])
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file("ledger.json"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func savingKeepsPermissionsAndSymlinks() throws {
        let folder = TemporaryFolder()
        try LedgerFile.save(Ledger.bundled(), to: folder.file("real.json"))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: folder.file("real.json"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.json"), withDestinationPath: "real.json")
        var ledger = Ledger.bundled()
        try ledger.apply(.status(task: 1, to: .done), stamp: stamp)
        try LedgerFile.save(ledger, to: folder.file("link.json"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.json")) == "real.json")
        #expect(try LedgerFile.read(folder.file("real.json")) == ledger)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file("real.json"))
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect(folder.names == ["link.json", "real.json"])
    }

    @Test func createRefusesAnExistingFile() throws {
        let folder = TemporaryFolder()
        folder.write("ledger.json", Array("keep me".utf8))
        #expect(throws: LedgerError.exists(path: folder.file("ledger.json"))) {
            try LedgerFile.create(Ledger.bundled(), at: folder.file("ledger.json"))
        }
        #expect(folder.bytes("ledger.json") == Array("keep me".utf8))
        #expect(folder.names == ["ledger.json"])
    }

    @Test func createsMissingFolders() throws {
        let folder = TemporaryFolder()
        let path = folder.file("a/b/ledger.json")
        try LedgerFile.create(Ledger.bundled(), at: path)
        #expect(try LedgerFile.read(path)?.plan.tasks.count == 57)
    }

    @Test func aMissingFileReadsAsNoLedger() throws {
        let folder = TemporaryFolder()
        #expect(try LedgerFile.read(folder.file("none.json")) == nil)
    }
}

/// The streaming writer and the tree writer give the same bytes, for a ledger that uses
/// every field.
@Test func streamingEncodingMatchesTheTree() throws {
    var ledger = Ledger.bundled()
    let stamp = Stamp(at: "2026-11-27T17:05:09+08:00", by: "张三")
    try ledger.apply(.status(task: 4, to: .doing), stamp: stamp)
    try ledger.apply(.addNote(task: 4, text: "第一行\n\"引号\"\t\u{1B}"), stamp: stamp)
    try ledger.apply(.deadline(task: 9, to: Deadline(.recurring(.yearly), phrase: "每年")), stamp: stamp)
    try ledger.apply(.unitDone(task: 14, unit: "市卫生健康局", done: true), stamp: stamp)
    try ledger.apply(.alias(from: "市直其他单位", to: "市直各有关单位"), stamp: stamp)
    try ledger.apply(.group(name: "各区政府（管委会）", members: ["香洲区"]), stamp: stamp)
    ledger.plan.tasks[2].unitsInherited = true
    ledger.plan.tasks[3].sourceLine = nil
    #expect(LedgerEncoding.bytes(ledger) == JSONWriter.bytes(LedgerEncoding.value(ledger)))
    #expect(LedgerEncoding.bytes(Ledger.bundled()) == JSONWriter.bytes(LedgerEncoding.value(Ledger.bundled())))
}
