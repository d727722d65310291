/// Simple text (`SimpleScalars`: every scalar a character of its own) read straight from its
/// UTF-8 bytes, scalar by scalar with its columns. The screen is written and cut thousands of
/// characters a frame; walking a `String`'s scalars through its generic views from another
/// module cost several times what writing a cell does (callgrind of a search key at 57
/// tasks: 3,400 instructions for each 30-character row put on the screen).
public enum SimpleUTF8 {
    /// The scalar that starts at `index`, its columns and the index after it; nil when that
    /// scalar is not simple, and the caller must then take the text by characters. `index`
    /// must start a scalar of valid UTF-8, as every index a caller steps to from 0 does.
    @inlinable @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, width: Int, next: Int)? {
        guard let (value, next) = decode(bytes, at: index) else { return nil }
        guard SimpleScalars.isSimple(value) else { return nil }
        // The common answers first: ASCII and Latin one column, the ideographs two.
        if value < 0x300 { return (value, 1, next) }
        if value >= 0x4E00, value <= 0x9FFF { return (value, 2, next) }
        // Chinese punctuation: CJK symbols (、。《》) and full-width forms (，（）：) are wide.
        if (value >= 0x3000 && value <= 0x3029) || (value >= 0xFF01 && value <= 0xFF60) { return (value, 2, next) }
        return (value, width(of: value), next)
    }

    /// The scalar of up to three bytes that starts at `index` and the index after it; nil for
    /// one of four bytes (planes 1 and up: emoji and rare ideographs, never simple) or cut
    /// off by the end of the bytes. The one reading of UTF-8 here (`SimpleScalars.all` too).
    @inlinable @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, next: Int)? {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, index + 1) }
        if lead < 0xE0 {
            guard index + 1 < bytes.count else { return nil }
            return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), index + 2)
        }
        if lead < 0xF0 {
            guard index + 2 < bytes.count else { return nil }
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), index + 3)
        }
        return nil
    }

    @usableFromInline
    static func width(of value: UInt32) -> Int {
        Unicode.Scalar(value).map(ScalarWidth.of) ?? 1
    }
}
