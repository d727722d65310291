/// Whether bytes are UTF-8, as the standard library's check answers, but faster on what a
/// ledger holds: runs of ASCII (the JSON around the text) are passed eight bytes at a time,
/// and a Chinese character is three bytes checked in one step. Every byte of a ledger and its
/// journal is checked before it is read, and the standard library's check was a tenth of
/// opening a 10,000-task ledger.
///
/// The well-formed sequences are Unicode's table 3-7: no overlong forms, no surrogates,
/// nothing past U+10FFFF, no sequence cut short.
enum UTF8Check {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            // ASCII eight bytes at a time.
            while index + 8 <= count,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { return true }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            if lead >= 0xE1, lead <= 0xEC || lead == 0xEE || lead == 0xEF {
                // Most of Chinese: any two continuation bytes. A run of such characters goes
                // four (twelve bytes) at a time.
                let start = index
                while index + 12 <= count, Self.fourCommonThreeByte(base + index) { index += 12 }
                if index > start { continue }
                guard index + 2 < count, isContinuation(base[index + 1]), isContinuation(base[index + 2]) else { return false }
                index += 3
                continue
            }
            if lead >= 0xC2, lead <= 0xDF {
                guard index + 1 < count, isContinuation(base[index + 1]) else { return false }
                index += 2
                continue
            }
            if lead == 0xE0 || lead == 0xED {
                guard index + 2 < count else { return false }
                let second = base[index + 1]
                // E0: no overlong form (A0 and up); ED: no surrogate (below A0).
                guard lead == 0xE0 ? (0xA0...0xBF).contains(second) : (0x80...0x9F).contains(second),
                    isContinuation(base[index + 2])
                else { return false }
                index += 3
                continue
            }
            if lead >= 0xF0, lead <= 0xF4 {
                guard index + 3 < count else { return false }
                let second = base[index + 1]
                // F0: no overlong form (90 and up); F4: nothing past U+10FFFF (below 90).
                let secondRange: ClosedRange<UInt8> = lead == 0xF0 ? 0x90...0xBF : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
                guard secondRange.contains(second), isContinuation(base[index + 2]), isContinuation(base[index + 3]) else { return false }
                index += 4
                continue
            }
            // 80–C1 (a continuation byte alone, or an overlong two-byte lead) and F5–FF.
            return false
        }
        return true
    }

    /// Whether twelve bytes are four three-byte characters whose leads are E1–EC or EE–EF
    /// (any continuation bytes are then well formed): every lead's high nibble E and every
    /// continuation's top bits 10, checked as two words, then the two leads with narrower
    /// second bytes (E0, ED) ruled out.
    @inline(__always) private static func fourCommonThreeByte(_ bytes: UnsafePointer<UInt8>) -> Bool {
        let raw = UnsafeRawPointer(bytes)
        // Read as little-endian, the first byte is the lowest. Leads at 0, 3, 6 and 9.
        guard UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & 0xC0F0_C0C0_F0C0_C0F0 == 0x80E0_8080_E080_80E0,
            UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)) & 0xC0C0_F0C0 == 0x8080_E080
        else { return false }
        return isCommonLead(bytes[0]) && isCommonLead(bytes[3]) && isCommonLead(bytes[6]) && isCommonLead(bytes[9])
    }

    /// A lead already known to be E0–EF that is neither E0 nor ED.
    @inline(__always) private static func isCommonLead(_ lead: UInt8) -> Bool {
        lead != 0xE0 && lead != 0xED
    }

    @inline(__always) private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }
}
