import TaizhangImport
import TaizhangStore
import TaizhangModel

/// Turns a report into files. The one entry point for the command line and the dashboard:
/// `ReportWriter.write(report, format: .markdown, to: folderOrFile)`.
public enum ReportWriter {
    /// One file's bytes: every view in `views` (CSV takes exactly one).
    public static func bytes(_ report: Report, format: ReportFormat, views: [ReportView] = ReportView.allCases) throws(ReportError) -> [UInt8] {
        switch format {
        case .markdown: return Array(MarkdownWriter.text(report, views: views).utf8)
        case .html: return Array(HTMLWriter.text(report, views: views).utf8)
        case .json: return JSONReportWriter.bytes(report, views: views)
        case .csv:
            guard views.count == 1 else { throw .csvNeedsFolder("standard output") }
            return CSVWriter.bytes(report.table(views[0]))
        case .xlsx:
            do {
                return try XLSXWriter.bytes(report, views: views)
            } catch {
                throw .archiveFailed("\(error)")
            }
        case .docx:
            do {
                return try BulletinWriter.bytes(report)
            } catch {
                throw .archiveFailed("\(error)")
            }
        }
    }

    /// `taizhang-report-2026-11-27.md`; with a unit, area or view:
    /// `taizhang-report-2026-11-27-市财政局-area2-open.csv`; the 通报 `taizhang-bulletin-2026-11-27.docx`.
    public static func defaultFileName(for report: Report, format: ReportFormat, view: ReportView? = nil) -> String {
        var name = (format == .docx ? "taizhang-bulletin-" : "taizhang-report-") + report.heading.reportDate.description
        if let unit = report.heading.unit { name += "-" + safeFileName(unit) }
        if let area = report.areas.first?.area, report.heading.area != nil { name += "-area\(area)" }
        if let view { name += "-" + view.rawValue }
        return name + "." + format.fileExtension
    }

    /// Writes the report to `path`: into it with the default name when it is a folder (for
    /// CSV without a view, one file per view), else as that file. The folder must exist.
    /// Each file appears whole or not at all; returns the paths written.
    @discardableResult
    /// `mode` is the files' permissions: give the ledger's, so a report never lets more
    /// people read the plan's progress than the ledger does (private, 0600, by default).
    public static func write(
        _ report: Report, format: ReportFormat, view: ReportView? = nil, to path: String, mode: UInt32 = 0o600
    ) throws(ReportError) -> [String] {
        if format == .docx, let view { throw .viewInBulletin(view.rawValue) }
        let views = view.map { [$0] } ?? ReportView.allCases
        var files: [(path: String, bytes: [UInt8])] = []
        if ReportFiles.isFolder(path) {
            let folder = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            if format == .csv, view == nil {
                for view in ReportView.allCases {
                    let name = defaultFileName(for: report, format: format, view: view)
                    files.append((folder + "/" + name, try bytes(report, format: format, views: [view])))
                }
            } else {
                files.append((folder + "/" + defaultFileName(for: report, format: format, view: view), try bytes(report, format: format, views: views)))
            }
        } else {
            if path.hasSuffix("/") { throw .noSuchFolder(path) }
            let folder = ReportFiles.folder(of: path)
            guard ReportFiles.isFolder(folder) else { throw .noSuchFolder(folder) }
            if format == .csv, view == nil { throw .csvNeedsFolder(path) }
            files.append((path, try bytes(report, format: format, views: views)))
        }
        try ReportFiles.write(files, mode: mode & 0o666)
        return files.map(\.path)
    }

    /// A unit name as part of a file name: no path separators or control characters.
    static func safeFileName(_ text: String) -> String {
        String(text.map { $0 == "/" || $0 == "\\" || $0.asciiValue.map { $0 < 0x20 } == true ? "_" : $0 })
    }
}
