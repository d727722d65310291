/// Why a document is not JSON, with where: line and column count from 1, the column in
/// characters so it matches what an editor shows for Chinese text.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var problem: Problem

    /// What is wrong at that spot. `Token` says what was found: a printable ASCII
    /// character, or a byte otherwise.
    public enum Problem: Equatable, Sendable {
        case textAfterEnd
        case endExpectingValue
        case expectedValue(found: Token)
        case expectedLiteral(String)
        case tooDeep(limit: Int)
        case expectedKey
        case duplicateKey(String)
        case expectedColon(afterKey: String)
        case expectedCommaOrBrace
        case expectedCommaOrBracket
        case expectedDigit
        case leadingZero
        case expectedDigitAfterPoint
        case expectedDigitInExponent
        case numberTooLarge(String)
        case numberOutOfRange(String)
        case unterminatedString
        case controlCharacterInString(Token)
        case notUTF8
        case unterminatedEscape
        case unpairedSurrogate(UInt32)
        case unknownEscape(Token)
        case expectedHexDigits
    }

    public enum Token: Equatable, Sendable {
        case character(Character)
        case byte(UInt8)
    }
}

/// A strict JSON parser (RFC 8259) that also refuses what would make a ledger ambiguous:
/// duplicate keys, numbers that do not fit, nesting deeper than any ledger needs.
public struct JSONParser {
    public static let maximumDepth = 64

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0
    /// The caller has checked the whole input is UTF-8, so strings need no second check.
    private let validated: Bool

    /// Parses `bytes`; `validatedUTF8` says the caller already checked they are UTF-8 (the
    /// ledger reader does, to give its own error), which saves checking every string again.
    public static func parse(_ bytes: [UInt8], validatedUTF8: Bool = false) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, validated: validatedUTF8)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.error(.textAfterEnd) }
        return value
    }

    private init(bytes: [UInt8], validated: Bool) {
        self.bytes = bytes
        self.validated = validated
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            position += 1
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard let byte = current else { throw error(.endExpectingValue) }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error(.expectedValue(found: token(byte)))
        }
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        for expected in word.utf8 {
            guard current == expected else { throw error(.expectedLiteral(word)) }
            position += 1
        }
        return value
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw error(.tooDeep(limit: Self.maximumDepth)) }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        position += 1
        var members: [JSONMember] = []
        // Duplicate keys are found by comparing with the keys so far: objects in a ledger have
        // a dozen keys, where hashing each one cost more than the comparisons. Large objects
        // switch to a set.
        var keys: Set<String>?
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object([])
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error(.expectedKey) }
            let keyStart = position
            let key = try parseString()
            let duplicate: Bool
            if keys != nil {
                duplicate = !keys!.insert(key).inserted
            } else {
                duplicate = members.contains { $0.key == key }
                if members.count == 32 { keys = Set(members.map(\.key) + [key]) }
            }
            guard !duplicate else {
                position = keyStart
                throw error(.duplicateKey(key))
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error(.expectedColon(afterKey: key)) }
            position += 1
            skipWhitespace()
            members.append(JSONMember(key, try parseValue()))
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                position += 1
                continue
            }
            guard current == UInt8(ascii: "}") else { throw error(.expectedCommaOrBrace) }
            position += 1
            depth -= 1
            return .object(members)
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array([])
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                position += 1
                continue
            }
            guard current == UInt8(ascii: "]") else { throw error(.expectedCommaOrBracket) }
            position += 1
            depth -= 1
            return .array(items)
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        guard let first = current, isDigit(first) else { throw error(.expectedDigit) }
        if first == UInt8(ascii: "0") {
            position += 1
            if let next = current, isDigit(next) { throw error(.leadingZero) }
        } else {
            while let byte = current, isDigit(byte) { position += 1 }
        }
        var isInteger = true
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard let byte = current, isDigit(byte) else { throw error(.expectedDigitAfterPoint) }
            while let byte = current, isDigit(byte) { position += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard let byte = current, isDigit(byte) else { throw error(.expectedDigitInExponent) }
            while let byte = current, isDigit(byte) { position += 1 }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger {
            guard let value = Int(text) else {
                position = start
                throw error(.numberTooLarge(text))
            }
            return .int(value)
        }
        guard let value = Double(text), value.isFinite else {
            position = start
            throw error(.numberOutOfRange(text))
        }
        return .double(value)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        position += 1
        var text = ""
        var runStart = position
        while true {
            guard let byte = current else { throw error(.unterminatedString) }
            switch byte {
            case UInt8(ascii: "\""):
                // Most strings have no escapes: one conversion of the whole run.
                text += try run(runStart..<position)
                position += 1
                return text
            case UInt8(ascii: "\\"):
                text += try run(runStart..<position)
                position += 1
                text.unicodeScalars.append(try parseEscape())
                runStart = position
            case 0..<0x20:
                throw error(.controlCharacterInString(token(byte)))
            default:
                position += 1
            }
        }
    }

    /// The text of a run of string bytes without escapes.
    private func run(_ range: Range<Int>) throws(JSONSyntaxError) -> String {
        guard !range.isEmpty else { return "" }
        if validated { return String(decoding: bytes[range], as: UTF8.self) }
        guard let text = String(validating: bytes[range], as: UTF8.self) else { throw error(.notUTF8) }
        return text
    }

    private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        guard let byte = current else { throw error(.unterminatedEscape) }
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4()
            if (0xD800..<0xDC00).contains(high) {
                guard current == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                    throw error(.unpairedSurrogate(high))
                }
                position += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error(.unpairedSurrogate(high)) }
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                return Unicode.Scalar(value)!
            }
            guard let scalar = Unicode.Scalar(high) else { throw error(.unpairedSurrogate(high)) }
            return scalar
        default:
            position -= 1
            throw error(.unknownEscape(token(byte)))
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = hexValue(byte) else { throw error(.expectedHexDigits) }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    private func token(_ byte: UInt8) -> JSONSyntaxError.Token {
        byte >= 0x21 && byte < 0x7F ? .character(Character(Unicode.Scalar(byte))) : .byte(byte)
    }

    /// An error at the current position, with its line and character column.
    private func error(_ problem: JSONSyntaxError.Problem) -> JSONSyntaxError {
        let end = min(position, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
        return JSONSyntaxError(line: line, column: column, problem: problem)
    }
}
