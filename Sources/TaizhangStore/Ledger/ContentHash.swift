import TaizhangModel

/// A 64-bit hash of the file, eight bytes at a step: tells whether the file is byte for
/// byte what this process last read. Not for security: it only has to notice another
/// taizhang's save, which changes the generation and the history, so an accidental
/// collision is not a concern. (A byte-at-a-time FNV took 20 ms on a 14 MB ledger.)
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                let word = raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
                hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
            }
            for offset in (words * 8)..<raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x100_0000_01b3
            }
        }
        return hash
    }
}
