/// The fast reader met something it does not decide itself: broken JSON, a value out of
/// range, a layout taizhang does not write. The caller then reads the document again with
/// `JSONParser` and the tree `Reader`, which say exactly what is wrong and where; the fast
/// reader never reports an error of its own, so the errors stay those of the tree path.
struct FastPathMiss: Error {}

/// A strict JSON scanner over bytes already checked to be UTF-8 (it must only be given
/// such bytes: strings are made from them unchecked), for the fast ledger reader.
/// It accepts exactly what `JSONParser` accepts (same depth limit, duplicate keys refused by
/// the same `String` comparison, same number rules) and builds the same values; anything
/// else throws `FastPathMiss`. Reading goes byte by byte through a pointer, with no bounds
/// check per byte: `end` is checked instead, and a byte past it reads as 0, which no JSON
/// token starts with.
struct JSONScanner {
    let base: UnsafePointer<UInt8>
    let end: Int
    var position = 0
    var depth = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        // An empty buffer may have no address; then nothing is ever read through `base`
        // (every read checks `end` first), so any non-null address stands in.
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<UInt8>.alignment)!
        end = buffer.count
    }

    typealias Miss = FastPathMiss

    /// The byte at the position, or 0 at the end.
    @inline(__always) var current: UInt8 { position < end ? base[position] : 0 }

    @inline(__always) mutating func skipWhitespace() {
        while position < end {
            let byte = base[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    /// Skips whitespace and requires `byte` next, consuming it.
    @inline(__always) mutating func expect(_ byte: UInt8) throws(Miss) {
        skipWhitespace()
        guard current == byte else { throw Miss() }
        position += 1
    }

    var atEnd: Bool { position == end }

    // MARK: Containers, as a reader walks them

    /// Enters an object or array whose opening bracket is next (after whitespace).
    mutating func enter(_ open: UInt8) throws(Miss) {
        try expect(open)
        depth += 1
        guard depth <= JSONParser.maximumDepth else { throw Miss() }
    }

    /// After entering a container or reading one of its items: whether another item follows
    /// (consuming the comma), or the container ends (consuming `close`). `first` is true
    /// before the first item, where no comma is expected.
    mutating func more(_ close: UInt8, first: Bool) throws(Miss) -> Bool {
        skipWhitespace()
        let byte = current
        if byte == close {
            position += 1
            depth -= 1
            return false
        }
        if first { return true }
        guard byte == UInt8(ascii: ",") else { throw Miss() }
        position += 1
        return true
    }

    /// The items of an array, each read by `item`.
    mutating func items<Item, Failure: Error>(_ item: (inout JSONScanner) throws(Failure) -> Item) throws -> [Item] {
        try enter(UInt8(ascii: "["))
        var result: [Item] = []
        var first = true
        while try more(UInt8(ascii: "]"), first: first) {
            first = false
            result.append(try item(&self))
        }
        return result
    }

    // MARK: Values

    /// Any value, as `JSONParser` builds it.
    mutating func value() throws(Miss) -> JSONValue {
        skipWhitespace()
        switch current {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal(0x74_72_75_65, 4); return .bool(true)
        case UInt8(ascii: "f"):
            try literal(0x66_61_6C_73, 4)
            guard current == UInt8(ascii: "e") else { throw Miss() }
            position += 1
            return .bool(false)
        case UInt8(ascii: "n"): try literal(0x6E_75_6C_6C, 4); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw Miss()
        }
    }

    /// Four bytes spelling `word` (big-endian in the integer).
    @inline(__always) private mutating func literal(_ word: UInt32, _ count: Int) throws(Miss) {
        guard position + count <= end else { throw Miss() }
        var found: UInt32 = 0
        for offset in 0..<count { found = found << 8 | UInt32(base[position + offset]) }
        guard found == word else { throw Miss() }
        position += count
    }

    /// `null`, consumed when it is next; false (nothing consumed) otherwise.
    mutating func null() -> Bool {
        skipWhitespace()
        guard position + 4 <= end, base[position] == UInt8(ascii: "n"), base[position + 1] == UInt8(ascii: "u"),
            base[position + 2] == UInt8(ascii: "l"), base[position + 3] == UInt8(ascii: "l")
        else { return false }
        position += 4
        return true
    }

    mutating func bool() throws(Miss) -> Bool {
        guard case .bool(let flag) = try value() else { throw Miss() }
        return flag
    }

    private mutating func object() throws(Miss) -> JSONValue {
        try enter(UInt8(ascii: "{"))
        var members: [JSONMember] = []
        var keys: Set<String>?
        var first = true
        while try more(UInt8(ascii: "}"), first: first) {
            first = false
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw Miss() }
            let key = try string()
            // Duplicates as `JSONParser` finds them: by `String` equality, which is canonical
            // equivalence, not bytes.
            let duplicate: Bool
            if keys != nil {
                duplicate = !keys!.insert(key).inserted
            } else {
                duplicate = members.contains { $0.key == key }
                if members.count == 32 { keys = Set(members.map(\.key) + [key]) }
            }
            guard !duplicate else { throw Miss() }
            try expect(UInt8(ascii: ":"))
            members.append(JSONMember(key, try value()))
        }
        return .object(members)
    }

    private mutating func array() throws(Miss) -> JSONValue {
        try enter(UInt8(ascii: "["))
        var items: [JSONValue] = []
        var first = true
        while try more(UInt8(ascii: "]"), first: first) {
            first = false
            items.append(try value())
        }
        return .array(items)
    }

    /// A number as `JSONParser` reads it: whole numbers must fit `Int`, others `Double`
    /// and be finite.
    mutating func number() throws(Miss) -> JSONValue {
        skipWhitespace()
        let start = position
        let negative = current == UInt8(ascii: "-")
        if negative { position += 1 }
        let digitsStart = position
        guard isDigit(current) else { throw Miss() }
        if current == UInt8(ascii: "0") {
            position += 1
            if isDigit(current) { throw Miss() }
        } else {
            while isDigit(current) { position += 1 }
        }
        let digitsEnd = position
        var isInteger = true
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard isDigit(current) else { throw Miss() }
            while isDigit(current) { position += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard isDigit(current) else { throw Miss() }
            while isDigit(current) { position += 1 }
        }
        if isInteger, digitsEnd - digitsStart <= 18 {
            // Up to 18 digits always fit: no overflow to check.
            var value = 0
            for index in digitsStart..<digitsEnd { value = value &* 10 &+ Int(base[index] &- 0x30) }
            return .int(negative ? -value : value)
        }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: position - start), as: UTF8.self)
        if isInteger {
            guard let value = Int(text) else { throw Miss() }
            return .int(value)
        }
        guard let value = Double(text), value.isFinite else { throw Miss() }
        return .double(value)
    }

    /// A whole number (not null).
    mutating func int() throws(Miss) -> Int {
        guard case .int(let number) = try number() else { throw Miss() }
        return number
    }

    @inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// A string value; the opening quote is next (after whitespace).
    mutating func string() throws(Miss) -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        // The common case: no escape, one conversion of the bytes in place. Eight bytes at a
        // time while none of them is a quote, a backslash or a control character.
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while position + 8 <= end {
            let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            // A byte is zero (or below 0x20) exactly when its high bit survives here.
            let special = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word)
            if special & highs != 0 { break }
            position += 8
        }
        while position < end {
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                let text = Self.text(base + start, position - start)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw Miss() }
            position += 1
        }
        guard position < end else { throw Miss() }
        var text = Self.text(base + start, position - start)
        var runStart = position
        while position < end {
            let byte = base[position]
            switch byte {
            case UInt8(ascii: "\""):
                text += Self.text(base + runStart, position - runStart)
                position += 1
                return text
            case UInt8(ascii: "\\"):
                text += Self.text(base + runStart, position - runStart)
                position += 1
                text.unicodeScalars.append(try escape())
                runStart = position
            case 0..<0x20:
                throw Miss()
            default:
                position += 1
            }
        }
        throw Miss()
    }

    /// A string or null.
    mutating func optionalString() throws(Miss) -> String? {
        if null() { return nil }
        return try string()
    }

    /// Text from bytes the caller checked are UTF-8 (the whole document was), cut at ASCII
    /// bytes (quotes, backslashes), so whole characters: not checked again.
    @inline(__always) private static func text(_ start: UnsafePointer<UInt8>, _ count: Int) -> String {
        count == 0 ? "" : String(copying: UTF8Span(unchecked: UnsafeBufferPointer(start: start, count: count).span))
    }

    private mutating func escape() throws(Miss) -> Unicode.Scalar {
        guard position < end else { throw Miss() }
        let byte = base[position]
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
                guard current == UInt8(ascii: "\\"), position + 1 < end, base[position + 1] == UInt8(ascii: "u") else { throw Miss() }
                position += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low), let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else {
                    throw Miss()
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw Miss() }
            return scalar
        default:
            throw Miss()
        }
    }

    private mutating func hex4() throws(Miss) -> UInt32 {
        guard position + 4 <= end else { throw Miss() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = base[position]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw Miss()
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }
}
