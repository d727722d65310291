import TaizhangModel

/// A 64-bit hash of the file, eight bytes at a step: tells whether the file is byte for
/// byte what this process last read. Not for security: it only has to notice another
/// taizhang's save, which changes the generation and the history, so an accidental
/// collision is not a concern. (A byte-at-a-time FNV took 20 ms on a 14 MB ledger.)
/// Fed in pieces (a ledger read in pieces) or whole, the same bytes give the same hash;
/// it is only ever compared within one process, never stored.
struct ContentHash {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private var count = 0
    /// Bytes of a word not yet complete, low byte first.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    static func of(_ bytes: [UInt8]) -> UInt64 {
        var hasher = ContentHash()
        bytes.withUnsafeBytes { hasher.update($0) }
        return hasher.value
    }

    mutating func update(_ raw: UnsafeRawBufferPointer) {
        count += raw.count
        var offset = 0
        // Finish a word begun by the last piece.
        while pendingCount > 0, offset < raw.count {
            pending |= UInt64(raw[offset]) << (8 * UInt64(pendingCount))
            pendingCount += 1
            offset += 1
            if pendingCount == 8 {
                mix(pending)
                pending = 0
                pendingCount = 0
            }
        }
        while offset + 8 <= raw.count {
            mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        while offset < raw.count {
            pending |= UInt64(raw[offset]) << (8 * UInt64(pendingCount))
            pendingCount += 1
            offset += 1
        }
    }

    /// The hash of everything given so far (its length included).
    var value: UInt64 {
        var result = hash
        if pendingCount > 0 { result = (result ^ pending) &* 0x100_0000_01b3 }
        return (result ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
    }

    private mutating func mix(_ word: UInt64) {
        hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
    }
}
