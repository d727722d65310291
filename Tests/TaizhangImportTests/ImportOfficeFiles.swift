import Foundation
import ZIPFoundation

/// Builds small .xlsx and .docx files in memory from XML written in the tests, so the Office
/// readers are tested on files whose every byte the test states.
enum ImportOfficeFiles {
    static func zip(_ parts: [(String, String)]) -> [UInt8] {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        } catch {
            return []
        }
        for (path, text) in parts {
            let data = Data(text.utf8)
            try? archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data.map { [UInt8]($0) } ?? []
    }

    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A workbook whose sheets are given as (name, sheetData XML, mergeCells XML).
    static func xlsx(sheets: [(name: String, rows: String, merges: String)], shared: [String]) -> [UInt8] {
        var parts: [(String, String)] = []
        let sheetList = sheets.indices.map { "<sheet name=\"\(sheets[$0].name)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
        parts.append(("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\"><sheets>\(sheetList)</sheets></workbook>"))
        let relations = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relNS)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined() + "<Relationship Id=\"rIdStrings\" Type=\"\(relNS)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        parts.append(("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relations)</Relationships>"))
        let strings = shared.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined()
        parts.append(("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(mainNS)\" count=\"\(shared.count)\">\(strings)</sst>"))
        for (index, sheet) in sheets.enumerated() {
            let merges = sheet.merges.isEmpty ? "" : "<mergeCells>\(sheet.merges)</mergeCells>"
            parts.append(("xl/worksheets/sheet\(index + 1).xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(mainNS)\"><sheetData>\(sheet.rows)</sheetData>\(merges)</worksheet>"))
        }
        // The package parts other readers (LibreOffice) need to recognise the file.
        let sheetTypes = sheets.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        parts.append(("[Content_Types].xml", contentTypes(
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + sheetTypes)))
        parts.append(("_rels/.rels", packageRelations("xl/workbook.xml")))
        return zip(parts)
    }

    static let wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func docx(body: String) -> [UInt8] {
        zip([
            ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"\(wordNS)\"><w:body>\(body)</w:body></w:document>"),
            ("[Content_Types].xml", contentTypes(
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>")),
            ("_rels/.rels", packageRelations("word/document.xml")),
        ])
    }

    static func contentTypes(_ overrides: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + overrides + "</Types>"
    }

    static func packageRelations(_ target: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"\(target)\"/>"
            + "</Relationships>"
    }

    static func paragraph(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }

    /// A table cell: `merge` is "restart", "continue" or nil; `span` its gridSpan.
    static func cell(_ text: String, merge: String? = nil, span: Int = 1) -> String {
        var properties = ""
        if span > 1 { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
        if merge == "restart" { properties += "<w:vMerge w:val=\"restart\"/>" }
        if merge == "continue" { properties += "<w:vMerge/>" }
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph(String($0)) }.joined()
        return "<w:tc><w:tcPr>\(properties)</w:tcPr>\(paragraphs)</w:tc>"
    }

    static func row(_ cells: String...) -> String { "<w:tr>\(cells.joined())</w:tr>" }
}
