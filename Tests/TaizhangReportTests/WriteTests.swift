import TaizhangImport
import TaizhangStore
import Foundation
import TaizhangWords
import Testing
import TaizhangModel
@testable import TaizhangReport
import TaizhangTestSupport

/// Bad output paths are refused before anything is written, and nothing is left behind.
@Suite struct WriteTests {
    @Test func aFolderThatDoesNotExistIsRefused() throws {
        let folder = TemporaryFolder()
        let report = try Fixture.report()
        #expect(throws: ReportError.noSuchFolder(folder.file("missing"))) {
            try ReportWriter.write(report, format: .markdown, to: folder.file("missing/report.md"))
        }
        #expect(throws: ReportError.noSuchFolder(folder.file("missing/"))) {
            try ReportWriter.write(report, format: .xlsx, to: folder.file("missing/"))
        }
        #expect(folder.names.isEmpty)
        #expect(ReportError.noSuchFolder("/x").words(.english) == "the folder /x does not exist; nothing was written")
        #expect(ReportError.noSuchFolder("/x").words(.chinese) == "文件夹 /x 不存在，未写入任何文件")
    }

    @Test func csvOfEveryViewNeedsAFolder() throws {
        let folder = TemporaryFolder()
        let report = try Fixture.report()
        #expect(throws: ReportError.csvNeedsFolder(folder.file("r.csv"))) {
            try ReportWriter.write(report, format: .csv, to: folder.file("r.csv"))
        }
        #expect(throws: ReportError.csvNeedsFolder("standard output")) { try ReportWriter.bytes(report, format: .csv) }
        #expect(folder.names.isEmpty)
        try ReportWriter.write(report, format: .csv, view: .areas, to: folder.file("r.csv"))
        #expect(folder.names == ["r.csv"])
    }

    @Test func aTargetInTheWayLeavesNothingBehind() throws {
        let folder = TemporaryFolder()
        // A folder where the units CSV should go: found before any file is written.
        try FileManager.default.createDirectory(atPath: folder.file("taizhang-report-2023-01-05-units.csv"), withIntermediateDirectories: false)
        #expect(throws: ReportError.folderInTheWay(folder.file("taizhang-report-2023-01-05-units.csv"))) {
            try ReportWriter.write(Fixture.report(), format: .csv, to: folder.path)
        }
        #expect(folder.names == ["taizhang-report-2023-01-05-units.csv"])
        // A file where a folder should be.
        _ = FileManager.default.createFile(atPath: folder.file("plain"), contents: Data())
        #expect(throws: ReportError.noSuchFolder(folder.file("plain"))) {
            try ReportWriter.write(Fixture.report(), format: .markdown, to: folder.file("plain/report.md"))
        }
    }

    @Test func replacesAnOldReportWholeAndLeavesNoTemporaryFiles() throws {
        let folder = TemporaryFolder()
        let path = folder.file("report.md")
        _ = FileManager.default.createFile(atPath: path, contents: Data("old".utf8))
        let written = try ReportWriter.write(Fixture.report(), format: .markdown, to: path)
        #expect(written == [path])
        #expect(folder.names == ["report.md"])
        #expect(String(decoding: folder.bytes("report.md") ?? [], as: UTF8.self).hasPrefix("# 珠海市"))
    }

    @Test func defaultNamesSayDateUnitAreaAndView() throws {
        #expect(ReportWriter.defaultFileName(for: try Fixture.report(), format: .markdown) == "taizhang-report-2023-01-05.md")
        #expect(ReportWriter.defaultFileName(for: try Fixture.report(unit: "市司法局", area: 1), format: .csv, view: .open)
            == "taizhang-report-2023-01-05-市司法局-area1-open.csv")
    }
}
