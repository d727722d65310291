import TaizhangScreen
import TaizhangText

/// A one-line text editor as a value: the note and date prompts. Text is kept as Characters
/// so Backspace removes a whole character (a Han character, or a letter with its accents),
/// and the cursor's place on screen is counted in display columns.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// The insertion point, 0…characters.count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// The cursor's column from the start of the text.
    public var cursorColumn: Int { DisplayWidth.of(String(characters[..<cursor])) }

    public mutating func insert(_ character: Character) {
        // Control characters never enter a note; the terminal sends them for keys.
        guard !character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = characters.count }

    /// Ctrl-Left: back over the separators before the cursor, then over the word before
    /// them, as readline does. A word is letters and digits; a run of Han characters is one
    /// word, ended by punctuation（，。）or spaces.
    public mutating func moveWordLeft() {
        while cursor > 0, !Self.isWordPart(characters[cursor - 1]) { cursor -= 1 }
        while cursor > 0, Self.isWordPart(characters[cursor - 1]) { cursor -= 1 }
    }

    /// Ctrl-Right: over the separators after the cursor, then to the end of the next word.
    public mutating func moveWordRight() {
        while cursor < characters.count, !Self.isWordPart(characters[cursor]) { cursor += 1 }
        while cursor < characters.count, Self.isWordPart(characters[cursor]) { cursor += 1 }
    }

    private static func isWordPart(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Ctrl-U: delete everything before the cursor, as shells do.
    public mutating func deleteToStart() {
        characters.removeFirst(cursor)
        cursor = 0
    }

    /// The part of the text to show in `width` columns so the cursor stays visible, and the
    /// cursor's column within it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = 0
        // Scroll so that the text before the cursor fits, leaving a column for the cursor.
        while DisplayWidth.of(String(characters[start..<cursor])) > width - 1 { start += 1 }
        var shown = ""
        var used = 0
        for character in characters[start...] {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            shown.append(character)
            used += w
        }
        return (shown, DisplayWidth.of(String(characters[start..<cursor])))
    }
}
