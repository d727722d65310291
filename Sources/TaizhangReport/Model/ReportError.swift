import TaizhangModel

/// Why a report cannot be made or written. Every case is found before anything is written,
/// except `writeFailed`, after which the temporary files are removed: either the whole
/// report appears or nothing does.
public enum ReportError: Error, Equatable, Sendable {
    case unknownUnit(String, closest: [String])
    case unknownArea(Int, areas: [Int])
    case unknownFormat(String)
    case unknownView(String)
    case badDate(String)
    case noSuchFolder(String)
    /// A CSV file holds one table: all four need a folder.
    case csvNeedsFolder(String)
    case writeFailed(path: String, SystemError)
    /// A folder stands where a report file should go.
    case folderInTheWay(String)
    /// The xlsx or docx package could not be built (the zip library's own words).
    case archiveFailed(String)
    /// `--view` with `--format docx`: the 通报 has a shape of its own.
    case viewInBulletin(String)
    /// An xlsx or docx report asked for on a terminal: its bytes would garble the screen.
    case binaryToTerminal(String)
    /// `--out` names a file of one format and `--format` another.
    case outDisagrees(out: String, fileExtension: String, format: String)
    /// `--all` with an option that picks part of one plan (`--unit`, `--area`, `--view`, `--rank`).
    case allWithFilter(String)
    /// `--archived` without `--all`.
    case archivedWithoutAll
    /// `--all` in a format the report across plans is not written in (json, docx).
    case notAcrossPlans(String)
}
