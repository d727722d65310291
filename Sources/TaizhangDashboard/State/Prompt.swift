import TaizhangScreen

/// A one-line question at the bottom of the screen: a note to add, a deadline to set.
public struct Prompt: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case note(task: Int)
        case deadline(task: Int)
    }

    public var kind: Kind
    public var editor: LineEditor
    /// Why the last Enter was refused (a date that does not exist), shown beside the prompt.
    public var error: String?

    public init(kind: Kind, editor: LineEditor = LineEditor(), error: String? = nil) {
        self.kind = kind
        self.editor = editor
        self.error = error
    }
}

/// The overlay that marks each unit's part of a shared task done.
public struct UnitPicker: Equatable, Sendable {
    public var task: Int
    public var cursor: Int

    public init(task: Int, cursor: Int = 0) {
        self.task = task
        self.cursor = cursor
    }
}
