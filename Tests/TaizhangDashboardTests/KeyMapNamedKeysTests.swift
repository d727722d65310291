import TaizhangDashboard
import TaizhangModel
import TaizhangScreen
import Testing

/// Home, End, Insert, Delete, PgUp/PgDn, the F-keys and modified arrows, however the
/// terminal encoded them, once decoded: in the note editor none leaves it or loses text,
/// and in the list none changes a filter.
@Suite struct KeyMapNamedKeysTests {
    /// Keys that neither edit nor move the editor's cursor: they do nothing there.
    static let inert: [Key] = [.insert, .pageUp, .pageDown, .up, .down, .tab, .backTab]
        + (1...20).map { Key.function($0) }
        + [Key.function(1).modified(by: .shift), Key.function(5).modified(by: .ctrl), Key.insert.modified(by: .ctrl)]
        + [Key.char("x").modified(by: .alt), Key.char("1").modified(by: .alt), Key.enter.modified(by: .ctrl)]
        + [Key.up.modified(by: .shift), Key.down.modified(by: [.ctrl, .shift]), Key.pageUp.modified(by: .ctrl)]

    static let moving: [Key] = [.home, .end, .left, .right]
        + [KeyModifiers.shift, .ctrl, .alt, [.ctrl, .shift]].flatMap { held in
            [Key.home, .end, .left, .right].map { $0.modified(by: held) }
        }

    static func editingNote(_ text: String) -> DashboardState {
        var state = Fixtures.state()
        Fixtures.press([.char("a")] + Fixtures.type(text), on: &state)
        return state
    }

    /// Every key that is not typing: the editor stays open with the note as typed.
    @Test(arguments: inert + moving)
    func aNamedKeyNeverLeavesTheNoteEditor(_ key: Key) {
        var state = Self.editingNote("区里已报送")
        let effects = Fixtures.press([key], on: &state)
        #expect(effects.isEmpty)
        #expect(state.prompt?.editor.text == "区里已报送", "\(key)")
        #expect(state.statusFilter == nil)
        #expect(state.query.isEmpty)
    }

    /// The inert keys leave the cursor where it was too.
    @Test(arguments: inert)
    func anInertKeyLeavesTheCursor(_ key: Key) {
        var state = Self.editingNote("区里已报送")
        Fixtures.press([.left, .left], on: &state)
        Fixtures.press([key], on: &state)
        #expect(state.prompt?.editor.cursor == 3)
    }

    /// Home and End, plain or modified, move to the ends; Ctrl-/Alt-arrows by words.
    @Test func homeEndAndWordMovesInTheEditor() {
        var state = Self.editingNote("已报送 材料，待审核")
        Fixtures.press([Key.home.modified(by: .shift)], on: &state)
        #expect(state.prompt?.editor.cursor == 0)
        Fixtures.press([Key.right.modified(by: .ctrl)], on: &state)
        #expect(state.prompt?.editor.cursor == 3, "the end of 已报送")
        Fixtures.press([Key.right.modified(by: .alt)], on: &state)
        #expect(state.prompt?.editor.cursor == 6, "the end of 材料, before the comma")
        Fixtures.press([Key.left.modified(by: .ctrl)], on: &state)
        #expect(state.prompt?.editor.cursor == 4, "the start of 材料")
        Fixtures.press([Key.end.modified(by: .ctrl)], on: &state)
        #expect(state.prompt?.editor.cursor == 10)
        Fixtures.press([Key.delete.modified(by: .shift), .home, .delete], on: &state)
        #expect(state.prompt?.editor.text == "报送 材料，待审核", "Delete, plain or shifted, deletes one character")
    }

    /// In the task list the same keys move or do nothing; none turns on a filter, sort or
    /// search, or changes a task.
    @Test(arguments: inert + moving + [.delete, Key.delete.modified(by: .ctrl)])
    func aNamedKeyNeverChangesAFilter(_ key: Key) {
        var state = Fixtures.state()
        let effects = Fixtures.press([key], on: &state)
        #expect(!effects.contains(.save))
        #expect(state.statusFilter == nil)
        #expect(!state.overdueOnly)
        #expect(state.query.isEmpty && !state.isSearching)
        #expect(state.ledger == Fixtures.state().ledger)
    }

    /// Modified navigation keys browse like the plain ones; F1 is help.
    @Test func modifiedKeysBrowseLikePlainOnes() {
        var state = Fixtures.state()
        Fixtures.press([Key.down.modified(by: .shift), Key.down.modified(by: .ctrl)], on: &state)
        #expect(state.selectedTask?.number == 3)
        Fixtures.press([Key.end.modified(by: .ctrl)], on: &state)
        #expect(state.selectedTask?.number == 57)
        Fixtures.press([Key.home.modified(by: .alt)], on: &state)
        #expect(state.selectedTask?.number == 1)
        Fixtures.press([.function(1)], on: &state)
        #expect(state.showingHelp)
    }
}
