import TaizhangTestSupport
import Testing
@testable import TaizhangDashboard

/// A status change writes only the changed lines of the unit pane; whatever the sort and the
/// groups open, the pane must read as if it were made afresh from the same ledger, its cursor
/// still on its unit.
@Suite("The unit pane after a change")
struct WorkloadLinesInPlaceTests {
    @Test func linesAreThoseMadeAfresh() throws {
        var ledger = Fixtures.state().ledger
        try ledger.apply(.group(name: "各区政府（管委会）", members: ["香洲区", "金湾区", "斗门区"]), stamp: Fixtures.stamp)
        var state = DashboardState(ledger: ledger, ledgerPath: Fixtures.ledgerPath, width: 120, height: 40, today: Fixtures.today)
        var random = SeededRandom(seed: 35)
        let groups = state.workloadLines.filter(\.isGroup).compactMap(\.row.unit)
        #expect(!groups.isEmpty, "the bundled plan has a group of units")
        var differences: [String] = []
        var inPlace = 0
        var reordered = 0
        for step in 0..<400 {
            switch random.next(below: 10) {
            case 0:
                state.workloadSort = WorkloadSort.allCases[Int(random.next(below: UInt64(WorkloadSort.allCases.count)))]
                state.rebuildWorkloadLines()
            case 1:
                let group = groups[Int(random.next(below: UInt64(groups.count)))]
                if state.expandedGroups.contains(group) { state.expandedGroups.remove(group) } else { state.expandedGroups.insert(group) }
                state.rebuildWorkloadLines()
            default:
                let direction: Character = random.next(below: 2) == 0 ? "j" : "k"
                Fixtures.press(Array(repeating: .char(direction), count: Int(random.next(below: 9))), on: &state)
                let before = state.workloadLines.map(\.row.unit)
                state.workloadCursor = Int(random.next(below: UInt64(state.workloadLines.count)))
                let cursorUnit = state.workloadLines[state.workloadCursor].row.unit
                Fixtures.press([.char(" ")], on: &state)
                if state.workloadLines.map(\.row.unit) == before { inPlace += 1 } else { reordered += 1 }
                // The unit pane's cursor stays on its unit, wherever the change moved it.
                #expect(state.workloadLines[state.workloadCursor].row.unit == cursorUnit, "step \(step)")
            }
            var fresh = DashboardState(ledger: state.ledger, ledgerPath: Fixtures.ledgerPath, width: 120, height: 40, today: Fixtures.today)
            fresh.workloadSort = state.workloadSort
            fresh.expandedGroups = state.expandedGroups
            fresh.rebuildWorkloadLines()
            if state.workloadLines != fresh.workloadLines, differences.count < 3 {
                let first = zip(state.workloadLines, fresh.workloadLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                differences.append("step \(step) (\(state.workloadSort)): line \(first.map(String.init) ?? "count") differs")
            }
            #expect(state.workloadMeasure == fresh.workloadMeasure)
        }
        #expect(differences.isEmpty, "\(differences)")
        #expect(inPlace > 100, "changes that kept the order: \(inPlace)")
        #expect(reordered > 10, "changes that moved units: \(reordered)")
    }
}
