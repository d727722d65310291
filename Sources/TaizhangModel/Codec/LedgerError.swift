/// Why a ledger could not be read or written. Every case names the file, and reading errors
/// say exactly what is wrong and where, so the coordinator can mend the file by hand; a
/// ledger that fails to read is never written over. The words are TaizhangWords'.
public enum LedgerError: Error, Equatable, Sendable {
    /// There is no file at the path.
    case missing(path: String)
    case unreadable(path: String, reason: FileProblem)
    case empty(path: String)
    case notUTF8(path: String)
    case syntax(path: String, line: Int, column: Int, problem: JSONSyntaxError.Problem)
    case notALedger(path: String, reason: NotALedger)
    case newerSchema(path: String, found: Int)
    case invalid(path: String, field: String, problem: FieldProblem)
    case writeFailed(path: String, reason: WriteProblem)
    case exists(path: String)
    /// A schema-4 ledger's history journal (`file`, beside it) does not hold what the
    /// ledger says it does.
    case journal(path: String, file: String, problem: JournalProblem)

    /// What is wrong with a ledger's history journal.
    public enum JournalProblem: Equatable, Sendable {
        /// There is no such file beside the ledger (the ledger was copied without it?).
        case missing
        case unreadable(FileProblem)
        /// Shorter than the ledger says: `expected` bytes, `found` bytes.
        case tooShort(expected: Int, found: Int)
        /// The committed part holds another number of entries than the ledger says.
        case entryCount(expected: Int, found: Int)
        /// A committed line that is not a history entry (line counts from 1).
        case badLine(line: Int, problem: String)
        /// Read as a self-contained ledger, without its journal.
        case notRead
        /// A line after the committed part (schema 5) holds a change that cannot be made
        /// again on the ledger as the lines before it leave it.
        case cannotRemake(line: Int, why: Ledger.ReplayFailure)
    }

    /// Why a JSON file is not a ledger.
    public enum NotALedger: Equatable, Sendable {
        case onlyNULBytes(count: Int)
        case topLevelNotObject
        case noFormat
        case otherFormat(String)
    }

    /// What is wrong with one field of a ledger that is JSON and says it is a ledger.
    public enum FieldProblem: Equatable, Sendable {
        case missing
        case expected(Expected)
        case outOfRange(Int, allowed: ClosedRange<Int>)
        case unknownSchema(Int)
        case duplicateArea(Int)
        case duplicateTask(Int)
        case noSuchArea(task: Int, area: Int)
        case noSuchSection(task: Int, area: Int, section: Int)
        case unknownStatus(String, known: [String])
        case unknownRole(String, known: [String])
        case unknownDeadlineKind(String, known: [String])
        case notADate(String)
        case phraseMissing
        /// A schema-4 ledger holds `history` itself, where its journal should.
        case inJournal
    }

    public enum Expected: Equatable, Sendable {
        case object, array, string, wholeNumber, trueOrFalse
    }

    /// Why a save did not happen; the file on disk is unchanged.
    public enum WriteProblem: Equatable, Sendable {
        case system(SystemError)
        /// A newer taizhang wrote it: it is open read-only.
        case newerSchemaReadOnly(schema: Int)
        /// The file's permissions forbid changing it (e.g. 0444).
        case readOnlyFile(mode: UInt32)
        case notReadFirst
        case backupFailed(SystemError)
        case lockFile(path: String, SystemError)
        case lockTimeout(seconds: Int)
        /// The folder a new ledger was to go in does not exist (a mistyped path?).
        case noFolder(String)
    }
}

/// Why a file could not be read.
public enum FileProblem: Error, Equatable, Sendable {
    case system(SystemError)
    /// A folder, FIFO, socket or device: only regular files are read, so nothing blocks
    /// or reads for ever.
    case notARegularFile(FileKind)
    case tooLarge(bytes: Int64, limit: Int64)
    case backupGone

    public enum FileKind: Equatable, Sendable { case directory, fifo, socket, device, other }
}

/// A failed system call: which one and its `errno`. The words for the number are
/// TaizhangWords' (in the interface language), not the C library's.
public struct SystemError: Error, Equatable, Sendable {
    public var call: String
    public var code: Int32

    public init(_ call: String, _ code: Int32) {
        self.call = call
        self.code = code
    }
}
