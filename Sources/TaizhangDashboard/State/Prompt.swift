import TaizhangScreen
import TaizhangModel

/// A one-line question at the bottom of the screen: a note to add or correct, a deadline
/// and why it moves, why a report goes back, a task's units, a detail of the plan, a task to
/// go to.
public struct Prompt: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case note(task: Int)
        /// Note `index` (0-based, oldest first, as `note N --edit` counts from 1).
        case editNote(task: Int, index: Int)
        case deadline(task: Int)
        /// The reason an existing deadline moves to `to` (延期): asked before it is recorded.
        case extensionReason(task: Int, to: Deadline?)
        /// The reason a report is sent back (退回).
        case returnReason(task: Int)
        /// The task's units and roles, as `UnitListText` writes them.
        case units(task: Int)
        case planField(PlanField)
        /// `:` then a task number.
        case jump
        /// `C`: the returned forms to collect, a file or a folder.
        case collect

        /// Going to a task changes nothing, so it works on a read-only ledger too.
        var isJump: Bool { self == .jump }
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
