/// A key press or terminal event, already decoded from the terminal's codes so the
/// key-to-action tables can be tested without a terminal.
public enum Key: Hashable, Sendable {
    /// Printable text, Chinese from an input method included.
    case char(Character)
    /// Control plus a letter, given as the lower-case letter (`ctrl("r")` is Ctrl-R).
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace, delete, insert
    /// F1…F12 (F13–F20 from terminals that send shifted function keys so).
    case function(Int)
    /// A key held with Shift, Alt and/or Ctrl (Ctrl-Right, Shift-Home, Alt-x). Never holds
    /// an empty set or another `modified`: build it with `modified(by:)`.
    indirect case modified(Key, KeyModifiers)
    /// The terminal changed size; the new size in columns and rows.
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)

    /// This key with `modifiers` added.
    public func modified(by modifiers: KeyModifiers) -> Key {
        guard !modifiers.isEmpty else { return self }
        if case .modified(let base, let held) = self { return .modified(base, held.union(modifiers)) }
        return .modified(self, modifiers)
    }

    /// The key without Shift, Alt or Ctrl.
    public var unmodified: Key {
        if case .modified(let base, _) = self { return base }
        return self
    }

    /// The modifiers held, empty for a plain key.
    public var modifiers: KeyModifiers {
        if case .modified(_, let held) = self { return held }
        return []
    }
}

/// Shift, Alt (Meta) and Ctrl, as terminals report them with a key.
public struct KeyModifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let shift = KeyModifiers(rawValue: 1)
    public static let alt = KeyModifiers(rawValue: 2)
    public static let ctrl = KeyModifiers(rawValue: 4)

    /// From xterm's modifier parameter (`ESC[1;5C`: 5 is Ctrl): one more than a bit set of
    /// Shift 1, Alt 2, Ctrl 4, Meta 8 (Meta counted as Alt).
    public init(xtermParameter value: Int) {
        let bits = max(0, value - 1)
        var modifiers: KeyModifiers = []
        if bits & 1 != 0 { modifiers.insert(.shift) }
        if bits & (2 | 8) != 0 { modifiers.insert(.alt) }
        if bits & 4 != 0 { modifiers.insert(.ctrl) }
        self = modifiers
    }
}

/// A mouse event in screen coordinates (0-based column and row).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var column: Int
    public var row: Int

    public init(kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}
