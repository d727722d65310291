import TaizhangImport
import Testing
@testable import TaizhangModel

/// Issue 14's status flow in the model: a unit reports its part, the task is reported once
/// every part is, the coordinator signs it off or sends it back with a reason; each step is
/// recorded and undone like any change.
@Suite struct SignOffTests {
    let stamp = Stamp(at: "2022-07-01T09:00:00+08:00", by: "coordinator")

    @Test func partsThenReportThenReturnThenSignOff() throws {
        var ledger = Ledger.bundled()
        let units = ledger.plan.tasks[10].units.map(\.name)
        #expect(units.count == 4)
        for (position, unit) in units.enumerated() {
            let changes = ledger.partChanges(task: 11, unit: unit, done: true)
            let last = position == units.count - 1
            #expect(changes == [.unitDone(task: 11, unit: unit, done: true)] + (last ? [.status(task: 11, to: .reported)] : []))
            for change in changes { try ledger.apply(change, stamp: Stamp(at: stamp.at, by: unit)) }
        }
        #expect(ledger.plan.tasks[10].status == .reported)
        try ledger.apply(.status(task: 11, to: .returned), stamp: stamp, reason: "佐证材料不全")
        #expect(ledger.plan.tasks[10].status == .returned && ledger.history.last?.reason == "佐证材料不全")
        // Taking a part back from a returned task changes only the part.
        #expect(ledger.partChanges(task: 11, unit: units[0], done: false) == [.unitDone(task: 11, unit: units[0], done: false)])
        try ledger.apply(.status(task: 11, to: .done), stamp: stamp)
        #expect(ledger.plan.tasks[10].status == .done && !ledger.plan.tasks[10].status.isOpen)
        // …and from a signed-off one puts it back under way.
        #expect(ledger.partChanges(task: 11, unit: units[0], done: false) == [.unitDone(task: 11, unit: units[0], done: false), .status(task: 11, to: .doing)])
        // Undone step by step: signed off → returned → reported → to do.
        try ledger.undo(stamp: stamp)
        #expect(ledger.plan.tasks[10].status == .returned)
        try ledger.undo(stamp: stamp)
        #expect(ledger.plan.tasks[10].status == .reported)
        try ledger.undo(stamp: stamp)
        #expect(ledger.plan.tasks[10].status == .todo && ledger.plan.tasks[10].unitsDone.count == 4)
    }

    @Test func aReportByTheCoordinatorIsTheWholeTask() {
        let ledger = Ledger.bundled()
        #expect(ledger.reportChanges(task: 4, unit: nil) == [.status(task: 4, to: .reported)])
        #expect(ledger.reportChanges(task: 4, unit: "各区政府（管委会）") == [.unitDone(task: 4, unit: "各区政府（管委会）", done: true), .status(task: 4, to: .reported)])
    }

    @Test func theQuickPathStillSignsOff() {
        #expect(TaskStatus.todo.next == .doing && TaskStatus.doing.next == .done && TaskStatus.done.next == .todo)
        #expect(TaskStatus.reported.next == .done && TaskStatus.returned.next == .doing)
        #expect(TaskStatus.allCases.filter(\.isUnderWay) == [.doing, .reported, .returned])
    }
}
