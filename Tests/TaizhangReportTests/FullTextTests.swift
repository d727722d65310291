import Foundation
import TaizhangImport
import TaizhangModel
@testable import TaizhangReport
import TaizhangTestSupport
import Testing

/// Issue 13's first rule: a cell never holds a cut string. Every open task's whole text and
/// every one of its units, checked against the ledger in each format as a real reader reads it.
@Suite struct FullTextTests {
    static var open: [(text: String, units: String)] {
        let ledger = Fixture.ledger()
        let naming = UnitNaming(ledger)
        return ledger.plan.tasks.filter { $0.status != .done }.map { task in
            (task.text, naming.units(of: task).map(\.name).joined(separator: "、"))
        }
    }

    func expectWhole(_ cells: [String], in format: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let all = Set(cells)
        for (text, units) in Self.open {
            #expect(all.contains(text), "\(format): \(text.prefix(12))… is not whole", sourceLocation: sourceLocation)
            if !units.isEmpty { #expect(all.contains(units), "\(format): \(units) is not whole", sourceLocation: sourceLocation) }
        }
    }

    @Test func markdownJSONAndHTML() throws {
        let report = try Fixture.report()
        let markdown = String(decoding: try ReportWriter.bytes(report, format: .markdown, views: [.open]), as: UTF8.self)
        let cells = markdown.split(separator: "\n").flatMap { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        expectWhole(cells, in: "md")

        let json = try JSONParser.parse(try ReportWriter.bytes(report, format: .json, views: [.open]))
        let texts = json["open"]?.array?.compactMap { $0["text"]?.string } ?? []
        let units = json["open"]?.array?.compactMap { $0["units"]?.strings?.joined(separator: "、") } ?? []
        expectWhole(texts + units, in: "json")

        let folder = TemporaryFolder()
        let html = folder.file("r.html")
        try ReportWriter.write(report, format: .html, view: .open, to: html)
        let script = """
            import json, sys
            from html.parser import HTMLParser
            class Cells(HTMLParser):
                def __init__(self):
                    super().__init__(); self.cells, self.cell = [], None
                def handle_starttag(self, tag, attrs):
                    if tag == 'td': self.cell = ''
                    if tag == 'br' and self.cell is not None: self.cell += '\\n'
                def handle_endtag(self, tag):
                    if tag == 'td': self.cells.append(self.cell); self.cell = None
                def handle_data(self, data):
                    if self.cell is not None: self.cell += data
            c = Cells(); c.feed(open(sys.argv[1], encoding='utf-8').read())
            print(json.dumps(c.cells, ensure_ascii=False))
            """
        expectWhole(try #require(try Python.json(script, [html])?.strings), in: "html")
    }

    @Test func csvAndXLSX() throws {
        let report = try Fixture.report()
        let folder = TemporaryFolder()
        let csv = folder.file("open.csv")
        let xlsx = folder.file("open.xlsx")
        try ReportWriter.write(report, format: .csv, view: .open, to: csv)
        try ReportWriter.write(report, format: .xlsx, view: .open, to: xlsx)
        let script = """
            import csv, json, sys, openpyxl
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                a = [c for row in csv.reader(f) for c in row]
            b = [c.value for row in openpyxl.load_workbook(sys.argv[2]).active.iter_rows() for c in row if isinstance(c.value, str)]
            print(json.dumps({'csv': a, 'xlsx': b}, ensure_ascii=False))
            """
        let cells = try #require(try Python.json(script, [csv, xlsx]))
        expectWhole(cells["csv"]?.strings ?? [], in: "csv")
        expectWhole(cells["xlsx"]?.strings ?? [], in: "xlsx")
    }
}
