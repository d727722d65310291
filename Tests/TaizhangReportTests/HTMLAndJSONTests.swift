import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangReport
import TaizhangTestSupport

@Suite struct HTMLTests {
    static let script = """
        import json, sys
        from html.parser import HTMLParser
        class Reader(HTMLParser):
            def __init__(self):
                super().__init__()
                self.stack, self.tags, self.charts, self.text = [], {}, [], []
                self.external = []
            def handle_starttag(self, tag, attrs):
                a = dict(attrs)
                self.tags[tag] = self.tags.get(tag, 0) + 1
                if tag == 'svg': self.charts.append({'label': a.get('aria-label'), 'rows': 0, 'done': 0})
                if tag == 'g' and a.get('class') == 'row': self.charts[-1]['rows'] += 1
                if tag == 'rect' and a.get('class') == 'bar done': self.charts[-1]['done'] += 1
                for key in ('src', 'href'):
                    if key in a: self.external.append(a[key])
                if tag not in ('meta', 'rect', 'br', 'col'): self.stack.append(tag)
            def handle_endtag(self, tag):
                if tag in ('meta', 'rect', 'br', 'col'): return
                if not self.stack or self.stack.pop() != tag: raise SystemExit('unbalanced </%s>' % tag)
            def handle_data(self, data):
                self.text.append(data)
        r = Reader()
        r.feed(open(sys.argv[1], encoding='utf-8').read())
        r.close()
        print(json.dumps({'tags': r.tags, 'charts': r.charts, 'open': r.stack, 'external': r.external,
                          'text': ''.join(r.text)}, ensure_ascii=False))
        """

    @Test func parsesWithOneBarPerAreaAndPerUnit() throws {
        var ledger = Fixture.ledger()
        try ledger.apply(.addNote(task: 5, text: "<script>alert('x')</script> & 其他"), stamp: Stamp(at: "2022-12-30T10:00:00+08:00", by: "x"))
        let report = try Report.make(ledger: ledger, today: Fixture.today)
        let folder = TemporaryFolder()
        let paths = try ReportWriter.write(report, format: .html, to: folder.path)
        #expect(paths == [folder.file("taizhang-report-2023-01-05.html")])
        let html = try #require(try Python.json(Self.script, paths))
        #expect(html["open"]?.array?.isEmpty == true)
        #expect(html["external"]?.array?.isEmpty == true)
        #expect(html["tags"]?["script"] == nil)
        #expect(html["tags"]?["table"]?.int == ReportView.allCases.count)
        #expect(html["tags"]?["svg"]?.int == 2)
        let charts = try #require(html["charts"]?.array)
        #expect(charts[0]["label"]?.string == "各领域完成情况")
        #expect(charts[0]["rows"]?.int == 5)
        #expect(charts[0]["done"]?.int == 5)
        #expect(charts[1]["label"]?.string == "各单位完成情况")
        #expect(charts[1]["rows"]?.int == 14)
        let text = try #require(html["text"]?.string)
        #expect(text.contains("<script>alert('x')</script> & 其他"))
        #expect(text.contains("珠府办〔2022〕6号"))
        #expect(text.contains("2/10 20.0%"))
        // Whole task text, and no local path.
        #expect(text.contains(ledger.plan.tasks[3].text))
        #expect(!text.contains("ledger.json"))
    }

    @Test func selfContainedAndPrintable() throws {
        let text = String(decoding: try ReportWriter.bytes(Fixture.report(), format: .html), as: UTF8.self)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(text.contains("<meta charset=\"utf-8\">"))
        #expect(text.contains("@media print"))
        #expect(text.contains("@page { size: A4 landscape;"))
        // Columns share the page by their print widths: a status keeps its two characters.
        #expect(text.contains("<table class=\"open\">\n<colgroup><col style=\"width:4.1%\"><col style=\"width:31.1%\">"))
        #expect(text.contains("\"Noto Sans CJK SC\""))
        // No scripts, stylesheets, fonts or images to fetch.
        #expect(!text.contains("<script") && !text.contains("<link") && !text.contains("src=") && !text.contains("url("))
        #expect(HTMLWriter.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}

@Suite struct JSONTests {
    @Test func theSameNumbersForScripts() throws {
        let bytes = try ReportWriter.bytes(Fixture.report(), format: .json)
        let value = try JSONParser.parse(bytes)
        #expect(value["heading"]?["documentNumber"]?.string == "珠府办〔2022〕6号")
        #expect(value["heading"]?["date"]?.string == "2023-01-05")
        #expect(value["overall"]?["total"]?.int == 57)
        #expect(value["overall"]?["overdue"]?.int == 2)
        #expect(value["overall"]?["percentDone"]?.double == 0.1228)
        #expect(value["areas"]?.array?.count == 22)
        #expect(value["areas"]?[0]?["done"]?.int == 4)
        #expect(value["units"]?[4]?["kind"]?.string == "group")
        #expect(value["units"]?[4]?["members"]?.strings == ["市政府办公室", "市政务服务数据管理局"])
        #expect(value["units"]?[4]?["total"]?.int == 14)
        #expect(value["units"]?[13]?["unit"] == .null)
        #expect(value["open"]?.array?.count == 50)
        #expect(value["open"]?[1]?["deadline"]?["date"]?.string == "2022-12-31")
        #expect(value["open"]?[1]?["overdue"]?.bool == true)
        #expect(value["open"]?[0]?["latestNote"]?["at"]?.string == "2022-11-20T16:30:00+08:00")
        #expect(value["open"]?[0]?["text"]?.string == Fixture.ledger().plan.tasks[3].text)
        // In progress with no deadline: green, yet behind once the plan's year is gone.
        #expect(value["open"]?[0]?["light"]?.string == "green")
        #expect(value["open"]?[0]?["pace"]?.string == "behind")
        #expect(value["heading"]?["ledger"]?.string == "~/台账/ledger.json")
        // 12 units report: the 13 the plan names, 市直其他单位 an alias of 市直各有关单位.
        #expect(value["ranking"]?.array?.count == 12)
        #expect(value["returns"]?.array?.count == 12)
        #expect(value["period"]?["label"]?.string == "2023-01")
    }

    @Test func oneViewKeepsTheHeading() throws {
        let value = try JSONParser.parse(try ReportWriter.bytes(Fixture.report(), format: .json, views: [.overall]))
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["heading", "overall"])
    }
}
