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
                // Most of Chinese: any two continuation bytes.
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

    @inline(__always) private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }
}
