/// The parts of a .docx package for a `WordDocument`: content types, relationships, the
/// document, its styles, settings, a footer with the page number and the document properties.
struct WordPackage {
    static let mainNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private let document: WordDocument

    init(_ document: WordDocument) {
        self.document = document
    }

    func parts() -> [(path: String, xml: String)] {
        let day = document.day
        let stamp = "\(day.year)-\(WorkbookPackage.two(day.month))-\(WorkbookPackage.two(day.day))T12:00:00Z"
        return [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", OfficePackage.rootRelationships(main: "word/document.xml")),
            ("docProps/core.xml", OfficePackage.coreProperties(title: document.title, created: stamp)),
            ("word/document.xml", WordBody(document: document).xml),
            ("word/_rels/document.xml.rels", relationships),
            ("word/styles.xml", WordStyles.xml),
            ("word/settings.xml", settings),
            ("word/footer1.xml", footer),
        ]
    }

    private var contentTypes: String {
        let ml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return OfficePackage.xmlHeader + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/word/document.xml" ContentType="\#(ml).document.main+xml"/>"#
            + #"<Override PartName="/word/styles.xml" ContentType="\#(ml).styles+xml"/>"#
            + #"<Override PartName="/word/settings.xml" ContentType="\#(ml).settings+xml"/>"#
            + #"<Override PartName="/word/footer1.xml" ContentType="\#(ml).footer+xml"/>"#
            + OfficePackage.corePropertiesType
            + "</Types>"
    }

    private var relationships: String {
        let ns = OfficePackage.officeRelNS
        return OfficePackage.xmlHeader + #"<Relationships xmlns="\#(OfficePackage.relationshipsNS)">"#
            + #"<Relationship Id="rId1" Type="\#(ns)/styles" Target="styles.xml"/>"#
            + #"<Relationship Id="rId2" Type="\#(ns)/settings" Target="settings.xml"/>"#
            + #"<Relationship Id="rId3" Type="\#(ns)/footer" Target="footer1.xml"/>"#
            + "</Relationships>"
    }

    private var settings: String {
        OfficePackage.xmlHeader + #"<w:settings xmlns:w="\#(Self.mainNS)"><w:defaultTabStop w:val="420"/>"#
            + #"<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#
    }

    /// `— 1 —` centred at the foot of every page, as official documents number pages.
    private var footer: String {
        OfficePackage.xmlHeader + #"<w:ftr xmlns:w="\#(Self.mainNS)"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>"#
            + #"<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>"#
            + #"<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>"#
            + #"<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"#
    }
}
