#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Equality of text by its UTF-8 bytes. `==` on strings also holds for different spellings of
/// the same characters (composed or not) and normalises Chinese text to decide it; where a
/// value must keep the bytes it was written with (a name table, a shared note) or must be
/// compared fast (a cache keyed by bytes), this is the comparison. One rule, used by
/// `NameTable`, `ExactName` and `Ledger.shareNotesWithTasks`.
enum SameBytes {
    static func equal(_ one: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        one.count == other.count && (one.isEmpty || memcmp(one.baseAddress!, other.baseAddress!, one.count) == 0)
    }

    /// Through the string's own storage, with no copy for a native string.
    static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { equal($0, bytes) }
    }

    static func equal(_ one: String, _ other: String) -> Bool {
        var other = other
        return other.withUTF8 { equal(one, $0) }
    }
}
