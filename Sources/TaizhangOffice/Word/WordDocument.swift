/// A Word document to write as .docx: paragraphs in a few named styles and bordered tables,
/// on A4 with page numbers, as a government office lays out a 通报 (GB/T 9704 margins,
/// 仿宋 body, 黑体 headings, a 小标宋 title). It knows nothing of ledgers.
public struct WordDocument: Sendable {
    public var title: String
    /// The day it is dated, also the zip entries' date.
    public var day: (year: Int, month: Int, day: Int)
    public var landscape: Bool
    public var blocks: [WordBlock]

    public init(title: String, day: (year: Int, month: Int, day: Int), landscape: Bool = false, blocks: [WordBlock] = []) {
        self.title = title
        self.day = day
        self.landscape = landscape
        self.blocks = blocks
    }

    /// The .docx file.
    public func bytes() throws(OfficeError) -> [UInt8] {
        try OfficePackage.zip(WordPackage(self).parts(), day: day)
    }
}

public enum WordBlock: Sendable {
    case paragraph(WordParagraph)
    case table(WordTable)
}

public struct WordParagraph: Sendable {
    public enum Style: String, Sendable, CaseIterable {
        /// The document's title, centred, large.
        case title = "Title"
        /// Centred under the title: the issuing office and date.
        case subtitle = "Subtitle"
        /// 一、… headings.
        case heading = "Heading1"
        /// Body text, first line indented two characters.
        case body = "BodyText"
        /// Body text without the indent: the salutation (各有关单位：).
        case plain = "PlainText"
        /// Right-aligned: the issuing office and date under the text.
        case signature = "Signature"
        /// A caption above a table.
        case caption = "Caption"
    }

    public var text: String
    public var style: Style
    public var bold: Bool

    public init(_ text: String, style: Style = .body, bold: Bool = false) {
        self.text = text
        self.style = style
        self.bold = bold
    }
}

/// A bordered table as wide as the text; its header row repeats at the top of every page and
/// no row breaks across pages.
public struct WordTable: Sendable {
    public struct Cell: Sendable {
        public enum Alignment: String, Sendable {
            case left, center, right
        }

        public var text: String
        public var alignment: Alignment
        public var bold: Bool

        public init(_ text: String, alignment: Alignment = .left, bold: Bool = false) {
            self.text = text
            self.alignment = alignment
            self.bold = bold
        }
    }

    /// Relative column widths; they share the text width.
    public var widths: [Double]
    public var header: [String]
    public var rows: [[Cell]]

    public init(widths: [Double], header: [String], rows: [[Cell]]) {
        self.widths = widths
        self.header = header
        self.rows = rows
    }
}
