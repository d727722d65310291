#if canImport(Glibc)
import Glibc
#endif

/// An enum's cases and the bytes of their raw values, for `JSONScanner.word`: made once from
/// the enum itself, so the words the scanner knows are always the enum's.
struct Words<Value: CaseIterable & RawRepresentable>: Sendable where Value.RawValue == String, Value: Sendable {
    let values: [Value]
    let bytes: [[UInt8]]

    init() {
        values = Array(Value.allCases)
        bytes = values.map { Array($0.rawValue.utf8) }
    }
}

/// Reading an object's members: its keys matched against the keys a reader knows, and
/// string values matched against an enum's raw values, all without making strings.
extension JSONScanner {
    /// An object key and its colon, as raw bytes (valid until the buffer goes); the caller
    /// matches it against the keys it knows. Keys with escapes are not taizhang's: a miss.
    mutating func rawKey() throws(Miss) -> UnsafeBufferPointer<UInt8> {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < end {
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                let key = UnsafeBufferPointer(start: base + start, count: position - start)
                position += 1
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                return key
            }
            // Escapes, control characters and anything not ASCII: leave to the tree path.
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { throw Miss() }
            position += 1
        }
        throw Miss()
    }

    /// The members of an object whose keys are among `keys` (up to 32), each at most once:
    /// `member` reads the value of `keys[index]`. Returns which keys were there, bit
    /// `index` for `keys[index]`. A key not in `keys` is a miss.
    ///
    /// taizhang writes an object's keys in the order of `keys`, so the key after
    /// `keys[index]` is looked for first as `keys[index + 1]`, compared in place; only a key
    /// out of that order is scanned and searched for. Finding each key by its name was a
    /// sixth of reading a ledger.
    mutating func members<Failure: Error>(_ keys: [StaticString], _ member: (inout JSONScanner, Int) throws(Failure) -> Void) throws -> UInt32 {
        try enter(UInt8(ascii: "{"))
        var seen: UInt32 = 0
        var first = true
        var next = 0
        while try more(UInt8(ascii: "}"), first: first) {
            first = false
            let index: Int
            if next < keys.count, key(is: keys[next]) {
                index = next
            } else {
                let key = try rawKey()
                guard let found = Self.index(of: key, in: keys) else { throw Miss() }
                index = found
            }
            guard seen & 1 << index == 0 else { throw Miss() }
            seen |= 1 << index
            next = index + 1
            try member(&self, index)
        }
        return seen
    }

    /// Whether the key at the position is `name` (plain ASCII, as every key taizhang knows):
    /// then it is consumed with its colon and the whitespace after, as `rawKey` does, and
    /// true. Otherwise only whitespace is consumed.
    @inline(__always) mutating func key(is name: StaticString) -> Bool {
        // Whitespace after a comma is the scanner's to skip, here as in `rawKey`.
        skipWhitespace()
        let count = name.utf8CodeUnitCount
        guard position + count + 2 <= end, base[position] == UInt8(ascii: "\""),
            base[position + count + 1] == UInt8(ascii: "\""),
            memcmp(base + position + 1, name.utf8Start, count) == 0
        else { return false }
        var after = position + count + 2
        while after < end, base[after] == 0x20 || base[after] == 0x0A || base[after] == 0x0D || base[after] == 0x09 { after += 1 }
        guard after < end, base[after] == UInt8(ascii: ":") else { return false }
        position = after + 1
        skipWhitespace()
        return true
    }

    /// The case of `words` that the next string names, compared in place with no string
    /// made: a status or a role is read thousands of times in a large ledger. A string that
    /// names none of them, or is written with escapes, is a miss (the tree path reads it).
    mutating func word<Value>(_ words: Words<Value>) throws(Miss) -> Value {
        try expect(UInt8(ascii: "\""))
        for (index, word) in words.bytes.enumerated() {
            let count = word.count
            if position + count < end, base[position + count] == UInt8(ascii: "\""), memcmp(base + position, word, count) == 0 {
                position += count + 1
                return words.values[index]
            }
        }
        throw Miss()
    }

    /// Where `key` is in `keys`, nil when it is none of them.
    static func index(of key: UnsafeBufferPointer<UInt8>, in keys: [StaticString]) -> Int? {
        for (index, name) in keys.enumerated() where name.utf8CodeUnitCount == key.count {
            let bytes = name.utf8Start
            var offset = 0
            while offset < key.count, key[offset] == bytes[offset] { offset += 1 }
            if offset == key.count { return index }
        }
        return nil
    }
}
