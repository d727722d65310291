import Testing
@testable import TaizhangModel

/// Every history entry holds an edit, and a ledger holds a year of them (16,756 at 10,000
/// tasks in the benchmark's ledger): an edit is as large as its largest inline case, so the
/// large ones stay `indirect` and a status change stays the size of a status change.
@Suite("History sizes")
struct HistorySizeTests {
    @Test func anEditIsAsSmallAsItsSmallCases() {
        // The largest inline case is an alias: a name and two optional names.
        #expect(MemoryLayout<Edit>.size == 49)
    }

    /// A note is its time, author and text; what only a unit's return adds is out of line.
    @Test func aNoteIsThreeStringsAndAReference() {
        #expect(MemoryLayout<Note>.size == 56)
        var note = Note(at: "2026-01-05T10:00:00+08:00", by: "市司法局", text: "已完成")
        let plain = note
        note.problem = "经费未到位"
        #expect(note.problem == "经费未到位" && note != plain)
        note.problem = nil
        #expect(note == plain && note.hashValue == plain.hashValue)
    }
}
