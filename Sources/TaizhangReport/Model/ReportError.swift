/// Why a report cannot be made or written. Every case is found before anything is written,
/// except `writeFailed`, after which the temporary files are removed: either the whole
/// report appears or nothing does.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownUnit(String, closest: [String])
    case unknownArea(Int, areas: [Int])
    case unknownFormat(String)
    case unknownView(String)
    case badDate(String)
    case noSuchFolder(String)
    /// A CSV file holds one table: all four need a folder.
    case csvNeedsFolder(String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownUnit(let name, let closest):
            let hint = closest.isEmpty ? "" : "; closest: " + closest.joined(separator: ", ")
            return "no unit named \(name) in the ledger\(hint)"
        case .unknownArea(let number, let areas):
            let range = areas.isEmpty ? "the plan has none" : "areas are \(areas.min()!)–\(areas.max()!)"
            return "no work area \(number) (\(range))"
        case .unknownFormat(let name):
            return "unknown format \(name): use " + ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownView(let name):
            return "unknown view \(name): use " + ReportView.allCases.map(\.rawValue).joined(separator: ", ")
        case .badDate(let text):
            return "\(text) is not a date: use YYYY-MM-DD, e.g. 2022-12-31"
        case .noSuchFolder(let path):
            return "the folder \(path) does not exist; nothing was written"
        case .csvNeedsFolder(let path):
            return "\(path): a CSV file holds one table; add --view overall|areas|units|open, or give --out an existing folder for one file per view"
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason); nothing was written"
        }
    }
}
