import Foundation

/// The parts of an .xlsx package for a `Workbook`: content types, relationships, the
/// workbook (with print titles), styles, shared strings, one part per sheet and the document
/// properties. Kept apart from the zipping so the XML can be read and tested as text.
struct WorkbookPackage {
    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    private let workbook: Workbook
    private var styles = WorkbookStyles()
    private var strings: [String] = []
    private var stringIndex: [String: Int] = [:]

    init(_ workbook: Workbook) {
        self.workbook = workbook
    }

    /// Every part, path → XML, in the order they are zipped.
    mutating func parts() -> [(path: String, xml: String)] {
        var parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", OfficePackage.rootRelationships(main: "xl/workbook.xml")),
            ("docProps/core.xml", OfficePackage.coreProperties(title: workbook.title, created: createdStamp)),
            ("xl/workbook.xml", workbookXML),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
        ]
        for (index, sheet) in workbook.sheets.enumerated() {
            var writer = WorksheetXML(sheet: sheet)
            parts.append(("xl/worksheets/sheet\(index + 1).xml", writer.xml(strings: &self)))
        }
        // Last: the sheets fill the string table and the style list as they are written.
        parts.append(("xl/styles.xml", styles.xml))
        parts.append(("xl/sharedStrings.xml", sharedStrings))
        return parts
    }

    private var createdStamp: String {
        let day = workbook.day
        return "\(day.year)-\(Self.two(day.month))-\(Self.two(day.day))T12:00:00Z"
    }

    private var contentTypes: String {
        let ml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = OfficePackage.xmlHeader + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="\#(ml).sheet.main+xml"/>"#
        for index in workbook.sheets.indices {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="\#(ml).worksheet+xml"/>"#
        }
        xml += #"<Override PartName="/xl/styles.xml" ContentType="\#(ml).styles+xml"/>"#
        xml += #"<Override PartName="/xl/sharedStrings.xml" ContentType="\#(ml).sharedStrings+xml"/>"#
        xml += OfficePackage.corePropertiesType
        return xml + "</Types>"
    }

    private var workbookXML: String {
        let firstVisible = workbook.sheets.firstIndex { !$0.hidden } ?? 0
        var xml = OfficePackage.xmlHeader + #"<workbook xmlns="\#(Self.mainNS)" xmlns:r="\#(OfficePackage.officeRelNS)">"#
        xml += #"<bookViews><workbookView activeTab="\#(firstVisible)" firstSheet="\#(firstVisible)"/></bookViews><sheets>"#
        for (index, sheet) in workbook.sheets.enumerated() {
            let state = sheet.hidden ? #" state="hidden""# : ""
            xml += #"<sheet name="\#(XMLText.escape(Self.sheetName(sheet.name)))" sheetId="\#(index + 1)"\#(state) r:id="rId\#(index + 1)"/>"#
        }
        xml += "</sheets>"
        var names: [String] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            let quoted = "'" + Self.sheetName(sheet.name).replacingOccurrences(of: "'", with: "''") + "'"
            if let rows = sheet.page?.repeatRows {
                let range = "\(quoted)!$\(rows.lowerBound + 1):$\(rows.upperBound + 1)"
                names.append(#"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">\#(XMLText.escape(range))</definedName>"#)
            }
            if let filter = sheet.autoFilter {
                let start = "$" + Self.column(filter.firstColumn) + "$\(filter.firstRow + 1)"
                let end = "$" + Self.column(filter.lastColumn) + "$\(filter.lastRow + 1)"
                let range = "\(quoted)!\(start):\(end)"
                names.append(#"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">\#(XMLText.escape(range))</definedName>"#)
            }
        }
        if !names.isEmpty { xml += "<definedNames>" + names.joined() + "</definedNames>" }
        return xml + "</workbook>"
    }

    private var workbookRelationships: String {
        let count = workbook.sheets.count
        var xml = OfficePackage.xmlHeader + #"<Relationships xmlns="\#(OfficePackage.relationshipsNS)">"#
        for index in 0..<count {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="\#(OfficePackage.officeRelNS)/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(count + 1)" Type="\#(OfficePackage.officeRelNS)/styles" Target="styles.xml"/>"#
        xml += #"<Relationship Id="rId\#(count + 2)" Type="\#(OfficePackage.officeRelNS)/sharedStrings" Target="sharedStrings.xml"/>"#
        return xml + "</Relationships>"
    }

    /// The index of `text` in the shared string table, adding it the first time.
    mutating func string(_ text: String) -> Int {
        if let index = stringIndex[text] { return index }
        strings.append(text)
        stringIndex[text] = strings.count - 1
        return strings.count - 1
    }

    mutating func style(_ style: CellStyle) -> Int {
        styles.number(of: style)
    }

    private var sharedStrings: String {
        var xml = OfficePackage.xmlHeader + #"<sst xmlns="\#(Self.mainNS)" count="\#(strings.count)" uniqueCount="\#(strings.count)">"#
        for text in strings {
            xml += #"<si><t xml:space="preserve">\#(XMLText.escape(text))</t></si>"#
        }
        return xml + "</sst>"
    }

    /// `A`…`Z`, `AA`…: the letters of a zero-based column.
    static func column(_ index: Int) -> String {
        var index = index + 1
        var letters = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            index = (index - 1) / 26
        }
        return letters
    }

    /// `B12` for zero-based row 11, column 1.
    static func cellName(row: Int, column: Int) -> String { Self.column(column) + String(row + 1) }

    /// Sheet names: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
    }

    /// Plain decimal notation with up to six decimals (no exponent), which every reader parses.
    static func number(_ value: Double) -> String {
        let scaled = Int((value * 1_000_000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let whole = abs(scaled) / 1_000_000
        var fraction = String(abs(scaled) % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + (fraction.isEmpty ? String(whole) : "\(whole).\(fraction)")
    }

    static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
