import TaizhangImport
@testable import TaizhangStore
import Testing
@testable import TaizhangModel
import TaizhangTestSupport

/// A note read from a ledger file is held once, by its task and by the history entry that
/// added it, when the two are equal byte for byte; the ledger reads and saves as before.
@Suite("Notes shared with the history")
struct SharedNotesTests {
    let stamp = Stamp(at: "2026-11-27T17:05:09+08:00", by: "coordinator")

    /// Where a string's bytes are: the same address means one copy.
    func storage(_ text: String) -> UnsafePointer<UInt8>? {
        var copy = text
        return copy.withUTF8 { $0.baseAddress }
    }

    func addedNote(_ ledger: Ledger, task: Int) -> (entry: HistoryEntry, note: Note)? {
        for entry in ledger.history {
            if case .edit(.note(task, nil, let note?)) = entry.event { return (entry, note) }
        }
        return nil
    }

    @Test func aReadLedgerHoldsEachNoteOnce() throws {
        let folder = TemporaryFolder()
        var ledger = Ledger.bundled()
        try ledger.apply(.addNote(task: 2, text: "已报送材料，待市政府审定后印发各区各部门执行落实"), stamp: stamp)
        try LedgerFile.save(ledger, to: folder.file("ledger.json"))
        let read = try #require(try LedgerFile.read(folder.file("ledger.json")))
        #expect(read == ledger)
        let (entry, inHistory) = try #require(addedNote(read, task: 2))
        let inTask = read.plan.tasks[1].notes[0]
        #expect(storage(inHistory.text) == storage(inTask.text))
        #expect(storage(inHistory.at) == storage(inTask.at))
        #expect(storage(entry.at) == storage(inTask.at))
        // Saved again, byte for byte the file it was read from.
        try LedgerFile.save(read, to: folder.file("again.json"))
        #expect(folder.bytes("again.json") == folder.bytes("ledger.json"))
    }

    /// A ledger in use keeps its history in a journal beside it, read on another thread.
    @Test func aLedgerWithAJournalHoldsEachNoteOnce() throws {
        let folder = TemporaryFolder()
        var store = LedgerStore(path: folder.file("ledger.json"))
        var ledger = try store.load(creatingWith: Ledger.bundled()).ledger
        try ledger.apply(.addNote(task: 2, text: "已报送材料，待市政府审定后印发各区各部门执行落实"), stamp: stamp)
        ledger = try store.save(ledger).ledger
        #expect(folder.bytes("ledger.json").map { String(decoding: $0, as: UTF8.self).contains("\"journal\"") } == true)
        for from in [Int64.max, 0] {
            // Whole, and in pieces (the store's read from 1 MiB, here from the first byte).
            var again = LedgerStore(path: folder.file("ledger.json"))
            again.piecesFrom = from
            let read = try #require(try again.loadForReading())
            #expect(read == ledger)
            let (entry, inHistory) = try #require(addedNote(read, task: 2))
            let inTask = read.plan.tasks[1].notes[0]
            #expect(storage(inHistory.text) == storage(inTask.text))
            #expect(storage(entry.at) == storage(inTask.at))
        }
    }

    @Test func aNoteChangedSinceIsNotShared() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.addNote(task: 2, text: "已报送材料，待市政府审定后印发"), stamp: stamp)
        var copy = ledger
        copy.plan.tasks[1].notes[0].text = "已报送材料，市政府已审定并印发"
        copy.shareNotesWithTasks()
        let (_, inHistory) = try #require(addedNote(copy, task: 2))
        #expect(inHistory.text == "已报送材料，待市政府审定后印发")
    }

    /// Composed and decomposed spellings are `==` as strings, but a note keeps the bytes it
    /// was written with: é as one scalar in the history, e + ◌́ in the task.
    @Test func equalButDifferentBytesStayApart() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.addNote(task: 2, text: "caf\u{E9} 已报送材料，待市政府审定后印发"), stamp: stamp)
        ledger.plan.tasks[1].notes[0].text = "cafe\u{301} 已报送材料，待市政府审定后印发"
        ledger.shareNotesWithTasks()
        let (_, inHistory) = try #require(addedNote(ledger, task: 2))
        #expect(inHistory.text.utf8.elementsEqual("caf\u{E9} 已报送材料，待市政府审定后印发".utf8))
        #expect(ledger.plan.tasks[1].notes[0].text.utf8.elementsEqual("cafe\u{301} 已报送材料，待市政府审定后印发".utf8))
    }
}
