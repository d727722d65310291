import TaizhangImport
import TaizhangStore
import Foundation
import TaizhangModel
import ZIPFoundation

/// Zips the SpreadsheetML parts into an .xlsx with ZIPFoundation, in memory, so the file is
/// written in one atomic step like every other format.
enum XLSXWriter {
    static func bytes(_ report: Report, views: [ReportView]) throws -> [UInt8] {
        let info = SpreadsheetML.Sheet(
            name: "报告信息", headers: ["项目", "内容"],
            rows: report.headingFields.map { ReportTable.Row([.text($0.label), .text($0.value)]) })
        let sheets = [info] + report.tables(views).map { SpreadsheetML.Sheet(name: $0.title, headers: $0.headers, rows: $0.rows) }
        var package = SpreadsheetML(sheets: sheets)
        let archive = try Archive(data: Data(), accessMode: .create)
        // The report's day as the entries' date: the same report gives the same bytes.
        let date = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                                  year: report.heading.reportDate.year, month: report.heading.reportDate.month,
                                  day: report.heading.reportDate.day, hour: 12).date ?? Date(timeIntervalSince1970: 0)
        for part in package.parts() {
            let data = Data(part.xml.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ReportError.archiveFailed("the archive was not built") }
        return [UInt8](data)
    }
}
