import TaizhangImport
import TaizhangModel

/// What collecting returns would do: per form, the changes each row makes (already applied to
/// `ledger`, a copy), the rows that wait for a decision or were refused, and the return
/// recorded. `collect` prints it; `collect --apply` saves `ledger`.
public struct Collection: Sendable {
    public var forms: [FormOutcome]
    /// The ledger with every change made, each in its history with `by` set to the unit.
    public var ledger: Ledger

    /// The history entries the collection adds, oldest first.
    public var entries: [HistoryEntry] { forms.flatMap { $0.rows.flatMap(\.entries) + ($0.recorded.map { [$0] } ?? []) } }
}

/// One returned file and what came of it.
public struct FormOutcome: Sendable {
    public var file: String
    /// The unit and period the form was made for, once it is known to be this ledger's.
    public var unit: String?
    public var period: ReportingCycle.Period?
    /// Why nothing of the file is used, if so.
    public var problem: FormProblem?
    public var rows: [RowOutcome]
    /// The return recorded for the unit and period (nil when one was already recorded, or
    /// nothing of the form could be used).
    public var recorded: HistoryEntry?
    /// 填报人 and 联系电话 as the unit wrote them.
    public var filledBy: String?
    public var phone: String?
}

public enum FormProblem: Error, Sendable {
    case unreadable(ImportError)
    /// No taizhang form key anywhere in it.
    case notAForm
    /// Made from another ledger (another plan); the plan's title is unknown to this ledger.
    case otherLedger(unit: String, period: String)
    /// The unit it was made for does not report in this ledger (any more).
    case unknownUnit(String)
    /// Not a row filled in: not a return yet.
    case nothingFilled
}

/// One filled-in row and what came of it.
public struct RowOutcome: Sendable {
    public enum Result: Sendable {
        /// The changes made, as history entries (their words say what changed).
        case applied
        /// Everything it says is in the ledger already (collected before).
        case alreadyIn
        /// The coordinator changed the task after the form was made: the row waits.
        /// The coordinator's change, and the 完成情况 the return gave.
        case conflict(HistoryEntry, said: String)
        case refused(RowProblem)
    }

    public var task: Int?
    public var line: Int
    public var result: Result
    public var entries: [HistoryEntry]
}

/// Why a row was not used; nothing from it is applied.
public enum RowProblem: Error, Equatable, Sendable {
    case noSuchTask(Int)
    /// Its key and the hidden sheet are both gone: its text cannot be checked.
    case noKey
    case unitNotNamed(task: Int, unit: String)
    case unknownProgress(task: Int, text: String)
    /// The task's text in the form is not what the form was made with.
    case textEdited(task: Int)
    /// The task's text in the ledger is not what the form was made with.
    case textChanged(task: Int)
}
