@testable import TaizhangImport
import Testing
import TaizhangModel
import TaizhangText
import TaizhangWords

/// Import messages in the interface language, each with its line, and plan text quoted in
/// them never reaching a terminal raw.
@Suite struct ImportWordsTests {
    @Test func warningsSpeakBothLanguages() {
        let warning = ImportWarning(line: 201, task: 35, .noUnits(reason: .emptyCell))
        #expect(warning.words(.english) == "task 35 has no responsible unit: its unit cell is empty")
        #expect(warning.words(.chinese) == "任务35没有责任单位：责任单位格为空")
        let merged = ImportWarning(line: 5, task: 2, .unitsFromMergedCell(names: ["市数据局", "市直各有关单位"]))
        #expect(merged.words(.chinese).contains("市数据局、市直各有关单位取自上方合并单元格"))
        for kind in Self.everyKind {
            let text = ImportWarning(line: 1, task: 1, kind).words(.chinese)
            #expect(!text.isEmpty && text.contains { Fold.isHan($0) }, "\(kind)")
        }
    }

    static let everyKind: [ImportWarning.Kind] = [
        .noUnits(reason: .documentEnds), .unitsFromMergedCell(names: ["甲局"]), .cellCarriedDown(column: "工作任务", rows: 3),
        .unitsForLaterTasks(names: ["各区"], clause: "以下均需各区落实"), .noWorkArea, .labelOutOfOrder(label: "5", previous: "3"),
        .deadlineNeedsYear(phrase: "年底前"), .deadlineAsWritten(phrase: "视情况"), .looksCutOff, .unitNameCutOff(fragment: "区政"),
        .textNotPlaced(text: "某段文字"), .unknownColumn(position: 3, name: "说明"), .noHeaderRow, .unitsWithoutTask(names: ["乙局"]),
        .pinyinRemoved(count: 4), .cellsRunTogether(header: "主要内容牵头单位配合单位"), .lineCutApart(parts: 12),
        .emptyTableCells(count: 44),
    ]

    /// A warning quoting a plan line with escape sequences and NUL is shown with them made
    /// visible: the report's lines are terminal-safe.
    @Test func reportLinesAreTerminalSafe() throws {
        let padding = String(repeating: "2.按照要求做好政府信息公开工作年度报告的编制和发布。（责任单位：市直各部门）\n", count: 3)
        let plan = "一、加强公开\n1.做好年报。（牵头单位：市政府办公室）\n" + padding + "责任单位：市财政局\n\u{1B}]0;owned\u{07}\u{1B}[2J\u{0}\u{202E}尾注\n"
        let result = try PlanImporter.importDocument(Array(plan.utf8), fileName: "plan.txt")
        #expect(result.warnings.contains { if case .textNotPlaced(let text) = $0.kind { text.contains("\u{1B}") } else { false } })
        for language in Language.allCases {
            for line in ImportReport.lines(result, language: language) {
                #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }, "\(line)")
            }
        }
    }

    @Test func theReportNamesTheReadingAndItsRunnerUp() throws {
        let text = "序号 | 工作任务 | 具体要求 | 责任单位 |\n1 | 一、加强公开 | 做好年报工作。 | 市政府办公室 |\n2 | 二、优化服务 | 办好热线。 | 市政务服务中心 |\n"
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        let english = ImportReport.lines(result, language: .english)
        #expect(english.first == "  read as: table by its header over pipe-cut cells")
        #expect(english.contains { $0.hasPrefix("  runner-up: ") })
        let chinese = ImportReport.lines(result, language: .chinese)
        #expect(chinese.first == "  读取方式：按表头列名读取表格（按“|”分隔的单元格）")
        #expect(chinese.contains { $0.hasPrefix("  次选读取方式：按编号和单位措辞读取") })
        #expect(chinese[1] == "  2个工作领域，0个子项，2项任务，2个单位")
    }

    @Test func errorsSpeakBothLanguages() {
        let fifo = ImportError.notARegularFile(path: "/tmp/p", kind: .fifo)
        #expect(fifo.words(.english) == "/tmp/p is a FIFO (named pipe), not a regular file; only files are imported")
        #expect(fifo.words(.chinese) == "/tmp/p是管道（FIFO），不是普通文件；只能导入文件")
        #expect(ImportError.converterMissing(format: ".doc", tool: "LibreOffice", package: "libreoffice-writer-nogui").words(.chinese)
            .contains("另存为"))
    }
}

/// Typed warnings in the ledger: schema 3 writes each kind with its arguments; a schema-2
/// ledger's plain English messages still read, as legacy warnings.
@Suite struct ImportWarningLedgerTests {
    @Test func everyKindSurvivesTheLedger() throws {
        var ledger = Ledger.bundled()
        ledger.importWarnings = ImportWordsTests.everyKind.enumerated().map { ImportWarning(line: $0.offset + 1, task: $0.offset, $0.element) }
            + [ImportWarning(line: 9, .legacy(message: "check by hand"))]
        let bytes = LedgerEncoding.bytes(ledger)
        let decoded = try LedgerDecoding.ledger(from: bytes, path: "x.json")
        #expect(decoded.importWarnings == ledger.importWarnings)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"kind\": \"unitsFromMergedCell\""))
    }

    @Test func aSchemaTwoMessageReadsAsLegacy() throws {
        let bytes = LedgerEncoding.bytes(Ledger.bundled())
        var text = String(decoding: bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"kind\": \"noUnits\",\n      \"reason\": \"emptyCell\"", with: "\"message\": \"task 35 has no responsible unit\"")
        let decoded = try LedgerDecoding.ledger(from: Array(text.utf8), path: "x.json")
        #expect(decoded.importWarnings == [ImportWarning(line: 201, task: 35, .legacy(message: "task 35 has no responsible unit"))])
    }
}

/// Forms the corpus shows once or not at all, read by the same grammar.
@Suite struct GrammarVariantTests {
    @Test func partsAreAreas() throws {
        let text = """
            某县2024年重点工作任务分解
            第一部分 优化营商环境
            1.推进“一网通办”。（牵头单位：县数据局；责任单位：各乡镇）
            2.压缩开办时间。（县市场监管局负责）
            第二部分 改善民生
            3.办好民生实事。（县发改局牵头，县财政局配合）
            """
        let result = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt")
        #expect(result.plan.areas.map(\.title) == ["优化营商环境", "改善民生"])
        #expect(result.plan.tasks.map(\.area) == [1, 1, 2])
        #expect(result.plan.tasks[2].units == [
            UnitAssignment(name: "县发改局", role: .lead), UnitAssignment(name: "县财政局", role: .supporting),
        ])
    }

    /// `分别牵头`, `等有关单位`, `参照执行`, persons apart, a deadline in the clause.
    @Test func unitPhrasesInEveryStyle() {
        func units(_ text: String) -> [String] {
            UnitPhrase.parse(FoldedText(text)).units.map { "\($0.name):\($0.role.rawValue)" }
        }
        #expect(units("市发改委、市财政局分别牵头,各县区负责") == ["市发改委:lead", "市财政局:lead", "各县区:responsible"])
        #expect(units("市教育局等有关单位") == ["市教育局:responsible"])
        #expect(units("牵头单位:市卫健委;参照执行单位:市属医院") == ["市卫健委:lead", "市属医院:reference"])
        #expect(units("各县(市、区)人民政府,市自然资源和规划局") == ["各县(市、区)人民政府:responsible", "市自然资源和规划局:responsible"])
        let phrase = UnitPhrase.parse(FoldedText("分管领导:张三;责任单位:区商务局,6月底前完成"))
        #expect(phrase.people == ["张三"] && phrase.deadline == "6月底前完成")
        #expect(phrase.units == [UnitAssignment(name: "区商务局", role: .responsible)])
        #expect(units("市交通局(见附件1,下同)") == ["市交通局:responsible"])
    }
}
