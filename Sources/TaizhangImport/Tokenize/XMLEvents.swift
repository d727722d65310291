import Foundation

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
        // Office parts are UTF-8: a damaged part is refused before it is read (XMLScanner takes
        // names and text as UTF-8 and would otherwise repair them silently).
        guard let text = String(validating: data, as: UTF8.self) else { throw .malformedXML(part: part, line: nil) }
        try refuseEntities(text, part: part)
        // Count tags before parsing: a small zip of empty paragraphs must not be parsed at all.
        var tags = 0
        for byte in data where byte == UInt8(ascii: "<") {
            tags += 1
            if tags > limits.xmlElements * 2 { throw .tooManyElements(part: part, limit: limits.xmlElements) }
        }
        let events: [XMLEvent]
        do {
            events = try XMLScanner.events(of: Array(data), depthLimit: limits.depth, eventLimit: limits.xmlElements)
        } catch {
            switch error {
            case .tooDeep: throw .xmlTooDeep(part: part, limit: limits.depth)
            case .tooMany: throw .tooManyElements(part: part, limit: limits.xmlElements)
            case .malformed(let line): throw .malformedXML(part: part, line: line)
            }
        }
        try limits.checkTime()
        return events
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
}
