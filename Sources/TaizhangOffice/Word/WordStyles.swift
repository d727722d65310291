/// The styles of a 通报 as offices set them: 仿宋 三号 (16 pt) body at a fixed 28-point line,
/// first lines indented two characters; 黑体 headings; a 小标宋 二号 (22 pt) title; tables in
/// 宋体 五号 (10.5 pt). Fonts a machine lacks are replaced by the reader's nearest, and the
/// Latin fallbacks keep digits even.
enum WordStyles {
    static let xml: String = {
        let ns = WordPackage.mainNS
        func fonts(_ eastAsia: String, latin: String = "Times New Roman") -> String {
            #"<w:rFonts w:ascii="\#(latin)" w:hAnsi="\#(latin)" w:eastAsia="\#(eastAsia)" w:cs="\#(latin)"/>"#
        }
        func size(_ halfPoints: Int) -> String { #"<w:sz w:val="\#(halfPoints)"/><w:szCs w:val="\#(halfPoints)"/>"# }
        func style(_ id: String, _ name: String, paragraph: String, run: String) -> String {
            #"<w:style w:type="paragraph" w:customStyle="1" w:styleId="\#(id)"><w:name w:val="\#(name)"/><w:basedOn w:val="Normal"/><w:qFormat/>"#
                + "<w:pPr>\(paragraph)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
        }
        let exact = #"<w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"/>"#
        let single = #"<w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="auto"/>"#
        var xml = OfficePackage.xmlHeader + #"<w:styles xmlns:w="\#(ns)">"#
        xml += "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts("仿宋_GB2312") + size(32)
            + #"<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>"#
            + "<w:pPrDefault><w:pPr>\(exact)</w:pPr></w:pPrDefault></w:docDefaults>"
        xml += #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>"#
            + #"<w:pPr><w:jc w:val="both"/></w:pPr></w:style>"#
        xml += style("Title", "Title", paragraph: #"<w:spacing w:before="0" w:after="280" w:line="700" w:lineRule="exact"/><w:jc w:val="center"/>"#,
                     run: fonts("方正小标宋简体") + size(44))
        xml += style("Subtitle", "Subtitle", paragraph: #"<w:spacing w:before="0" w:after="280" w:line="560" w:lineRule="exact"/><w:jc w:val="center"/>"#,
                     run: fonts("楷体_GB2312") + size(32))
        xml += style("Heading1", "heading 1", paragraph: #"<w:keepNext/>\#(exact)<w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="0"/>"#,
                     run: fonts("黑体") + size(32))
        xml += style("BodyText", "Body Text", paragraph: #"\#(exact)<w:ind w:firstLineChars="200" w:firstLine="640"/>"#, run: "")
        xml += style("PlainText", "Plain Text", paragraph: exact, run: "")
        xml += style("Signature", "Signature", paragraph: #"\#(exact)<w:ind w:right="640"/><w:jc w:val="right"/>"#, run: "")
        xml += style("Caption", "caption", paragraph: #"<w:keepNext/><w:spacing w:before="120" w:after="60" w:line="400" w:lineRule="exact"/><w:jc w:val="center"/>"#,
                     run: fonts("黑体") + size(24))
        xml += style("TableText", "Table Text", paragraph: single, run: fonts("宋体") + size(21))
        xml += style("TableHeader", "Table Header", paragraph: #"\#(single)<w:jc w:val="center"/>"#, run: fonts("黑体") + size(21))
        let border = #"w:val="single" w:sz="4" w:space="0" w:color="000000""#
        xml += #"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>"#
            + "<w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/>"
            + "<w:insideH \(border)/><w:insideV \(border)/></w:tblBorders></w:tblPr></w:style>"
        return xml + "</w:styles>"
    }()
}
