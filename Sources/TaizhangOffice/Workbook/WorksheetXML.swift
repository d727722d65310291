/// One worksheet part, its elements in the order the schema requires (Excel refuses a file
/// whose elements are out of order, with a repair prompt).
struct WorksheetXML {
    let sheet: Worksheet

    mutating func xml(strings package: inout WorkbookPackage) -> String {
        let width = max(sheet.columns.count, sheet.rows.map(\.cells.count).max() ?? 0, 1)
        var xml = OfficePackage.xmlHeader + #"<worksheet xmlns="\#(WorkbookPackage.mainNS)" xmlns:r="\#(OfficePackage.officeRelNS)">"#
        if sheet.page?.fitToWidth == true { xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"# }
        xml += #"<dimension ref="A1:\#(WorkbookPackage.cellName(row: max(sheet.rows.count - 1, 0), column: width - 1))"/>"#
        xml += sheetViews
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if !sheet.columns.isEmpty {
            xml += "<cols>"
            for (index, column) in sheet.columns.enumerated() {
                let hidden = column.hidden ? #" hidden="1""# : ""
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(WorkbookPackage.number(column.width))" customWidth="1"\#(hidden)/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (index, row) in sheet.rows.enumerated() {
            xml += self.row(index, row, package: &package)
        }
        xml += "</sheetData>"
        if sheet.protected {
            // The attributes name what stays protected: "0" lets people format, resize, sort
            // and filter; only the content of locked cells is guarded.
            xml += #"<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>"#
        }
        if let filter = sheet.autoFilter { xml += #"<autoFilter ref="\#(filter.reference)"/>"# }
        if !sheet.merges.isEmpty {
            xml += #"<mergeCells count="\#(sheet.merges.count)">"#
            for range in sheet.merges { xml += #"<mergeCell ref="\#(range.reference)"/>"# }
            xml += "</mergeCells>"
        }
        if !sheet.validations.isEmpty {
            xml += #"<dataValidations count="\#(sheet.validations.count)">"#
            for validation in sheet.validations { xml += Self.validation(validation) }
            xml += "</dataValidations>"
        }
        if let page = sheet.page { xml += Self.print(page) }
        return xml + "</worksheet>"
    }

    private var sheetViews: String {
        var xml = #"<sheetViews><sheetView workbookViewId="0""#
        if sheet.hidden { xml += #" tabSelected="0""# }
        xml += ">"
        if sheet.frozenRows > 0 {
            let top = "A\(sheet.frozenRows + 1)"
            xml += #"<pane ySplit="\#(sheet.frozenRows)" topLeftCell="\#(top)" activePane="bottomLeft" state="frozen"/>"#
            xml += #"<selection pane="bottomLeft" activeCell="\#(top)" sqref="\#(top)"/>"#
        }
        return xml + "</sheetView></sheetViews>"
    }

    private func row(_ index: Int, _ row: Row, package: inout WorkbookPackage) -> String {
        var xml = #"<row r="\#(index + 1)""#
        if let height = row.height { xml += #" ht="\#(WorkbookPackage.number(height))" customHeight="1""# }
        xml += ">"
        for (column, cell) in row.cells.enumerated() {
            guard let cell else { continue }
            let ref = WorkbookPackage.cellName(row: index, column: column)
            let style = package.style(cell.style)
            let s = style == 0 ? "" : #" s="\#(style)""#
            switch cell.value {
            case .text(let text) where text.isEmpty:
                xml += #"<c r="\#(ref)"\#(s)/>"#
            case .text(let text):
                xml += #"<c r="\#(ref)"\#(s) t="s"><v>\#(package.string(text))</v></c>"#
            case .int(let value):
                xml += #"<c r="\#(ref)"\#(s)><v>\#(value)</v></c>"#
            case .number(let value):
                xml += #"<c r="\#(ref)"\#(s)><v>\#(WorkbookPackage.number(value))</v></c>"#
            }
        }
        return xml + "</row>"
    }

    private static func validation(_ validation: ListValidation) -> String {
        // A list written inline is limited to 255 characters, ours are a few words.
        let list = "\"" + validation.options.joined(separator: ",") + "\""
        var xml = #"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1""#
        if !validation.strict { xml += #" errorStyle="warning""# }
        xml += #" errorTitle="请从列表中选择" error="\#(XMLText.escape("可选：" + validation.options.joined(separator: "、")))""#
        if let prompt = validation.prompt { xml += #" promptTitle="填写提示" prompt="\#(XMLText.escape(prompt))""# }
        xml += #" sqref="\#(validation.range.reference)"><formula1>\#(XMLText.escape(list))</formula1></dataValidation>"#
        return xml
    }

    private static func print(_ page: PageSetup) -> String {
        var xml = #"<printOptions horizontalCentered="1"/>"#
        xml += #"<pageMargins left="0.4" right="0.4" top="0.55" bottom="0.6" header="0.3" footer="0.3"/>"#
        xml += #"<pageSetup paperSize="9" orientation="\#(page.landscape ? "landscape" : "portrait")""#
        if page.fitToWidth { xml += #" fitToWidth="1" fitToHeight="0""# }
        xml += "/>"
        if let footer = page.footer {
            xml += "<headerFooter><oddFooter>\(XMLText.escape("&C" + footer))</oddFooter></headerFooter>"
        }
        return xml
    }
}
