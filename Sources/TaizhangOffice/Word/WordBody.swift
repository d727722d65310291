/// `word/document.xml`: the paragraphs and tables, then the page (A4, GB/T 9704 margins,
/// the footer with the page number).
struct WordBody {
    let document: WordDocument

    /// A4 in twentieths of a point, and the margins of GB/T 9704 (37 mm top, 35 bottom,
    /// 28 left, 26 right); landscape pages keep the same margins turned.
    static let shortSide = 11906
    static let longSide = 16838
    static let margins = (top: 2098, bottom: 1984, left: 1587, right: 1474)

    var textWidth: Int {
        (document.landscape ? Self.longSide : Self.shortSide) - Self.margins.left - Self.margins.right
    }

    var xml: String {
        var xml = OfficePackage.xmlHeader
            + #"<w:document xmlns:w="\#(WordPackage.mainNS)" xmlns:r="\#(OfficePackage.officeRelNS)"><w:body>"#
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): xml += Self.paragraph(paragraph)
            case .table(let table): xml += self.table(table)
            }
        }
        return xml + section + "</w:body></w:document>"
    }

    private var section: String {
        let width = document.landscape ? Self.longSide : Self.shortSide
        let height = document.landscape ? Self.shortSide : Self.longSide
        let orient = document.landscape ? #" w:orient="landscape""# : ""
        let m = Self.margins
        return #"<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>"#
            + #"<w:pgSz w:w="\#(width)" w:h="\#(height)"\#(orient)/>"#
            + #"<w:pgMar w:top="\#(m.top)" w:right="\#(m.right)" w:bottom="\#(m.bottom)" w:left="\#(m.left)" w:header="851" w:footer="992" w:gutter="0"/>"#
            + "</w:sectPr>"
    }

    static func paragraph(_ paragraph: WordParagraph) -> String {
        var xml = #"<w:p><w:pPr><w:pStyle w:val="\#(paragraph.style.rawValue)"/></w:pPr>"#
        xml += run(paragraph.text, bold: paragraph.bold)
        return xml + "</w:p>"
    }

    /// A run; line breaks in the text become `<w:br/>`.
    static func run(_ text: String, bold: Bool, size: Int? = nil) -> String {
        var properties = bold ? "<w:b/><w:bCs/>" : ""
        if let size { properties += #"<w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"# }
        var xml = "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { xml += "<w:br/>" }
            xml += #"<w:t xml:space="preserve">\#(XMLText.escape(String(line)))</w:t>"#
        }
        return xml + "</w:r>"
    }

    private func table(_ table: WordTable) -> String {
        let total = max(table.widths.reduce(0, +), 1)
        let widths = table.widths.map { Int(Double(textWidth) * $0 / total) }
        var xml = #"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="\#(textWidth)" w:type="dxa"/>"#
        xml += #"<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>"#
        xml += #"<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#
        for width in widths { xml += #"<w:gridCol w:w="\#(width)"/>"# }
        xml += "</w:tblGrid>"
        xml += #"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"#
        for (column, text) in table.header.enumerated() {
            xml += cell(WordTable.Cell(text, alignment: .center, bold: true), width: widths[safe: column] ?? 0, header: true)
        }
        xml += "</w:tr>"
        for row in table.rows {
            xml += #"<w:tr><w:trPr><w:cantSplit/></w:trPr>"#
            for (column, item) in row.enumerated() {
                xml += cell(item, width: widths[safe: column] ?? 0, header: false)
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>" + #"<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>"#
    }

    private func cell(_ cell: WordTable.Cell, width: Int, header: Bool) -> String {
        var xml = #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>"#
        if header { xml += #"<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>"# }
        xml += #"<w:vAlign w:val="\#(header ? "center" : "top")"/></w:tcPr>"#
        xml += #"<w:p><w:pPr><w:pStyle w:val="\#(header ? "TableHeader" : "TableText")"/><w:jc w:val="\#(cell.alignment.rawValue)"/></w:pPr>"#
        xml += Self.run(cell.text, bold: cell.bold && !header)
        return xml + "</w:p></w:tc>"
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
