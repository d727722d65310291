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
}
