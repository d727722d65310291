/// One copy of each unit name a ledger repeats. A plan of 10,000 tasks names its 2,000 units
/// 22,000 times, and a Chinese name is too long for a string to hold inline: each was an
/// allocation of its own, a megabyte at 10,000 tasks and ten at 100,000. The decoder looks a
/// name up by its bytes, before any string is made, and keeps the first string made for them.
///
/// Byte-equal names share one string; names that are only canonically equal stay apart, as
/// they were written (the workload still counts them as one, through `String` equality).
/// Used by one decoder on one thread.
final class NameTable {
    private var slots: [Slot]
    private var count = 0
    /// Past this many distinct names the table stops growing and new names are made as
    /// before: a ledger of free-text "units" must not grow a table of everything it holds.
    static let limit = 1 << 16

    private struct Slot {
        var hash: Int
        var name: String?
    }

    /// Empty until the first name: every reader has a table, and a journal's reader (one
    /// per line, never a unit name) must not pay for one.
    init() {
        slots = []
    }

    /// The shared string for `bytes` (valid UTF-8), made once.
    func name(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if slots.isEmpty { slots = Array(repeating: Slot(hash: 0, name: nil), count: 1 << 10) }
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        let hash = hasher.finalize()
        let mask = slots.count - 1
        var index = hash & mask
        while let existing = slots[index].name {
            if slots[index].hash == hash, SameBytes.equal(existing, bytes) { return existing }
            index = (index + 1) & mask
        }
        let made = bytes.isEmpty ? "" : String(copying: UTF8Span(unchecked: bytes.span))
        guard count < Self.limit else { return made }
        slots[index] = Slot(hash: hash, name: made)
        count += 1
        if count * 2 > slots.count { grow() }
        return made
    }

    private func grow() {
        let old = slots
        slots = Array(repeating: Slot(hash: 0, name: nil), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.name != nil {
            var index = slot.hash & mask
            while slots[index].name != nil { index = (index + 1) & mask }
            slots[index] = slot
        }
    }
}

extension JSONScanner {
    /// A string shared through `table` when it has no escapes (a unit name as written),
    /// else made as `string()` makes it.
    mutating func string(sharingFrom table: NameTable) throws(Miss) -> String {
        let quote = position
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < end {
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                let text = table.name(UnsafeBufferPointer(start: base + start, count: position - start))
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            position += 1
        }
        position = quote
        return try string()
    }
}
