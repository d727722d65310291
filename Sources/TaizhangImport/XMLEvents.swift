import TaizhangModel
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
    static func parse(_ data: Data, part: String) throws(ImportError) -> [XMLEvent] {
        // Foundation's parser on Linux traps on element names that are not valid UTF-8, so a
        // damaged part is refused before it reaches the parser.
        guard String(validating: data, as: UTF8.self) != nil else { throw .unreadable("\(part) is not UTF-8 XML") }
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else {
            throw .unreadable("\(part) is not well-formed XML (\(parser.parserError.map { "\($0.localizedDescription)" } ?? "parse error"))")
        }
        return collector.events
    }

    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var events: [XMLEvent] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            var local: [String: String] = [:]
            for (key, value) in attributes { local[XMLEvents.localName(key)] = value }
            // Keep r:id as written too: the workbook's sheet relations need the prefix's meaning.
            for (key, value) in attributes where key.hasPrefix("r:") { local[key] = value }
            events.append(.start(XMLEvents.localName(elementName), local))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            events.append(.end(XMLEvents.localName(elementName)))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            events.append(.text(string))
        }
    }
}
