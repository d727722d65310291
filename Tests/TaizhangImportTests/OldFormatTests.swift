@testable import TaizhangImport
import Foundation
import Testing
import TaizhangModel
import TaizhangTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Old formats and encodings as offices send them: .doc and .xls (made here by LibreOffice
/// from the test's own .docx and .xlsx), PDF (made from a corpus plan), GBK/GB18030 and
/// UTF-16 text. The LibreOffice cases print a note and stop when soffice is not installed;
/// CI installs it.
@Suite(.serialized) struct OldFormatTests {
    static let soffice = Converter.executable(["soffice", "libreoffice"])

    /// Converts with LibreOffice in a folder and profile of its own.
    static func convert(_ bytes: [UInt8], from source: String, to target: String) throws -> [UInt8] {
        let folder = TemporaryFolder()
        let input = folder.path + "/plan." + source
        folder.write("plan." + source, bytes)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice ?? "/usr/bin/soffice")
        process.arguments = [
            "-env:UserInstallation=file://" + folder.path + "/profile", "--headless", "--norestore",
            "--convert-to", target, "--outdir", folder.path + "/out", input,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return [UInt8](FileManager.default.contents(atPath: folder.path + "/out/plan." + target.split(separator: ":")[0]) ?? Data())
    }

    static func summary(_ result: ImportResult) -> [String] {
        result.plan.tasks.map { task in
            "\(task.number) \(task.area)/\(task.section.map(String.init) ?? "-") " + task.units.map { "\($0.name):\($0.role.rawValue)" }.joined(separator: " ")
        }
    }

    @Test func docImportsLikeItsDocx() throws {
        guard Self.soffice != nil else {
            print("note: soffice is not installed, so the .doc case is not run (apt-get install libreoffice-writer-nogui)")
            return
        }
        let docx = ImportTableLayoutTests.wordTable()
        let doc = try Self.convert(docx, from: "docx", to: "doc")
        #expect(doc.starts(with: [0xD0, 0xCF, 0x11, 0xE0]))
        let fromDocx = try PlanImporter.importDocument(docx, fileName: "方案.docx")
        let fromDoc = try PlanImporter.importDocument(doc, fileName: "方案.doc")
        #expect(Self.summary(fromDoc) == Self.summary(fromDocx))
        #expect(fromDoc.plan.tasks.map(\.text) == fromDocx.plan.tasks.map(\.text))
    }

    @Test func xlsImportsLikeItsXlsx() throws {
        guard Self.soffice != nil else {
            print("note: soffice is not installed, so the .xls case is not run (apt-get install libreoffice-calc-nogui)")
            return
        }
        let xlsx = ImportTableLayoutTests.workbook()
        let xls = try Self.convert(xlsx, from: "xlsx", to: "xls")
        #expect(xls.starts(with: [0xD0, 0xCF, 0x11, 0xE0]))
        let fromXlsx = try PlanImporter.importDocument(xlsx, fileName: "台账.xlsx")
        let fromXls = try PlanImporter.importDocument(xls, fileName: "台账.xls")
        #expect(Self.summary(fromXls) == Self.summary(fromXlsx))
    }

    /// OpenDocument spreadsheets read like the workbook they were saved from.
    @Test func odsImportsLikeItsXlsx() throws {
        guard Self.soffice != nil else {
            print("note: soffice is not installed, so the .ods case is not run (apt-get install libreoffice-calc-nogui)")
            return
        }
        let xlsx = ImportTableLayoutTests.workbook()
        let ods = try Self.convert(xlsx, from: "xlsx", to: "ods")
        let fromXlsx = try PlanImporter.importDocument(xlsx, fileName: "台账.xlsx")
        let fromODS = try PlanImporter.importDocument(ods, fileName: "台账.ods")
        #expect(fromODS.form == .ods)
        #expect(Self.summary(fromODS) == Self.summary(fromXlsx))
    }

    /// A PDF made from a corpus plan's text imports its tasks and units.
    @Test func pdfImportsItsTasks() throws {
        guard Self.soffice != nil, Converter.executable(["pdftotext"]) != nil else {
            print("note: soffice or pdftotext is not installed, so the PDF case is not run (apt-get install libreoffice-writer-nogui poppler-utils)")
            return
        }
        let (text, _) = try CorpusFacts.load("2023-lishan-zhongdiangongzuo")
        let pdf = try Self.convert(text, from: "txt", to: "pdf")
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        let fromText = try PlanImporter.importDocument(text, fileName: "plan.txt")
        let fromPDF = try PlanImporter.importDocument(pdf, fileName: "plan.pdf")
        #expect(Self.summary(fromPDF) == Self.summary(fromText))
    }

    /// Without the converter, the message names the package and the 另存为 way out.
    @Test func aMissingConverterSaysWhatToInstall() {
        let error = ImportError.converterMissing(format: ".doc", tool: "LibreOffice", package: "libreoffice-writer-nogui")
        #expect(error.description.contains("apt-get install libreoffice-writer-nogui"))
        #expect(error.description.contains(".docx"))
    }

    static func gb18030(_ text: String) -> [UInt8] {
        let converter = iconv_open("GB18030", "UTF-8")
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var inputLeft = input.count
        var outputLeft = output.count
        _ = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                return iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
            }
        }
        return Array(output.prefix(output.count - outputLeft))
    }

    /// What Notepad and Excel write on Chinese Windows reads like UTF-8, traditional
    /// characters included (GB18030 covers them).
    @Test func gbkTextImports() throws {
        for plan in ["2020-chuzhou-zhongdiangongzuo", "2021-jiaotongbu-zhengwugongkai"] {
            let (text, _) = try CorpusFacts.load(plan)
            let encoded = Self.gb18030(String(decoding: text, as: UTF8.self))
            #expect(String(validating: encoded, as: UTF8.self) == nil, "\(plan) is really not UTF-8")
            let fromUTF8 = try PlanImporter.importDocument(text, fileName: "plan.txt")
            let fromGBK = try PlanImporter.importDocument(encoded, fileName: "plan.txt")
            #expect(fromGBK.plan == fromUTF8.plan)
        }
    }

    /// UTF-16 with and without a byte-order mark, little- and big-endian.
    @Test func utf16TextImports() throws {
        let (text, _) = try CorpusFacts.load("2023-lishan-zhongdiangongzuo")
        let units = Array(String(decoding: text, as: UTF8.self).utf16)
        let little = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let expected = try PlanImporter.importDocument(text, fileName: "plan.txt").plan
        for bytes in [[0xFF, 0xFE] + little, [0xFE, 0xFF] + big, little, big] {
            #expect(try PlanImporter.importDocument(bytes, fileName: "plan.txt").plan == expected)
        }
    }
}
