/// Reads the XML of an Office part into start, end and text events, the way Foundation's
/// XMLParser reported them to `XMLEvents` (names and attribute keys as written, prefix
/// included; CDATA sections, comments, processing instructions and the XML declaration
/// dropped; text only inside the root element). Written here rather than taken from
/// FoundationXML so the binary does not load libxml2 and the ICU and lzma it brings at every
/// start, for the few commands that read Word and spreadsheet files.
///
/// It reads well-formed XML without a document type (`XMLEvents.refuseEntities` refuses one,
/// and any entity but XML's five, before this runs) and refuses what is not well-formed:
/// unclosed or mismatched tags, a part cut short, a duplicate or unquoted attribute, a bad
/// name, a control character, a character reference to no XML character.
struct XMLScanner {
    enum Failure: Error {
        /// Not well-formed, at this line (1-based).
        case malformed(line: Int)
        case tooDeep
        case tooMany
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private(set) var events: [XMLEvent] = []
    private var open: [String] = []
    private let depthLimit: Int
    private let eventLimit: Int

    init(_ bytes: [UInt8], depthLimit: Int, eventLimit: Int) {
        self.bytes = bytes
        self.depthLimit = depthLimit
        self.eventLimit = eventLimit
    }

    /// The events of a whole document, or why it has none.
    static func events(of bytes: [UInt8], depthLimit: Int, eventLimit: Int) throws(Failure) -> [XMLEvent] {
        var scanner = XMLScanner(bytes, depthLimit: depthLimit, eventLimit: eventLimit)
        try scanner.document()
        return scanner.events
    }

    private var malformed: Failure { .malformed(line: line) }

    /// The prolog, then the root element. A part with no element at all reads as no events,
    /// and whatever follows the root's end tag is not read: Foundation's parser let both pass,
    /// and a writer that pads a part after its root has still written the whole of it.
    private mutating func document() throws(Failure) {
        // A byte-order mark may open the file.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if at("<?") {
                    try processingInstruction()
                } else if at("<!--") {
                    try skip(past: "-->", from: 4)
                } else if at("<!") || at("</") {
                    throw malformed
                } else {
                    try element()
                    return
                }
            } else if Self.isSpace(byte) {
                advance()
            } else {
                throw malformed  // text before the root
            }
        }
    }

    /// The root element and everything inside it, up to its end tag.
    private mutating func element() throws(Failure) {
        try startTag()
        while !open.isEmpty {
            guard index < bytes.count else { throw malformed }
            if bytes[index] != UInt8(ascii: "<") {
                try text()
            } else if at("</") {
                try endTag()
            } else if at("<!--") {
                try skip(past: "-->", from: 4)
            } else if at("<![CDATA[") {
                // Foundation's parser passed CDATA to a delegate method XMLEvents never had.
                try skip(past: "]]>", from: 9)
            } else if at("<?") {
                try processingInstruction()
            } else if at("<!") {
                throw malformed
            } else {
                try startTag()
            }
        }
    }

    private mutating func startTag() throws(Failure) {
        index += 1  // <
        let name = try self.name()
        var attributes: [String: String] = [:]
        while true {
            let spaced = skipSpaces()
            guard index < bytes.count else { throw malformed }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                try opened(name, attributes)
                return
            }
            if byte == UInt8(ascii: "/") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { throw malformed }
                index += 2
                try opened(name, attributes)
                closed()
                return
            }
            // Attributes stand apart from the name and from each other.
            guard spaced else { throw malformed }
            let key = try self.name()
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw malformed }
            index += 1
            skipSpaces()
            let value = try attributeValue()
            guard attributes.updateValue(value, forKey: key) == nil else { throw malformed }
        }
    }

    private mutating func opened(_ name: String, _ attributes: [String: String]) throws(Failure) {
        var local: [String: String] = [:]
        for (key, value) in attributes { local[XMLEvents.localName(key)] = value }
        // Keep r:id as written too: the workbook's sheet relations need the prefix's meaning.
        for (key, value) in attributes where key.hasPrefix("r:") { local[key] = value }
        events.append(.start(XMLEvents.localName(name), local))
        open.append(name)
        if open.count > depthLimit { throw .tooDeep }
        if events.count > eventLimit { throw .tooMany }
    }

    private mutating func closed() {
        events.append(.end(XMLEvents.localName(open.removeLast())))
    }

    private mutating func endTag() throws(Failure) {
        index += 2  // </
        let name = try self.name()
        skipSpaces()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">"), name == open.last else { throw malformed }
        index += 1
        closed()
    }

    /// Character data up to the next `<`, references resolved, line ends made `\n`.
    private mutating func text() throws(Failure) {
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<"):
                events.append(.text(String(decoding: out, as: UTF8.self)))
                return
            case UInt8(ascii: "&"):
                try reference(into: &out)
            case UInt8(ascii: "\r"):
                passCarriageReturn()
                out.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "]") where at("]]>"):
                throw malformed
            default:
                try checkCharacter(byte)
                out.append(byte)
                advance()
            }
        }
        throw malformed  // the document ended inside an element
    }

    /// Past a `\r` and the `\n` after it, if any: one line end, as XML reads `\r\n`.
    private mutating func passCarriageReturn() {
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
        line += 1
    }

    /// A quoted value with references resolved and each white-space character (a line end
    /// counting once) made a space, as XML normalizes attribute values.
    private mutating func attributeValue() throws(Failure) -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw malformed
        }
        let quote = bytes[index]
        index += 1
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case quote:
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "<"):
                throw malformed
            case UInt8(ascii: "&"):
                try reference(into: &out)
            case UInt8(ascii: "\r"):
                passCarriageReturn()
                out.append(UInt8(ascii: " "))
            case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                advance()
                out.append(UInt8(ascii: " "))
            default:
                try checkCharacter(byte)
                out.append(byte)
                index += 1
            }
        }
        throw malformed
    }

    /// `&amp;` and the other four, or `&#N;` / `&#xH;`, appended as UTF-8.
    private mutating func reference(into out: inout [UInt8]) throws(Failure) {
        guard let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { throw malformed }
        let body = bytes[(index + 1)..<semicolon]
        index = semicolon + 1
        switch String(decoding: body, as: UTF8.self) {
        case "amp": out.append(UInt8(ascii: "&"))
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        case let name where name.hasPrefix("#x"):
            try appendScalar(UInt32(name.dropFirst(2), radix: 16), to: &out)
        case let name where name.hasPrefix("#"):
            try appendScalar(UInt32(name.dropFirst(), radix: 10), to: &out)
        default:
            throw malformed
        }
    }

    private func appendScalar(_ value: UInt32?, to out: inout [UInt8]) throws(Failure) {
        guard let value, Self.isXMLCharacter(value), let scalar = Unicode.Scalar(value) else { throw malformed }
        out.append(contentsOf: String(Character(scalar)).utf8)
    }

    /// A raw byte XML does not allow in text: control characters but tab and line ends.
    private func checkCharacter(_ byte: UInt8) throws(Failure) {
        if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { throw malformed }
    }

    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// An element or attribute name: letters (any non-ASCII byte counts as one), digits, and
    /// `_ : - .`, not opening with a digit, `-` or `.`.
    private mutating func name() throws(Failure) -> String {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        guard index > start else { throw malformed }
        let first = bytes[start]
        if (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") {
            throw malformed
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "."), 0x80...0xFF:
            true
        default: false
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// `<?target …?>`; the XML declaration only at the very start.
    private mutating func processingInstruction() throws(Failure) {
        let start = index
        index += 2
        let target = try name()
        if target.lowercased() == "xml", start != 0, start != 3 || !bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw malformed
        }
        guard index < bytes.count, Self.isSpace(bytes[index]) || at("?>") else { throw malformed }
        try skip(past: "?>", from: 0)
    }

    /// Moves past the first `terminator` at or after `offset` bytes from here.
    private mutating func skip(past terminator: StaticString, from offset: Int) throws(Failure) {
        let end = Array(UnsafeBufferPointer(start: terminator.utf8Start, count: terminator.utf8CodeUnitCount))
        for _ in 0..<offset { advance() }
        while index < bytes.count {
            if bytes[index] == end[0], bytes.count - index >= end.count, bytes[index..<index + end.count].elementsEqual(end) {
                index += end.count
                return
            }
            advance()
        }
        throw malformed
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = index
        while index < bytes.count, Self.isSpace(bytes[index]) { advance() }
        return index > start
    }

    private mutating func advance() {
        if bytes[index] == UInt8(ascii: "\n") { line += 1 }
        index += 1
    }

    private func at(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        let start = prefix.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
        return true
    }
}
