/// A tolerant scanner for the HTML that web pages and "save as web page" produce: tags with
/// attributes (quoted or not), text with entities decoded, comments, scripts and styles
/// skipped. It never fails: whatever is not a tag is text.
enum HTMLScanner {
    enum Token: Equatable {
        case text(String, line: Int)
        case open(String, attributes: [String: String], line: Int)
        case close(String, line: Int)
    }

    static func tokens(_ html: String, limits: ImportLimits) throws(ImportError) -> [Token] {
        let bytes = Array(html.utf8)
        var tokens: [Token] = []
        var index = 0
        var line = 1
        var textStart = 0
        var textLine = 1

        func flushText(upTo end: Int) {
            if end > textStart {
                tokens.append(.text(decodeEntities(String(decoding: bytes[textStart..<end], as: UTF8.self)), line: textLine))
            }
        }
        /// Moves past `terminator` (ASCII, case-insensitive), counting lines; to the end if absent.
        func skip(past terminator: [UInt8]) {
            while index < bytes.count {
                if matches(terminator, at: index) {
                    index += terminator.count
                    return
                }
                if bytes[index] == 0x0A { line += 1 }
                index += 1
            }
        }
        func matches(_ word: [UInt8], at position: Int) -> Bool {
            guard position + word.count <= bytes.count else { return false }
            for offset in 0..<word.count where lower(bytes[position + offset]) != word[offset] { return false }
            return true
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            if tokens.count > limits.xmlElements { throw .tooManyElements(part: "HTML", limit: limits.xmlElements) }
            guard byte == UInt8(ascii: "<"), index + 1 < bytes.count else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            let tagLine = line
            if matches(Array("<!--".utf8), at: index) {
                flushText(upTo: index)
                index += 4
                skip(past: Array("-->".utf8))
            } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                flushText(upTo: index)
                skip(past: [UInt8(ascii: ">")])
            } else if next == UInt8(ascii: "/") || isLetter(next) {
                flushText(upTo: index)
                let closing = next == UInt8(ascii: "/")
                index += closing ? 2 : 1
                let nameStart = index
                while index < bytes.count, isLetter(bytes[index]) || (bytes[index] >= 0x30 && bytes[index] <= 0x39) { index += 1 }
                let name = String(decoding: bytes[nameStart..<index].map(lower), as: UTF8.self)
                var attributes: [String: String] = [:]
                // Attributes up to '>', honouring quotes.
                while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                    let current = bytes[index]
                    if current == 0x0A { line += 1 }
                    if isLetter(current) {
                        let keyStart = index
                        while index < bytes.count, !" \t\n\r=>/".utf8.contains(bytes[index]) { index += 1 }
                        let key = String(decoding: bytes[keyStart..<index].map(lower), as: UTF8.self)
                        while index < bytes.count, " \t\r".utf8.contains(bytes[index]) { index += 1 }
                        var value = ""
                        if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                            index += 1
                            while index < bytes.count, " \t\r".utf8.contains(bytes[index]) { index += 1 }
                            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                                let quote = bytes[index]
                                index += 1
                                let valueStart = index
                                while index < bytes.count, bytes[index] != quote {
                                    if bytes[index] == 0x0A { line += 1 }
                                    index += 1
                                }
                                value = String(decoding: bytes[valueStart..<min(index, bytes.count)], as: UTF8.self)
                                if index < bytes.count { index += 1 }
                            } else {
                                let valueStart = index
                                while index < bytes.count, !" \t\n\r>".utf8.contains(bytes[index]) { index += 1 }
                                value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                            }
                        }
                        attributes[key] = decodeEntities(value)
                    } else {
                        index += 1
                    }
                }
                index = min(index + 1, bytes.count)
                if closing {
                    tokens.append(.close(name, line: tagLine))
                } else {
                    tokens.append(.open(name, attributes: attributes, line: tagLine))
                    if name == "script" || name == "style" { skip(past: Array("</\(name)".utf8)); skip(past: [UInt8(ascii: ">")]) }
                }
            } else {
                index += 1
                continue
            }
            textStart = index
            textLine = line
        }
        flushText(upTo: bytes.count)
        return tokens
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "times": "×",
        "emsp": " ", "ensp": " ", "thinsp": " ", "bull": "•", "copy": "©", "yen": "¥",
    ]

    /// `&amp;`, `&#20013;`, `&#x4E2D;`; anything else is left as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = named[String(name)]
            }
            if let decoded {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }
}
