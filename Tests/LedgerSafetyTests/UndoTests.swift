import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel

/// Undo and redo are changes too: recorded, many levels deep, surviving a save and reload.
@Suite struct UndoTests {
    @Test func undoAndRedoManyLevelsDeep() throws {
        let original = Ledger.bundled()
        var ledger = original
        try ledger.apply(.status(task: 1, to: .doing), stamp: Fixture.stamp(1))
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(2))
        try ledger.apply(.addNote(task: 2, text: "已报送"), stamp: Fixture.stamp(3))
        try ledger.apply(.deadline(task: 3, to: Deadline(.date("2026-12-31"))), stamp: Fixture.stamp(4))
        try ledger.apply(.unitDone(task: 1, unit: ledger.plan.tasks[0].units[0].name, done: true), stamp: Fixture.stamp(5))
        try ledger.apply(.alias(from: "甲", to: "乙"), stamp: Fixture.stamp(6))
        try ledger.apply(.group(name: "各区", members: ["香洲区", "斗门区"]), stamp: Fixture.stamp(7))
        let changed = ledger
        #expect(ledger.nextUndo?.edit == .group(name: "各区", from: nil, to: ["香洲区", "斗门区"]))
        for step in 0..<7 {
            #expect(try ledger.undo(stamp: Fixture.stamp(10 + step)) != nil)
        }
        #expect(try ledger.undo(stamp: Fixture.stamp(20)) == nil)
        // Everything is back; only "status last changed" now names the undo, which changed it.
        #expect(Progress(ledger) == Progress(original))
        #expect(ledger.history.count == 14)
        #expect(ledger.history[7] == HistoryEntry(Fixture.stamp(10), .undo(HistoryEntry(Fixture.stamp(7), .edit(.group(name: "各区", from: nil, to: ["香洲区", "斗门区"]))))))
        for step in 0..<7 {
            #expect(try ledger.redo(stamp: Fixture.stamp(30 + step)) != nil)
        }
        #expect(try ledger.redo(stamp: Fixture.stamp(40)) == nil)
        #expect(Progress(ledger) == Progress(changed))
    }

    /// A new change ends the redo chain; undo then goes on below it.
    @Test func aNewChangeEndsRedo() throws {
        var ledger = Ledger.bundled()
        try ledger.apply(.status(task: 1, to: .done), stamp: Fixture.stamp(1))
        try ledger.apply(.status(task: 2, to: .done), stamp: Fixture.stamp(2))
        try ledger.undo(stamp: Fixture.stamp(3))
        #expect(ledger.nextRedo?.task == 2)
        try ledger.apply(.status(task: 3, to: .doing), stamp: Fixture.stamp(4))
        #expect(ledger.nextRedo == nil)
        try ledger.undo(stamp: Fixture.stamp(5))
        #expect(ledger.plan.tasks[2].status == .todo)
        #expect(ledger.nextUndo?.task == 1)
        try ledger.undo(stamp: Fixture.stamp(6))
        #expect(ledger.plan.tasks.prefix(3).map(\.status) == [.todo, .todo, .todo])
        #expect(ledger.nextRedo?.task == 1)
        try ledger.redo(stamp: Fixture.stamp(7))
        #expect(ledger.nextRedo?.task == 3)
        try ledger.redo(stamp: Fixture.stamp(8))
        #expect(ledger.plan.tasks.prefix(3).map(\.status) == [.done, .todo, .doing])
        #expect(ledger.nextRedo == nil)
    }

    @Test func undoSurvivesASaveAndAnotherWritersMerge() throws {
        let (fs, first, opened) = try Fixture.openedFake()
        var mine = first
        var ledger = opened
        try ledger.apply(.status(task: 4, to: .done), stamp: Fixture.stamp(1))
        ledger = try mine.save(ledger).ledger
        var theirs = LedgerStore(path: Fixture.path, fileSystem: fs)
        var theirLedger = try theirs.load().ledger
        // Reopened: the undo stack is read from the history on disk.
        try ledger.undo(stamp: Fixture.stamp(5))
        try theirLedger.apply(.status(task: 5, to: .doing), stamp: Fixture.stamp(3, by: "other"))
        _ = try theirs.save(theirLedger)
        let outcome = try mine.save(ledger)
        #expect(outcome.merged)
        #expect(outcome.ledger.plan.tasks[3].status == .todo && outcome.ledger.plan.tasks[4].status == .doing)
        #expect(outcome.ledger.history.map(\.event.name) == ["status", "status", "undo"])
    }
}

/// What a coordinator tracks, without the "last changed" stamps.
struct Progress: Equatable {
    var tasks: [String]
    var aliases: [UnitAlias]
    var groups: [UnitGroup]

    init(_ ledger: Ledger) {
        tasks = ledger.plan.tasks.map { task in
            "\(task.number) \(task.status) \(task.notes.map(\.text)) \(String(describing: task.deadline)) \(task.unitsDone)"
        }
        aliases = ledger.aliases
        groups = ledger.groups
    }
}

extension HistoryEvent {
    /// The kind of event, as the ledger file names it.
    var name: String {
        switch self {
        case .edit(.status): "status"
        case .edit: "edit"
        case .undo: "undo"
        case .redo: "redo"
        case .superseded: "superseded"
        case .unknown(let field, _, _, _): field
        }
    }
}
