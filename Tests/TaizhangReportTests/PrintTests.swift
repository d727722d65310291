import Foundation
import TaizhangImport
import TaizhangModel
@testable import TaizhangReport
import TaizhangTestSupport
import Testing

/// The bundled plan's report printed as a head of office would get it: the xlsx opened by
/// LibreOffice and printed to PDF (it must open without a repair), the HTML printed by
/// Chromium, both on A4 landscape, every task's whole text on the page. The page counts are
/// recorded in docs/reports.md; a layout change that moves them past these bounds should
/// update both.
@Suite(.serialized) struct PrintTests {
    static let today = DayDate(year: 2022, month: 11, day: 15)!

    static func report() throws -> Report {
        try Report.make(ledger: Ledger.bundled(), today: today)
    }

    /// Whitespace out: a printed cell breaks lines where it likes.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    @Test func theOpenTasksXLSXPrintsWholeOnA4() throws {
        let folder = TemporaryFolder()
        let path = folder.file("open.xlsx")
        try ReportWriter.write(Self.report(), format: .xlsx, view: .open, to: path)
        let pdf = try #require(try Printing.office(path, to: "pdf", in: folder))
        let pages = try #require(try Printing.pages(pdf))
        #expect((4...12).contains(pages), "the open tasks print on \(pages) pages")
        let column = try #require(try Printing.column(pdf, header: "工作任务"))
        #expect(column.overlaps == 0, "rows too short for their text")
        let printed = Self.squeezed(column.text)
        for task in Ledger.bundled().plan.tasks {
            #expect(printed.contains(Self.squeezed(task.text)), "task \(task.number) is not printed whole")
        }
    }

    @Test func theOpenTasksHTMLPrintsWholeOnA4() throws {
        let folder = TemporaryFolder()
        let path = folder.file("open.html")
        try ReportWriter.write(Self.report(), format: .html, view: .open, to: path)
        let pdf = folder.file("open.pdf")
        guard try Printing.chromium(path, to: pdf) else { return }
        let pages = try #require(try Printing.pages(pdf))
        #expect((4...12).contains(pages), "the open tasks print on \(pages) pages")
        let column = try #require(try Printing.column(pdf, header: "工作任务"))
        #expect(column.overlaps == 0, "rows too short for their text")
        let printed = Self.squeezed(column.text)
        for task in Ledger.bundled().plan.tasks {
            #expect(printed.contains(Self.squeezed(task.text)), "task \(task.number) is not printed whole")
        }
    }

    /// The whole report, every view, in both: it opens and prints.
    @Test func theWholeReportPrints() throws {
        let folder = TemporaryFolder()
        let xlsx = folder.file("report.xlsx")
        let html = folder.file("report.html")
        try ReportWriter.write(Self.report(), format: .xlsx, to: xlsx)
        try ReportWriter.write(Self.report(), format: .html, to: html)
        let fromXLSX = try #require(try Printing.office(xlsx, to: "pdf", in: folder))
        let xlsxPages = try #require(try Printing.pages(fromXLSX))
        let fromHTML = folder.file("report-html.pdf")
        guard try Printing.chromium(html, to: fromHTML) else { return }
        let htmlPages = try #require(try Printing.pages(fromHTML))
        #expect((8...24).contains(xlsxPages) && (8...24).contains(htmlPages), "xlsx \(xlsxPages) pages, html \(htmlPages)")
    }
}
