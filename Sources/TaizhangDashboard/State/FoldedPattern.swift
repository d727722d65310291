#if canImport(Glibc)
import Glibc
#endif
import TaizhangModel

/// A query as the search matches it, A–Z folded to a–z, with what finds it fast in a task's
/// text as written (unfolded): the byte to look for with memchr, one whose case never folds
/// and, where there is one, a UTF-8 continuation byte (spread over 64 values, so far rarer in
/// Chinese text than the lead bytes).
struct FoldedPattern: Sendable {
    let bytes: [UInt8]
    /// Where in `bytes` the byte memchr looks for is; nil when every byte is a letter.
    private let anchor: Int?
    private let hasNewline: Bool

    init(_ query: String) {
        let bytes = PlanIndex.folded(query)
        let caseless = bytes.indices.filter { !Self.isLetter(bytes[$0]) }
        self.bytes = bytes
        anchor = caseless.first { bytes[$0] & 0xC0 == 0x80 } ?? caseless.first
        hasNewline = bytes.contains(0x0A)
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26
    }

    /// Whether the task's search text (its text, then each unit's name after a newline)
    /// contains the pattern, case folded. A pattern without a newline cannot span two parts,
    /// so each part is searched as it is stored.
    func occurs(in task: PlanTask) -> Bool {
        guard !hasNewline else {
            let joined = PlanIndex.folded(([task.text] + task.units.map(\.name)).joined(separator: "\n"))
            return bytes.withUnsafeBytes { pattern in joined.withUnsafeBytes { PlanIndex.contains($0, pattern) } }
        }
        if occurs(in: task.text) { return true }
        return task.units.contains { occurs(in: $0.name) }
    }

    func occurs(in string: String) -> Bool {
        var string = string
        return string.withUTF8 { text in
            bytes.withUnsafeBufferPointer { pattern in Self.occurs(pattern, in: text, anchor: anchor) }
        }
    }

    private static func occurs(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, anchor: Int?) -> Bool {
        let (length, wanted) = (text.count, pattern.count)
        guard wanted > 0 else { return true }
        guard wanted <= length, let base = text.baseAddress else { return false }
        let lastStart = length - wanted
        guard let anchor else {
            for start in 0...lastStart where matches(pattern, text, at: start) { return true }
            return false
        }
        let wantedByte = Int32(pattern[anchor])
        var from = anchor
        let lastHit = lastStart + anchor
        while from <= lastHit {
            guard let hit = memchr(base + from, wantedByte, lastHit - from + 1) else { return false }
            let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if matches(pattern, text, at: at - anchor) { return true }
            from = at + 1
        }
        return false
    }

    @inline(__always)
    private static func matches(_ pattern: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for index in 0..<pattern.count {
            let byte = text[start + index]
            let folded = byte &- 0x41 < 26 ? byte + 0x20 : byte
            if folded != pattern[index] { return false }
        }
        return true
    }
}
