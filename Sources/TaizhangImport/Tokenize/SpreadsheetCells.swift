import Foundation

/// The cells of every sheet of a spreadsheet as text, for readers other than the plan
/// importer (a unit's returned form): .xlsx however it was saved (shared or inline strings,
/// any styles), .ods, .csv/.tsv in any of the encodings offices use, and .xls/.et through
/// LibreOffice as the importer converts them. Merged cells are spread as the importer
/// spreads them. Added for the forms module; the importer itself does not use it.
public struct SpreadsheetCells: Sendable {
    public struct Sheet: Sendable {
        public var name: String
        /// The sheet's rows that hold any text, top to bottom, each cell in its column.
        public var rows: [[String]]
    }

    public var sheets: [Sheet]
    /// When the file was last saved, as its document properties say (`2026-11-24T08:00:00Z`);
    /// nil for CSV and files without them.
    public var modified: String?

    /// Reads the file at `path`.
    public static func read(_ path: String, limits: ImportLimits = ImportLimits()) throws(ImportError) -> SpreadsheetCells {
        let bytes = try SourceFile.read(path, limits: limits)
        guard !bytes.isEmpty else { throw .emptyFile }
        let name = String(path.split(separator: "/").last ?? "")
        return try read(bytes, fileName: name, limits: limits)
    }

    public static func read(_ bytes: [UInt8], fileName: String, limits: ImportLimits = ImportLimits()) throws(ImportError) -> SpreadsheetCells {
        switch DocumentKind.detect(fileName: fileName, bytes: bytes) {
        case .xlsx: return try xlsx(bytes, limits: limits)
        case .ods:
            var sheets: [Sheet] = []
            for name in try odsSheetNames(bytes, limits: limits) {
                do {
                    sheets.append(Sheet(name: name, rows: try rows(of: ODSTokenizer.grid(of: bytes, sheet: name, limits: limits))))
                } catch .emptyWorksheet {
                    sheets.append(Sheet(name: name, rows: []))
                }
            }
            return SpreadsheetCells(sheets: sheets, modified: nil)
        case .legacyOffice(let format, "xlsx"):
            return try xlsx(Converter.office(bytes, format: format, target: "xlsx"), limits: limits)
        case .csv, .text:
            let text = try TextDecoder.decode(bytes).text
            let records = try CSVParser.records(text, separator: CSVTokenizer.separator(of: text), limits: limits)
            return SpreadsheetCells(sheets: [Sheet(name: "CSV", rows: records.map(\.fields))], modified: nil)
        case .docx, .html, .pdf, .legacyOffice:
            throw .notText
        }
    }

    private static func xlsx(_ bytes: [UInt8], limits: ImportLimits) throws(ImportError) -> SpreadsheetCells {
        let package = try ZipPackage(bytes, limits: limits)
        guard let workbook = try package.part("xl/workbook.xml") else { throw .missingPart(part: "xl/workbook.xml", format: "Excel (.xlsx)") }
        var names: [String] = []
        for event in try XMLEvents.parse(workbook, part: "xl/workbook.xml", limits: limits) {
            if case .start("sheet", let attributes) = event, let name = attributes["name"] { names.append(name) }
        }
        var sheets: [Sheet] = []
        for name in names {
            do {
                sheets.append(Sheet(name: name, rows: try rows(of: XLSXTokenizer.grid(of: bytes, sheet: name, limits: limits))))
            } catch .emptyWorksheet {
                sheets.append(Sheet(name: name, rows: []))
            }
        }
        var modified: String?
        if let core = try package.part("docProps/core.xml") {
            var inModified = false
            for event in try XMLEvents.parse(core, part: "docProps/core.xml", limits: limits) {
                switch event {
                case .start("modified", _): inModified = true
                case .end("modified"): inModified = false
                case .text(let text) where inModified: modified = (modified ?? "") + text
                default: break
                }
            }
        }
        return SpreadsheetCells(sheets: sheets, modified: modified?.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func odsSheetNames(_ bytes: [UInt8], limits: ImportLimits) throws(ImportError) -> [String] {
        let package = try ZipPackage(bytes, limits: limits)
        guard let content = try package.part("content.xml") else { throw .missingPart(part: "content.xml", format: "OpenDocument (.ods)") }
        return try XMLEvents.parse(content, part: "content.xml", limits: limits).compactMap { event in
            if case .start("table", let attributes) = event { return attributes["name"] }
            return nil
        }
    }

    /// The grid's cells back into rows by their line and column.
    private static func rows(of grid: Grid) -> [[String]] {
        var rows: [[String]] = []
        var line: Int?
        for cell in grid.cells {
            if cell.boundary == .rowStart || line != cell.line {
                rows.append([])
                line = cell.line
            }
            let column = cell.column ?? rows[rows.count - 1].count
            while rows[rows.count - 1].count <= column { rows[rows.count - 1].append("") }
            rows[rows.count - 1][column] = cell.text
        }
        return rows
    }
}
