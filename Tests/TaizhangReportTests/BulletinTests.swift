import Foundation
import TaizhangImport
import TaizhangModel
@testable import TaizhangReport
import TaizhangTestSupport
import Testing

/// The 通报 (docx): python-docx reads its tables with the numbers the report computed, the
/// header rows repeat across pages, and LibreOffice opens it and prints it to PDF on A4.
@Suite(.serialized) struct BulletinTests {
    static let script = """
        import json, sys, docx
        from docx.oxml.ns import qn
        d = docx.Document(sys.argv[1])
        s = d.sections[0]
        print(json.dumps({
            'paragraphs': [p.text for p in d.paragraphs],
            'styles': [p.style.name for p in d.paragraphs],
            'tables': [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
            'repeat': [t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn('w:tblHeader')) is not None for t in d.tables],
            'borders': [t.style.name for t in d.tables],
            'page': [s.page_width.mm, s.page_height.mm, s.left_margin.mm, s.top_margin.mm],
            'title': d.core_properties.title,
        }, ensure_ascii=False))
        """

    /// The fixture with returns and an extension, so every part of the 通报 has something.
    static func ledger() throws -> Ledger {
        var ledger = Fixture.ledger()
        let stamp = Stamp(at: "2023-01-02T09:00:00+08:00", by: "coordinator")
        try ledger.apply(.settings(LedgerSettings(cycle: .monthly(day: 3))), stamp: stamp)
        try ledger.apply(.recordReturn(ReturnRecord(unit: "市司法局", period: "2023-01", received: "2023-01-02T10:00:00+08:00", file: "a.xlsx")), stamp: stamp)
        try ledger.apply(.recordReturn(ReturnRecord(unit: "市财政局", period: "2023-01", received: "2023-01-04T10:00:00+08:00", file: "b.xlsx")), stamp: stamp)
        try ledger.apply(.deadline(task: 7, to: Deadline(.date("2023-09-30"))), stamp: stamp, reason: "等待省级平台上线")
        return ledger
    }

    @Test func pythonDocxReadsTheTablesWithTheReportsNumbers() throws {
        let report = try Report.make(ledger: Self.ledger(), today: Fixture.today)
        let folder = TemporaryFolder()
        let path = folder.file("通报.docx")
        try ReportWriter.write(report, format: .docx, to: path)
        let document = try #require(try Python.json(Self.script, [path]))
        let paragraphs = document["paragraphs"]?.strings ?? []
        #expect(paragraphs.first == "关于《珠海市贯彻落实国家和省2022年政务公开工作要点分工方案》落实情况的通报")
        #expect(paragraphs.contains("（截至2023年1月5日）"))
        #expect(paragraphs.contains { $0.hasPrefix("截至2023年1月5日，方案共明确任务57项。其中已销号7项，完成率12.3%") })
        #expect(paragraphs.contains { $0.contains("按时报送1个，逾期报送1个，未报送10个。逾期报送的单位：市财政局。") })
        #expect(paragraphs.contains { $0.contains("期间经批准调整完成时限1次") })
        #expect(document["styles"]?.strings?.first == "Title")
        #expect(document["title"]?.string == paragraphs.first)

        let tables = try #require(document["tables"]?.array)
        #expect(tables.count == 4)
        // Table 1: a row per unit, the standings' numbers.
        let units = try #require(tables[0].array?.compactMap { $0.strings })
        #expect(units[0] == ["单位", "任务数", "已销号", "超进度", "达进度", "欠进度", "逾期", "报送情况"])
        #expect(units.count == 1 + report.standings.count)
        for (row, standing) in zip(units.dropFirst(), report.standings) {
            #expect(row[0] == standing.unit)
            #expect(row[1...6] == [standing.total, standing.signedOff, standing.ahead, standing.onSchedule, standing.behind, standing.overdue].map(String.init)[...])
        }
        let justice = try #require(units.first { $0[0] == "市司法局" })
        #expect(justice == ["市司法局", "3", "2", "0", "0", "1", "0", "按时报送"])
        #expect(units.first { $0[0] == "市财政局" }?.last == "逾期报送")
        #expect(units.first { $0[0] == "市教育局" }?.last == "未报送")
        // Table 2: the ranking by completion.
        let ranking = try #require(tables[1].array?.compactMap { $0.strings })
        #expect(ranking[0] == ["排名", "单位", "完成率", "已销号/任务数", "欠进度", "逾期"])
        #expect(ranking[1] == ["1", "市司法局", "66.7%", "2/3", "1", "0"])
        // Table 3: every task behind or overdue, whole, with its units.
        let lagging = try #require(tables[2].array?.compactMap { $0.strings })
        let expected = report.open.filter { $0.pace == .behind || $0.overdue }
        #expect(lagging.count == 1 + expected.count)
        for (row, task) in zip(lagging.dropFirst(), expected) {
            #expect(row[0] == String(task.number) && row[1] == task.text && row[2] == CellText.units(task.units))
        }
        // Table 4: the extension with its reason.
        #expect(tables[3].array?.last?.strings == ["7", "2023-06-30", "2023-09-30", "等待省级平台上线", "2023-01-02"])

        #expect(document["repeat"]?.array?.allSatisfy { $0.bool == true } == true)
        #expect(document["borders"]?.strings?.allSatisfy { $0 == "Table Grid" } == true)
        let page = document["page"]?.array?.compactMap(\.double) ?? []
        #expect(page.count == 4 && abs(page[0] - 210) < 1 && abs(page[1] - 297) < 1 && abs(page[2] - 28) < 1 && abs(page[3] - 37) < 1)
    }

    @Test func libreOfficeOpensAndPrintsIt() throws {
        let folder = TemporaryFolder()
        let path = folder.file("bulletin.docx")
        try ReportWriter.write(Report.make(ledger: Self.ledger(), today: Fixture.today), format: .docx, to: path)
        let pdf = try #require(try Printing.office(path, to: "pdf", in: folder))
        let pages = try #require(try Printing.pages(pdf))
        #expect((3...30).contains(pages), "the 通报 prints on \(pages) pages")
    }

    @Test func aViewIsRefusedForTheBulletin() throws {
        let folder = TemporaryFolder()
        #expect(throws: ReportError.viewInBulletin("open")) {
            try ReportWriter.write(Fixture.report(), format: .docx, view: .open, to: folder.path)
        }
        #expect(folder.names.isEmpty)
        let names = try ReportWriter.write(Fixture.report(), format: .docx, to: folder.path)
        #expect(names == [folder.file("taizhang-bulletin-2023-01-05.docx")])
    }
}
