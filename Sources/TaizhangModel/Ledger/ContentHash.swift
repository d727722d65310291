/// FNV-1a, 64 bits: tells whether the file is byte for byte what this process last read.
/// Not for security: it only has to notice another taizhang's save, which changes the
/// generation and the history, so an accidental collision is not a concern.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }
}
