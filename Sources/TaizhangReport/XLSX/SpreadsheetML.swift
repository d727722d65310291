import TaizhangText

/// The smallest SpreadsheetML package Excel, WPS, LibreOffice and openpyxl all open: content
/// types, relationships, a workbook, styles, shared strings and one worksheet per table.
/// Kept apart from the zipping so it can be read and tested as plain XML.
struct SpreadsheetML {
    struct Sheet {
        var name: String
        var headers: [String]
        var rows: [ReportTable.Row]
    }

    /// Style indexes into `cellXfs` below.
    enum Style: Int {
        case plain = 0, bold, percent, boldPercent
    }

    var sheets: [Sheet]
    private var strings: [String] = []
    private var stringIndex: [String: Int] = [:]

    init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// Every part of the package, path → XML text, in the order they are zipped.
    mutating func parts() -> [(path: String, xml: String)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", Self.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)))
        }
        // Last: the worksheets fill the string table as they are written.
        parts.append(("xl/sharedStrings.xml", sharedStrings))
        return parts
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelNS = "http://schemas.openxmlformats.org/package/2006/relationships"

    private var contentTypes: String {
        let ml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = Self.header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="\#(ml).sheet.main+xml"/>"#
        for index in sheets.indices {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="\#(ml).worksheet+xml"/>"#
        }
        xml += #"<Override PartName="/xl/styles.xml" ContentType="\#(ml).styles+xml"/>"#
        xml += #"<Override PartName="/xl/sharedStrings.xml" ContentType="\#(ml).sharedStrings+xml"/>"#
        return xml + "</Types>"
    }

    private var rootRelationships: String {
        Self.header + #"<Relationships xmlns="\#(Self.packageRelNS)">"#
            + #"<Relationship Id="rId1" Type="\#(Self.relNS)/officeDocument" Target="xl/workbook.xml"/>"#
            + "</Relationships>"
    }

    private var workbook: String {
        var xml = Self.header + #"<workbook xmlns="\#(Self.mainNS)" xmlns:r="\#(Self.relNS)"><bookViews><workbookView/></bookViews><sheets>"#
        for (index, sheet) in sheets.enumerated() {
            xml += #"<sheet name="\#(Self.escape(Self.sheetName(sheet.name)))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    private var workbookRelationships: String {
        var xml = Self.header + #"<Relationships xmlns="\#(Self.packageRelNS)">"#
        for index in sheets.indices {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="\#(Self.relNS)/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheets.count + 1)" Type="\#(Self.relNS)/styles" Target="styles.xml"/>"#
        xml += #"<Relationship Id="rId\#(sheets.count + 2)" Type="\#(Self.relNS)/sharedStrings" Target="sharedStrings.xml"/>"#
        return xml + "</Relationships>"
    }

    /// Two fonts (regular, bold) and the `0.0%` number format; charset 134 (GB2312) tells
    /// Excel the East Asian font to fall back on.
    private static let styles = header + #"<styleSheet xmlns="\#(mainNS)">"#
        + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>"#
        + #"<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    /// The header row is frozen (it stays on screen while scrolling) and bold; column widths
    /// follow the display width of the widest cell, so Chinese columns are not cut off.
    private mutating func worksheet(_ sheet: Sheet) -> String {
        let columns = sheet.headers.count
        let last = Self.column(max(columns - 1, 0)) + String(sheet.rows.count + 1)
        var xml = Self.header + #"<worksheet xmlns="\#(Self.mainNS)" xmlns:r="\#(Self.relNS)">"#
        xml += #"<dimension ref="A1:\#(last)"/>"#
        xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        xml += #"<sheetFormatPr defaultRowHeight="15"/><cols>"#
        for column in 0..<columns {
            let widest = ([sheet.headers[column]] + sheet.rows.map { $0.cells[column].text }).map { DisplayWidth.of($0) }.max() ?? 0
            xml += #"<col min="\#(column + 1)" max="\#(column + 1)" width="\#(Self.columnWidth(widest))" customWidth="1"/>"#
        }
        xml += "</cols><sheetData>"
        xml += row(1, sheet.headers.map { .text($0) }, bold: true)
        for (index, row) in sheet.rows.enumerated() {
            xml += self.row(index + 2, row.cells, bold: row.emphasis)
        }
        return xml + "</sheetData></worksheet>"
    }

    private mutating func row(_ number: Int, _ cells: [ReportTable.Cell], bold: Bool) -> String {
        var xml = #"<row r="\#(number)">"#
        for (column, cell) in cells.enumerated() {
            let ref = Self.column(column) + String(number)
            switch cell {
            case .text(let text):
                let style = bold ? #" s="\#(Style.bold.rawValue)""# : ""
                xml += #"<c r="\#(ref)" t="s"\#(style)><v>\#(string(text))</v></c>"#
            case .int(let value):
                let style = bold ? #" s="\#(Style.bold.rawValue)""# : ""
                xml += #"<c r="\#(ref)"\#(style)><v>\#(value)</v></c>"#
            case .percent(let fraction):
                let style = bold ? Style.boldPercent : Style.percent
                xml += #"<c r="\#(ref)" s="\#(style.rawValue)"><v>\#(Self.number(fraction))</v></c>"#
            }
        }
        return xml + "</row>"
    }

    /// The index of `text` in the shared string table, adding it the first time.
    private mutating func string(_ text: String) -> Int {
        if let index = stringIndex[text] { return index }
        strings.append(text)
        stringIndex[text] = strings.count - 1
        return strings.count - 1
    }

    private var sharedStrings: String {
        var xml = Self.header + #"<sst xmlns="\#(Self.mainNS)" count="\#(strings.count)" uniqueCount="\#(strings.count)">"#
        for text in strings {
            xml += #"<si><t xml:space="preserve">\#(Self.escape(text))</t></si>"#
        }
        return xml + "</sst>"
    }

    /// `A`…`Z`, `AA`…: the column letters of a zero-based index.
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

    /// Excel measures widths in digit widths of the default font; a Han character is about
    /// two, like its display width. Room for padding; long text capped, it shows in the cell.
    static func columnWidth(_ displayWidth: Int) -> Int {
        min(max(displayWidth + 2, 8), 60)
    }

    /// Plain decimal notation with up to six decimals (no exponent), which every reader parses.
    static func number(_ value: Double) -> String {
        let scaled = Int((value * 1_000_000).rounded())
        let whole = scaled / 1_000_000
        var fraction = String(abs(scaled % 1_000_000))
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
    }

    /// Sheet names: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
    }

    /// XML text and attribute escaping; characters XML 1.0 forbids (most C0 controls) are
    /// dropped, since a single one makes Excel refuse the whole file.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
