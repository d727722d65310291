/// The style sheet of a workbook, built from the `CellStyle`s its cells use: each distinct
/// style is one `cellXfs` entry, its font, fill and border shared with the others.
/// Fonts are 等线 with charset 134 (GB2312), which tells Excel and WPS the East Asian font to
/// fall back on; LibreOffice substitutes a CJK font it has.
struct WorkbookStyles {
    private(set) var styles: [CellStyle] = [CellStyle()]
    private var index: [CellStyle: Int] = [CellStyle(): 0]

    /// The style's number in `cellXfs`, adding it the first time.
    mutating func number(of style: CellStyle) -> Int {
        if let found = index[style] { return found }
        styles.append(style)
        index[style] = styles.count - 1
        return styles.count - 1
    }

    var xml: String {
        var fonts: [String] = []
        var fontIndex: [String: Int] = [:]
        func font(_ style: CellStyle) -> Int {
            let key = "\(style.bold)-\(style.fontSize)"
            if let found = fontIndex[key] { return found }
            let bold = style.bold ? "<b/>" : ""
            fonts.append(#"<font>\#(bold)<sz val="\#(WorkbookPackage.number(style.fontSize))"/><name val="等线"/><family val="2"/><charset val="134"/></font>"#)
            fontIndex[key] = fonts.count - 1
            return fonts.count - 1
        }
        var xfs: [String] = []
        for style in styles {
            let fill = switch style.fill {
            case .none: 0
            case .header: 2
            case .input: 3
            }
            let horizontal = switch style.alignment {
            case .left: "left"
            case .center: "center"
            case .right: "right"
            }
            var xf = #"<xf numFmtId="\#(style.percent ? 164 : 0)" fontId="\#(font(style))" fillId="\#(fill)" borderId="\#(style.border ? 1 : 0)" xfId="0""#
            xf += #" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1""#
            if style.percent { xf += #" applyNumberFormat="1""# }
            xf += #"><alignment horizontal="\#(horizontal)" vertical="\#(style.verticalCenter ? "center" : "top")""#
            xf += style.wrap ? #" wrapText="1"/>"# : "/>"
            xf += #"<protection locked="\#(style.unlocked ? 0 : 1)"/></xf>"#
            xfs.append(xf)
        }
        let thin = #"<left style="thin"><color rgb="FF808080"/></left><right style="thin"><color rgb="FF808080"/></right>"#
            + #"<top style="thin"><color rgb="FF808080"/></top><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/>"#
        return OfficePackage.xmlHeader + #"<styleSheet xmlns="\#(WorkbookPackage.mainNS)">"#
            + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>"#
            + #"<fonts count="\#(fonts.count)">\#(fonts.joined())</fonts>"#
            + #"<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
            + #"<fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill>"#
            + #"<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>"#
            + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>\#(thin)</border></borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="\#(xfs.count)">\#(xfs.joined())</cellXfs>"#
            + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
            + "</styleSheet>"
    }
}
