import TaizhangScreen
import Testing
@testable import TaizhangDashboard

/// The one-line editor as pure state: Chinese and ASCII, whole-character deletes, the cursor
/// counted in display columns.
@Suite struct LineEditorTests {
    @Test func typesChineseAndASCIIAndCountsColumns() {
        var editor = LineEditor()
        for character in "已报送2份" { editor.insert(character) }
        #expect(editor.text == "已报送2份")
        #expect(editor.cursor == 5)
        #expect(editor.cursorColumn == 9)
        editor.moveLeft()
        #expect(editor.cursorColumn == 7)
        editor.insert("x")
        #expect(editor.text == "已报送2x份")
        #expect(editor.cursorColumn == 8)
    }

    @Test func backspaceRemovesAWholeCharacter() {
        var editor = LineEditor("市司法局")
        editor.deleteBackward()
        #expect(editor.text == "市司法")
        #expect(editor.cursorColumn == 6)
        var accented = LineEditor("cafe\u{301}")
        #expect(accented.characters.count == 4)
        accented.deleteBackward()
        #expect(accented.text == "caf")
    }

    @Test func movesAndDeletesLikeReadline() {
        var editor = LineEditor("进展顺利")
        editor.moveToStart()
        #expect(editor.cursorColumn == 0)
        editor.deleteBackward()
        #expect(editor.text == "进展顺利")
        editor.moveRight()
        editor.deleteForward()
        #expect(editor.text == "进顺利")
        editor.moveToEnd()
        #expect(editor.cursorColumn == 6)
        editor.moveLeft()
        editor.deleteToStart()
        #expect(editor.text == "利")
        #expect(editor.cursor == 0)
        editor.insert("\u{1B}")
        #expect(editor.text == "利")
    }

    @Test func visiblePartKeepsTheCursorOnScreen() {
        let editor = LineEditor(String(repeating: "台账", count: 10))
        let (text, cursor) = editor.visible(width: 11)
        #expect(text == "账台账台账")
        #expect(cursor == 10)
        var start = editor
        start.moveToStart()
        #expect(start.visible(width: 11) == ("台账台账台", 0))
    }
}
