/// A set of plan positions as bits: what a search's parts are combined in.
struct TaskBits: Sendable {
    private(set) var words: [UInt64]
    let count: Int

    init(count: Int) {
        self.count = count
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    @inline(__always)
    mutating func insert(_ position: Int) {
        words[position >> 6] |= 1 << UInt64(position & 63)
    }

    @inline(__always)
    func contains(_ position: Int) -> Bool {
        words[position >> 6] & (1 << UInt64(position & 63)) != 0
    }

    mutating func insertAll() {
        for index in words.indices { words[index] = ~0 }
        if count % 64 != 0, !words.isEmpty { words[words.count - 1] = (1 << UInt64(count % 64)) - 1 }
    }

    mutating func removeAll() {
        for index in words.indices { words[index] = 0 }
    }

    mutating func formIntersection(_ other: TaskBits) {
        for index in words.indices { words[index] &= other.words[index] }
    }

    mutating func formUnion(_ other: TaskBits) {
        for index in words.indices { words[index] |= other.words[index] }
    }
}
