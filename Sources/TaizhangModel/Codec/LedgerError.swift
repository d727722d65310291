/// Why a ledger could not be read or written. Every case names the file, and reading errors
/// say exactly what is wrong, so the coordinator can mend the file by hand; a ledger that
/// fails to read is never written over.
public enum LedgerError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case notUTF8(path: String)
    case syntax(path: String, line: Int, column: Int, message: String)
    case notALedger(path: String, reason: String)
    case newerSchema(path: String, found: Int)
    case invalid(path: String, field: String, message: String)
    case writeFailed(path: String, reason: String)
    case exists(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "cannot read ledger \(path): \(reason)"
        case .empty(let path):
            "ledger \(path) is empty (0 bytes); it was left as it is"
        case .notUTF8(let path):
            "ledger \(path) is not UTF-8 text; it was left as it is"
        case .syntax(let path, let line, let column, let message):
            "ledger \(path) is not valid JSON: line \(line), column \(column): \(message); it was left as it is"
        case .notALedger(let path, let reason):
            "\(path) is not a taizhang ledger: \(reason); it was left as it is"
        case .newerSchema(let path, let found):
            "ledger \(path) has schema \(found), newer than this taizhang understands (\(Ledger.schema)); update taizhang"
        case .invalid(let path, let field, let message):
            "ledger \(path) is inconsistent at \(field): \(message); it was left as it is"
        case .writeFailed(let path, let reason):
            "could not save ledger \(path): \(reason); the file on disk is unchanged"
        case .exists(let path):
            "\(path) already exists; refusing to overwrite it"
        }
    }
}
