import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
import TaizhangText
@testable import TaizhangReport
import TaizhangTestSupport

@Suite struct MarkdownTests {
    /// The tables of a Markdown report: runs of lines starting with `|`.
    static func tables(_ text: String) -> [[String]] {
        var tables: [[String]] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    /// Display columns at which a line's unescaped pipes stand.
    static func pipeColumns(_ line: String) -> [Int] {
        var columns: [Int] = []
        var column = 0
        var escaped = false
        for character in line {
            if character == "|", !escaped { columns.append(column) }
            escaped = character == "\\" && !escaped
            column += DisplayWidth.of(character)
        }
        return columns
    }

    @Test func tablesAreWellFormedAndAlignedByDisplayWidth() throws {
        let text = String(decoding: try ReportWriter.bytes(Fixture.report(), format: .markdown), as: UTF8.self)
        let tables = Self.tables(text)
        // Empty views (returns are listed for every unit; no extension, no evidence) say （无）.
        #expect(tables.count == 8)
        #expect(tables.map(\.count) == [2 + 14, 2 + 22, 2 + 14, 2 + 12, 2 + 12, 2 + 50, 2, 2])
        for (index, table) in tables.enumerated() {
            let pipes = Self.pipeColumns(table[0])
            #expect(pipes.count >= 3)
            for line in table {
                // Every row has the header's cells; short columns line up by display width,
                // and a task's whole text (past the padding limit) only pushes its row along.
                #expect(Self.pipeColumns(line).count == pipes.count, "\(line)")
                if ReportView.allCases[index] != .open { #expect(Self.pipeColumns(line) == pipes, "\(line)") }
            }
            // The second line is the delimiter row: dashes, with a colon for right alignment.
            #expect(table[1].allSatisfy { "|-: ".contains($0) })
        }
    }

    @Test func headingAndRowsReadAsPlainText() throws {
        let text = String(decoding: try ReportWriter.bytes(Fixture.report(), format: .markdown), as: UTF8.self)
        #expect(text.hasPrefix("# 珠海市贯彻落实国家和省2022年政务公开工作要点分工方案落实情况\n\n- 方案："))
        #expect(text.contains("- 文号：珠府办〔2022〕6号\n"))
        #expect(text.contains("- 报告日期：2023-01-05\n"))
        #expect(!text.contains("ledger.json"))
        #expect(text.contains("| 任务总数                   |    57 |\n"))
        #expect(text.contains("| 完成率                     | 12.3% |\n"))
        // The whole task and every unit; yearly deadlines read from the plan show their phrase.
        let task46 = Fixture.ledger().plan.tasks[45].text
        #expect(text.contains("|   46 | \(task46) | 各区政府（管委会）、市直各有关单位  "))
        #expect(text.contains("| 未开始 | 绿灯 | 达进度   | 每年至少召开一次会议               |"))
        // A deadline past and its note keep their lines, as <br> in a cell.
        #expect(text.contains("| 进行中 | 红灯 | 欠进度   | 2022-12-31（2022年底前）<br>已逾期 | 2022-12-28 公报数字化完成 80%  "))
    }

    @Test func pipesInLedgerTextAreEscaped() throws {
        var ledger = Fixture.ledger()
        try ledger.apply(.addNote(task: 4, text: "a|b *c*"), stamp: Stamp(at: "2022-12-30T10:00:00+08:00", by: "x"))
        let report = try Report.make(ledger: ledger, today: Fixture.today)
        let text = String(decoding: try ReportWriter.bytes(report, format: .markdown, views: [.open]), as: UTF8.self)
        #expect(text.contains(#"a\|b \*c\*"#))
        for table in Self.tables(text) {
            let pipes = Self.pipeColumns(table[0])
            for line in table { #expect(Self.pipeColumns(line).count == pipes.count) }
        }
    }
}

@Suite struct CSVTests {
    @Test func bomCRLFAndRFC4180Quoting() throws {
        let bytes = try ReportWriter.bytes(Fixture.report(), format: .csv, views: [.open])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("序号,工作任务,责任单位,状态,亮灯,序时进度,完成时限,最新进展,佐证材料\r\n"))
        let task4 = Fixture.ledger().plan.tasks[3].text
        #expect(text.contains("\r\n4,\(task4),各区政府（管委会）,进行中,绿灯,欠进度,,\"2022-11-20 两个区完成试点，\"\"标准目录\"\"待审定\",\r\n"))
        #expect(text.hasSuffix("\r\n"))
        // A cell's own line breaks stay inside its quotes.
        #expect(text.contains("\"2022-12-31（年底前）\n已逾期\""))
    }

    @Test func quotingRules() {
        #expect(CSVWriter.quote("plain") == "plain")
        #expect(CSVWriter.quote("a,b") == "\"a,b\"")
        #expect(CSVWriter.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.quote("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.quote(" padded") == "\" padded\"")
    }

    @Test func pythonsCSVReaderSeesEqualWidthRows() throws {
        let folder = TemporaryFolder()
        let paths = try ReportWriter.write(Fixture.report(), format: .csv, to: folder.path)
        #expect(folder.names == ReportView.allCases.map { "taizhang-report-2023-01-05-\($0.rawValue).csv" }.sorted())
        let script = """
            import csv, json, sys
            out = []
            for path in sys.argv[1:]:
                raw = open(path, 'rb').read()
                with open(path, newline='', encoding='utf-8-sig') as f:
                    rows = list(csv.reader(f, strict=True))
                out.append({'bom': raw.startswith(b'\\xef\\xbb\\xbf'), 'widths': sorted(set(len(r) for r in rows)),
                            'rows': len(rows), 'header': rows[0], 'second': rows[1] if len(rows) > 1 else None})
            print(json.dumps(out, ensure_ascii=False))
            """
        let files = try #require(try Python.json(script, paths)?.array)
        #expect(files.count == ReportView.allCases.count)
        for file in files {
            #expect(file["bom"]?.bool == true)
            #expect(file["widths"]?.array?.count == 1)
        }
        #expect(files[0]["header"]?.strings == ["项目", "数值"])
        // One file per view, written in the views' order.
        let byView = Dictionary(uniqueKeysWithValues: zip(ReportView.allCases.map(\.rawValue), files))
        #expect(byView["overall"]?["second"]?.strings == ["任务总数", "57"])
        #expect(byView["areas"]?["rows"]?.int == 23)
        #expect(byView["areas"]?["second"]?.strings == ["一、优化政务公开工作基础", "10", "5", "1", "4", "6", "1", "1", "4", "40.0%"])
        #expect(byView["units"]?["header"]?.strings == ["单位", "任务数", "牵头", "负责", "配合", "参照", "已完成", "推进中", "未完成", "逾期", "完成率"])
        #expect(byView["units"]?["second"]?.strings == ["各区政府（管委会）", "51", "51", "0", "0", "0", "5", "3", "46", "1", "9.8%"])
        #expect(byView["open"]?["rows"]?.int == 51)
        #expect(byView["open"]?["second"]?[7]?.string == "2022-11-20 两个区完成试点，\"标准目录\"待审定")
    }
}
