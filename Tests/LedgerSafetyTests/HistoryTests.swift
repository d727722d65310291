import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel

/// Every change goes into the history with its value before and after.
@Suite struct HistoryTests {
    let stamp = Stamp(at: "2026-11-27T17:05:09+08:00", by: "coordinator")

    @Test func recordsStatusChangesAndSkipsNoOps() throws {
        var ledger = Ledger.bundled()
        let entry = try ledger.apply(.status(task: 4, to: .done), stamp: stamp)
        #expect(entry == HistoryEntry(stamp, .edit(.status(task: 4, from: .todo, to: .done))))
        #expect(try ledger.apply(.status(task: 4, to: .done), stamp: stamp) == nil)
        #expect(ledger.history.count == 1)
        #expect(throws: LedgerChangeError.noSuchTask(99)) { try ledger.apply(.status(task: 99, to: .done), stamp: stamp) }
        #expect(throws: LedgerChangeError.emptyNote) { try ledger.apply(.addNote(task: 1, text: "  "), stamp: stamp) }
        #expect(throws: LedgerChangeError.noSuchUnit(task: 1, unit: "市教育局")) {
            try ledger.apply(.unitDone(task: 1, unit: "市教育局", done: true), stamp: stamp)
        }
        #expect(ledger.history.count == 1)
    }
}
