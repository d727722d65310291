@testable import TaizhangImport
import Foundation
import Testing
import TaizhangModel
import TaizhangWords
import TaizhangTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Small hostile or unlucky files (issue 11): each is refused with its own message, quickly,
/// without growing memory; none blocks or hangs. Every case is bounded in time, so a
/// regression fails rather than hangs.
@Suite(.timeLimit(.minutes(1))) struct HardeningTests {
    typealias Office = ImportOfficeFiles

    /// Runs `body`, expecting the error it throws, within thirty seconds: a bound that tells a
    /// hang (the files here took minutes or never ended) from a debug build on a loaded
    /// machine, not a timing promise (the benchmark harness measures speed).
    func refuses(_ expected: (ImportError) -> Bool, _ what: String, _ body: () throws(ImportError) -> Void) {
        let clock = ContinuousClock()
        let started = clock.now
        do {
            try body()
            Issue.record("\(what): read without complaint")
        } catch {
            #expect(expected(error), "\(what): \(error)")
        }
        #expect(clock.now - started < .seconds(30), "\(what) took too long")
    }

    /// The time bound holds inside each reader, not only between them: a text of millions of
    /// characters spends most of its time in one read (the unit grammar of every line), which
    /// stops when the bound has passed. A bound already spent stops each reader at its first
    /// check; the importer then refuses the document with `.timeLimit`.
    @Test func theTimeBoundStopsEachReaderInsideItsLoop() throws {
        let lines = (1...1_000).map { "\($0).推进第\($0)项重点工作,确保按期完成。(责任单位:市发改委、市财政局)" }
        let text = "某市2022年重点工作任务分工方案\n一、重点工作\n" + lines.joined(separator: "\n") + "\n"
        var spent = ImportLimits()
        spent.seconds = 0
        let grid = TextTokenizer.lines(text)
        #expect(FlowReader.gather(grid).count > 1_000)
        #expect(FlowReader.gather(grid, limits: spent).count < 256)
        let entries = FlowReader.read(grid)
        #expect(entries.count > 1_000)
        #expect(FlowReader.read(grid, limits: spent).isEmpty)
        #expect(PlanAssembler.assemble(entries, form: .text, options: ImportOptions())?.plan.tasks.count == 1_000)
        var options = ImportOptions()
        options.limits = spent
        #expect(PlanAssembler.assemble(entries, form: .text, options: options) == nil)
        let table = "序号 | 工作任务 | 责任单位\n" + (1...1_000).map { "\($0) | 推进第\($0)项重点工作 | 市发改委" }.joined(separator: "\n")
        let cells = TextTokenizer.pipes(table)
        #expect(TableReader.read(cells, limits: ImportLimits())?.isEmpty == false)
        #expect(TableReader.read(cells, limits: spent) == nil)
        refuses({ if case .timeLimit = $0 { true } else { false } }, "a text read after its time bound") { () throws(ImportError) in
            _ = try PlanImporter.importDocument(Array(text.utf8), fileName: "plan.txt", options: options)
        }
    }

    func workbook(rows: String = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>序号</t></is></c></row>", merges: String, shared: [String] = []) -> [UInt8] {
        Office.xlsx(sheets: [("表", rows, merges)], shared: shared)
    }

    @Test func oneMergedRangeOverAMillionRowsIsRefused() {
        let bytes = workbook(merges: #"<mergeCell ref="A1:Z1048576"/>"#)
        #expect(bytes.count < 4000)
        refuses({ if case .mergedAreaTooLarge = $0 { true } else { false } }, "one huge merge") { () throws(ImportError) in
            _ = try PlanImporter.importDocument(bytes, fileName: "x.xlsx")
        }
    }

    @Test func manyMergedRangesAreRefused() {
        let merges = (1...100).map { "<mergeCell ref=\"A\($0):XFD\($0 + 5000)\"/>" }.joined()
        refuses({ if case .mergedAreaTooLarge = $0 { true } else { false } }, "a hundred merges") { () throws(ImportError) in
            _ = try PlanImporter.importDocument(workbook(merges: merges), fileName: "x.xlsx")
        }
        let count = (1...30_000).map { "<mergeCell ref=\"A\($0):A\($0)\"/>" }.joined()
        refuses({ if case .tooManyMerges = $0 { true } else { false } }, "thirty thousand merges") { () throws(ImportError) in
            _ = try PlanImporter.importDocument(workbook(merges: count), fileName: "x.xlsx")
        }
    }

    /// A sheet that repeats an empty row a million times (as spreadsheets do to the end of
    /// the sheet) is not spread into a million rows; spans down are bounded like merges.
    @Test func odsRepeatsAreNotSpread() throws {
        let table = "<table:table table:name=\"表\"><table:table-row><table:table-cell><text:p>序号</text:p></table:table-cell>"
            + "<table:table-cell><text:p>工作任务</text:p></table:table-cell><table:table-cell><text:p>责任单位</text:p></table:table-cell></table:table-row>"
            + "<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>做好年报。</text:p></table:table-cell>"
            + "<table:table-cell><text:p>市政府办公室</text:p></table:table-cell></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row></table:table>"
        let content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
            + "<office:body><office:spreadsheet>\(table)</office:spreadsheet></office:body></office:document-content>"
        let bytes = Office.zip([("content.xml", content)])
        let clock = ContinuousClock()
        let started = clock.now
        let result = try PlanImporter.importDocument(bytes, fileName: "x.ods")
        #expect(clock.now - started < .seconds(5))
        #expect(result.plan.tasks.map(\.text) == ["做好年报。"])
        let spans = content.replacingOccurrences(of: "<table:table-cell><text:p>1</text:p>", with: "<table:table-cell table:number-rows-spanned=\"100000\"><text:p>1</text:p>")
        let spanned = clock.now
        _ = try? PlanImporter.importDocument(Office.zip([("content.xml", spans)]), fileName: "x.ods")
        #expect(clock.now - spanned < .seconds(5), "a span over the sheet")
    }

    @Test func htmlSpansAreBoundedBeforeTheyAreSpread() {
        let row = "<tr>" + String(repeating: "<td rowspan=1000 colspan=64>x</td>", count: 20) + "</tr>"
        let html = "<table>" + String(repeating: row, count: 20) + "</table>"
        refuses({ if case .mergedAreaTooLarge = $0 { true } else { false } }, "HTML spans") { () throws(ImportError) in
            _ = try PlanImporter.importDocument(Array(html.utf8), fileName: "x.html")
        }
    }

    @Test func aWordFileOfEmptyParagraphsIsRefused() {
        let bytes = Office.docx(body: String(repeating: "<w:p/>", count: 700_000))
        #expect(bytes.count < 200_000)
        refuses({ if case .tooManyElements = $0 { true } else if case .partTooLarge = $0 { true } else { false } }, "empty paragraphs") { () throws(ImportError) in
            _ = try PlanImporter.importDocument(bytes, fileName: "x.docx")
        }
    }

    @Test func xmlEntitiesAreRefusedByName() {
        let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><sst><si><t>&lol2;</t></si></sst>"#
        refuses({ $0 == .xmlEntities(part: "xl/sharedStrings.xml") }, "billion laughs") { () throws(ImportError) in
            _ = try XMLEvents.parse(Data(laughs.utf8), part: "xl/sharedStrings.xml", limits: ImportLimits())
        }
        refuses({ $0 == .unknownEntity(part: "word/document.xml", name: "co") }, "an undefined entity") { () throws(ImportError) in
            _ = try PlanImporter.importDocument(Office.docx(body: Office.paragraph("甲&co;乙")), fileName: "x.docx")
        }
        refuses({ if case .xmlTooDeep = $0 { true } else { false } }, "deep nesting") { () throws(ImportError) in
            let deep = String(repeating: "<a>", count: 2000) + String(repeating: "</a>", count: 2000)
            _ = try XMLEvents.parse(Data(deep.utf8), part: "p", limits: ImportLimits())
        }
    }

    @Test func aLargeXMLPartGetsAClearMessage() {
        let huge = String(repeating: "政务公开", count: 1_000_000)
        let bytes = workbook(merges: "", shared: [huge])
        refuses({ if case .partTooLarge(let part, _, _) = $0 { part == "xl/sharedStrings.xml" } else { false } }, "an 12 MB part") { () throws(ImportError) in
            _ = try PlanImporter.importDocument(bytes, fileName: "x.xlsx")
        }
    }

    @Test func aCSVOfAHundredThousandColumnsIsRefused() {
        let csv = "序号,工作任务,责任单位\n" + String(repeating: "a,", count: 100_000) + "\n"
        refuses({ if case .tooManyColumns = $0 { true } else { false } }, "100k columns") { () throws(ImportError) in
            _ = try PlanImporter.importDocument(Array(csv.utf8), fileName: "x.csv")
        }
    }

    @Test func onlyRegularFilesAreRead() throws {
        let folder = TemporaryFolder()
        let fifo = folder.file("plan.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        refuses({ $0 == .notARegularFile(path: fifo, kind: .fifo) }, "a FIFO") { () throws(ImportError) in _ = try SourceFile.read(fifo) }
        refuses({ $0 == .notARegularFile(path: "/dev/zero", kind: .device) }, "/dev/zero") { () throws(ImportError) in _ = try SourceFile.read("/dev/zero") }
        refuses({ $0 == .notARegularFile(path: "/dev/null", kind: .device) }, "/dev/null") { () throws(ImportError) in _ = try SourceFile.read("/dev/null") }
        refuses({ $0 == .notARegularFile(path: folder.path, kind: .directory) }, "a folder") { () throws(ImportError) in _ = try SourceFile.read(folder.path) }
        refuses({ $0 == .fileMissing(path: folder.file("none.txt")) }, "a missing file") { () throws(ImportError) in _ = try SourceFile.read(folder.file("none.txt")) }
        folder.write("plan.txt", Array("一、加强\n1.做好工作。（牵头单位：市财政局）\n".utf8))
        #expect(try SourceFile.read(folder.file("plan.txt")).count > 10)
        refuses({ if case .tooLarge = $0 { true } else { false } }, "a file over the limit") { () throws(ImportError) in
            var limits = ImportLimits()
            limits.bytes = 8
            _ = try SourceFile.read(folder.file("plan.txt"), limits: limits)
        }
    }

    /// A C library without the GB18030 converter (the static release binary loads it from
    /// the machine's glibc) is said as such, in both languages, not as a file that is no text.
    @Test func aMissingGB18030ConverterIsSaidPlainly() throws {
        let gbk = OldFormatTests.gb18030("一、加强政务公开\n")
        #expect(try TextDecoder.gb18030(gbk) == "一、加强政务公开\n")
        #expect(throws: ImportError.gb18030Unavailable) {
            try TextDecoder.gb18030(gbk, charset: "NO-SUCH-CHARSET-TAIZHANG")
        }
        #expect(ImportError.gb18030Unavailable.description.hasPrefix("the file is not UTF-8 or UTF-16 text, and this machine's C library cannot load its GB18030 converter"))
        #expect(ImportError.gb18030Unavailable.words(.chinese).hasSuffix("请把文件另存为 UTF-8 后再导入"))
    }

    /// GB18030 is read, not called "not UTF-8"; bytes that are no text at all are named so.
    @Test func gb18030IsTextAndBinaryIsNot() throws {
        let gbk = OldFormatTests.gb18030("一、加强政务公开\n1.做好年报工作。（牵头单位：市政府办公室）\n")
        let result = try PlanImporter.importDocument(gbk, fileName: "plan.txt")
        #expect(result.plan.tasks.first?.units == [UnitAssignment(name: "市政府办公室", role: .lead)])
        refuses({ $0 == .notText }, "binary") { () throws(ImportError) in
            _ = try PlanImporter.importDocument([0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x10, 0x11, 0x00, 0x00, 0x7F, 0x80], fileName: "x.bin")
        }
    }
}
