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

    /// Several notes to a task, one edited and one deleted since: each entry that added a
    /// note still standing shares it, whether or not the note is where the count of notes
    /// added so far puts it; an edited or deleted one keeps its own.
    @Test func notesAddedEditedAndDeletedAreSharedWhereTheyStand() throws {
        var ledger = Ledger.bundled()
        let texts = ["第一次催办：请于本周内报送", "第二次催办：材料仍未报送", "第三次催办：已约谈", "第四次：已报送"]
        for (offset, text) in texts.enumerated() {
            try ledger.apply(.addNote(task: 2, text: text), stamp: Stamp(at: "2026-11-2\(offset)T17:05:09+08:00", by: "coordinator"))
        }
        try ledger.apply(.deleteNote(task: 2, index: 0), stamp: stamp)
        try ledger.apply(.editNote(task: 2, index: 1, text: "第三次催办：已约谈，限期整改"), stamp: stamp)
        // Read back from its bytes, where every string is made anew and then shared.
        let copy = try LedgerDecoding.ledger(from: LedgerEncoding.bytes(ledger), path: "/data/ledger.json")
        #expect(copy == ledger)
        let notes = copy.plan.tasks[1].notes
        #expect(notes.map(\.text) == [texts[1], "第三次催办：已约谈，限期整改", texts[3]])
        var added: [Note] = []
        for entry in copy.history {
            if case .edit(.note(2, nil, let note?)) = entry.event { added.append(note) }
        }
        #expect(added.count == 4)
        // The second and fourth stand as written: shared although each is one place earlier
        // in the task than the count of notes added before it.
        #expect(storage(added[1].text) == storage(notes[0].text))
        #expect(storage(added[3].text) == storage(notes[2].text))
        #expect(storage(added[0].text) != nil && !notes.contains { storage($0.text) == storage(added[0].text) })
        #expect(added[2].text == texts[2] && storage(added[2].text) != storage(notes[1].text))
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
