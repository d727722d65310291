import TaizhangImport
import Testing
@testable import TaizhangModel

/// The history is typed in memory and written in the ledger's long-standing JSON shape: every
/// kind of event survives a save and a read, and history written by earlier builds reads back
/// to the same bytes.
@Suite struct HistoryCodecTests {
    let path = "/data/ledger.json"

    func stamp(_ second: Int, by user: String = "coordinator") -> Stamp {
        Stamp(at: "2026-11-27T17:05:\(second < 10 ? "0" : "")\(second)+08:00", by: user)
    }

    /// A ledger whose history holds every kind of event this build writes.
    func everyKind() throws -> Ledger {
        var ledger = Ledger.bundled()
        let unit = ledger.plan.tasks[0].units[0].name
        try ledger.apply(.status(task: 1, to: .doing), stamp: stamp(1))
        try ledger.apply(.addNote(task: 2, text: "已报送材料"), stamp: stamp(2))
        try ledger.apply(.deadline(task: 3, to: Deadline(.recurring(.quarterly), phrase: "每季度")), stamp: stamp(3))
        try ledger.apply(.deadline(task: 3, to: Deadline(.asWritten, phrase: "根据上级部署")), stamp: stamp(4), reason: "上级文件未下发")
        try ledger.apply(.addEvidence(task: 3, link: "https://www.zhuhai.gov.cn/zwgk/a.html", label: "公开页面", unit: "市司法局"), stamp: stamp(4))
        try ledger.apply(.removeEvidence(task: 3, link: "https://www.zhuhai.gov.cn/zwgk/a.html"), stamp: stamp(4))
        try ledger.apply(.addEvidence(task: 3, link: "报告.docx", label: nil, unit: nil), stamp: stamp(4))
        try ledger.apply(.recordReturn(ReturnRecord(unit: "市司法局", period: "2022-11", received: "2022-11-24T16:00:00+08:00", file: "市司法局-2022-11.xlsx", filledBy: "张三", phone: "0756-1234567")), stamp: stamp(4))
        ledger.plan.tasks[5].notes.append(Note(at: stamp(4).at, by: "市司法局", text: "已完成初稿", problem: "经费未到位", nextStep: "月底前定稿", extensionAsked: "2022-12-31"))
        try ledger.apply(.unitDone(task: 1, unit: unit, done: true), stamp: stamp(5))
        try ledger.apply(.alias(from: "市直其他单位", to: "市直各有关单位"), stamp: stamp(6))
        try ledger.apply(.group(name: "各区政府（管委会）", members: ["香洲区", "金湾区"]), stamp: stamp(7))
        let note = ledger.plan.tasks[1].notes[0]
        var edited = note
        edited.text = "已报送全部材料"
        try ledger.perform(.note(task: 2, from: note, to: edited), stamp: stamp(8))
        ledger.history.append(HistoryEntry(stamp(8), .edit(.note(task: 2, from: note, to: edited))))
        try ledger.undo(stamp: stamp(9))
        try ledger.redo(stamp: stamp(10))
        let backup = Ledger.bundled()
        ledger.restore(from: backup, label: "ledger-20261127T090000Z-g3.json", stamp: stamp(11))
        try ledger.undo(stamp: stamp(12))
        ledger.history.append(HistoryEntry(stamp(13, by: "bob"), .superseded(HistoryEntry(stamp(13, by: "bob"), .edit(.status(task: 7, from: .todo, to: .done))))))
        ledger.history.append(HistoryEntry(stamp(14), .unknown(field: "evidence", task: 4, from: .null, to: .object([JSONMember("url", .string("https://example.gov.cn/a"))]))))
        return ledger
    }

    @Test func everyKindOfEventSurvivesASaveAndARead() throws {
        let ledger = try everyKind()
        #expect(ledger.history.count == 18)
        #expect(ledger.returns.count == 1)
        #expect(ledger.history[3].reason == "上级文件未下发")
        let bytes = LedgerEncoding.bytes(ledger)
        let read = try LedgerDecoding.ledger(from: bytes, path: path)
        #expect(read.history == ledger.history)
        #expect(read == ledger)
        #expect(LedgerEncoding.bytes(read) == bytes)
    }

    /// History as schema 2 wrote it (one entry of each kind, byte for byte as that build
    /// printed it) reads into the typed events and is written back unchanged.
    @Test func historyFromEarlierBuildsReadsBackToTheSameBytes() throws {
        let entries = [
            #"{"at": "2026-11-27T17:00:01+08:00", "by": "alice", "task": 4, "field": "status", "from": "todo", "to": "done"}"#,
            #"{"at": "2026-11-27T17:00:02+08:00", "by": "alice", "task": 4, "field": "note", "from": null, "to": "区里已报送材料"}"#,
            #"{"at": "2026-11-27T17:00:03+08:00", "by": "alice", "task": 4, "field": "deadline", "from": null, "to": {"kind": "date", "date": "2022-12-31", "phrase": null}}"#,
            #"{"at": "2026-11-27T17:00:04+08:00", "by": "alice", "task": 1, "field": "unitDone", "from": {"unit": "市司法局", "done": false}, "to": {"unit": "市司法局", "done": true}}"#,
            #"{"at": "2026-11-27T17:00:05+08:00", "by": "alice", "task": null, "field": "alias", "from": {"from": "甲", "to": null}, "to": {"from": "甲", "to": "乙"}}"#,
            #"{"at": "2026-11-27T17:00:06+08:00", "by": "alice", "task": null, "field": "group", "from": {"name": "各区", "members": null}, "to": {"name": "各区", "members": ["香洲区"]}}"#,
            #"{"at": "2026-11-27T17:00:07+08:00", "by": "alice", "task": 4, "field": "undo", "from": {"at": "2026-11-27T17:00:01+08:00", "by": "alice", "task": 4, "field": "status", "from": "todo", "to": "done"}, "to": null}"#,
            #"{"at": "2026-11-27T17:00:08+08:00", "by": "bob", "task": 9, "field": "superseded", "from": {"at": "2026-11-27T17:00:08+08:00", "by": "bob", "task": 9, "field": "status", "from": "todo", "to": "doing"}, "to": null}"#,
        ]
        let bundled = String(decoding: LedgerEncoding.bytes(Ledger.bundled()), as: UTF8.self)
        let withHistory = bundled.replacingOccurrences(of: "\"history\": []", with: "\"history\": [" + entries.joined(separator: ", ") + "]")
        let read = try LedgerDecoding.ledger(from: Array(withHistory.utf8), path: path)
        #expect(read.history.map(\.event) == [
            .edit(.status(task: 4, from: .todo, to: .done)),
            .edit(.note(task: 4, from: nil, to: Note(at: "2026-11-27T17:00:02+08:00", by: "alice", text: "区里已报送材料"))),
            .edit(.deadline(task: 4, from: nil, to: Deadline(.date("2022-12-31")))),
            .edit(.unitDone(task: 1, unit: "市司法局", from: false, to: true)),
            .edit(.alias(name: "甲", from: nil, to: "乙")),
            .edit(.group(name: "各区", from: nil, to: ["香洲区"])),
            .undo(HistoryEntry(at: "2026-11-27T17:00:01+08:00", by: "alice", event: .edit(.status(task: 4, from: .todo, to: .done)))),
            .superseded(HistoryEntry(at: "2026-11-27T17:00:08+08:00", by: "bob", event: .edit(.status(task: 9, from: .todo, to: .doing)))),
        ])
        // Written back, the history is the same JSON (jq's layout, keys in the same order).
        let again = String(decoding: LedgerEncoding.bytes(read), as: UTF8.self)
        let reread = try JSONParser.parse(Array(again.utf8))
        let original = try JSONParser.parse(Array(withHistory.utf8))
        #expect(reread["history"] == original["history"])
    }

    /// An entry of a known kind whose values do not have the shape this build writes is kept
    /// as it was, never refused and never lost.
    @Test func oddEntriesAreKeptAsTheyWere() throws {
        let odd = #"{"at": "2026-11-27T17:00:01+08:00", "by": "alice", "task": 4, "field": "status", "from": "todo", "to": "finished"}"#
        let bundled = String(decoding: LedgerEncoding.bytes(Ledger.bundled()), as: UTF8.self)
        let text = bundled.replacingOccurrences(of: "\"history\": []", with: "\"history\": [" + odd + "]")
        let read = try LedgerDecoding.ledger(from: Array(text.utf8), path: path)
        #expect(read.history.first?.event == .unknown(field: "status", task: 4, from: .string("todo"), to: .string("finished")))
        var ledger = read
        #expect(try ledger.undo(stamp: stamp(1)) == nil)
        #expect(try JSONParser.parse(LedgerEncoding.bytes(read))["history"] == (try JSONParser.parse(Array(text.utf8)))["history"])
    }

    @Test func aNoteCanBeChangedAndDeletedAndTheChangeUndone() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.addNote(task: 2, text: "初稿"), stamp: stamp(1))
        let note = ledger.plan.tasks[1].notes[0]
        let changed = Note(at: note.at, by: note.by, text: "定稿")
        try ledger.perform(.note(task: 2, from: note, to: changed), stamp: stamp(2))
        #expect(ledger.plan.tasks[1].notes == [changed])
        try ledger.perform(.note(task: 2, from: changed, to: nil), stamp: stamp(3))
        #expect(ledger.plan.tasks[1].notes.isEmpty)
        #expect(throws: LedgerChangeError.noSuchNote(task: 2)) {
            try ledger.perform(.note(task: 2, from: changed, to: nil), stamp: stamp(4))
        }
        try ledger.perform(Edit.note(task: 2, from: changed, to: nil).reversed, stamp: stamp(5))
        #expect(ledger.plan.tasks[1].notes == [changed])
    }
}
