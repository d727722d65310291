import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document as a flat list of start, end and text events, element names without their
/// namespace prefix (`w:tc` → `tc`). The Office readers walk this list with plain Swift state
/// rather than keeping state in a parser delegate.
enum XMLEvent: Equatable {
    case start(String, [String: String])
    case end(String)
    case text(String)
}

enum XMLEvents {
    static func parse(_ data: Data, part: String, limits: ImportLimits) throws(ImportError) -> [XMLEvent] {
        // Foundation's parser on Linux traps on element names that are not valid UTF-8, so a
        // damaged part is refused before it reaches the parser.
        guard let text = String(validating: data, as: UTF8.self) else { throw .malformedXML(part: part, line: nil) }
        try refuseEntities(text, part: part)
        // Count tags before parsing: a small zip of empty paragraphs must not be parsed at all.
        var tags = 0
        for byte in data where byte == UInt8(ascii: "<") {
            tags += 1
            if tags > limits.xmlElements * 2 { throw .tooManyElements(part: part, limit: limits.xmlElements) }
        }
        let collector = Collector(depthLimit: limits.depth, eventLimit: limits.xmlElements)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        let parsed = parser.parse()
        if collector.tooDeep { throw .xmlTooDeep(part: part, limit: limits.depth) }
        if collector.tooMany { throw .tooManyElements(part: part, limit: limits.xmlElements) }
        guard parsed else { throw .malformedXML(part: part, line: parser.lineNumber > 0 ? parser.lineNumber : nil) }
        try limits.checkTime()
        return collector.events
    }

    /// Office parts never declare a document type or use entities beyond XML's five and
    /// character references. A DOCTYPE is how billion-laughs and external entities work, and
    /// an undeclared `&name;` would be dropped by the parser with the text around it kept: both
    /// are refused by name rather than read wrong.
    static func refuseEntities(_ text: String, part: String) throws(ImportError) {
        let bytes = Array(text.utf8)
        let doctype = Array("<!DOCTYPE".utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), index + doctype.count <= bytes.count,
                bytes[index..<index + doctype.count].map({ $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }) == doctype
            {
                throw .xmlEntities(part: part)
            }
            if byte == UInt8(ascii: "&") {
                var end = index + 1
                while end < bytes.count, end - index < 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
                let name = String(decoding: bytes[(index + 1)..<min(end, bytes.count)], as: UTF8.self)
                if !["amp", "lt", "gt", "quot", "apos"].contains(name), !name.hasPrefix("#") {
                    throw .unknownEntity(part: part, name: name)
                }
            }
            index += 1
        }
    }

    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var events: [XMLEvent] = []
        var depth = 0
        let depthLimit: Int
        var tooDeep = false
        let eventLimit: Int
        var tooMany = false

        init(depthLimit: Int, eventLimit: Int) {
            self.depthLimit = depthLimit
            self.eventLimit = eventLimit
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            var local: [String: String] = [:]
            for (key, value) in attributes { local[XMLEvents.localName(key)] = value }
            // Keep r:id as written too: the workbook's sheet relations need the prefix's meaning.
            for (key, value) in attributes where key.hasPrefix("r:") { local[key] = value }
            events.append(.start(XMLEvents.localName(elementName), local))
            depth += 1
            if events.count > eventLimit {
                tooMany = true
                parser.abortParsing()
            }
            if depth > depthLimit {
                tooDeep = true
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            events.append(.end(XMLEvents.localName(elementName)))
            depth -= 1
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            events.append(.text(string))
        }
    }
}
