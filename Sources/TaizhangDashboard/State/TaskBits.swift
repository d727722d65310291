/// A set of plan positions as bits: what a search's parts are combined in.
struct TaskBits: Sendable {
    private(set) var words: [UInt64]
    /// How many tasks the positions are among; how many are in the set is `population`.
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

    /// Adds the positions set in `other`, words of the same length (a search index's bits).
    mutating func formUnion(words other: UnsafeBufferPointer<UInt64>) {
        precondition(other.count == words.count)
        words.withUnsafeMutableBufferPointer { words in
            for index in words.indices { words[index] |= other[index] }
        }
    }

    /// Keeps only the positions also set in `other`, words of the same length.
    mutating func formIntersection(words other: UnsafeBufferPointer<UInt64>) {
        precondition(other.count == words.count)
        words.withUnsafeMutableBufferPointer { words in
            for index in words.indices { words[index] &= other[index] }
        }
    }

    /// The set of `positions` among `count` tasks.
    init(_ positions: [Int], count: Int) {
        self.init(count: count)
        for position in positions { insert(position) }
    }

    /// How many positions are in the set.
    var population: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The positions in the set, ascending.
    func positions() -> [Int] {
        var positions: [Int] = []
        positions.reserveCapacity(population)
        for position in self { positions.append(position) }
        return positions
    }

    /// The positions of `candidates` in the set, in the candidates' order.
    func keeping(_ candidates: [Int]) -> [Int] {
        var kept: [Int] = []
        kept.reserveCapacity(candidates.count)
        words.withUnsafeBufferPointer { words in
            for position in candidates where words[position >> 6] & (1 << UInt64(position & 63)) != 0 {
                kept.append(position)
            }
        }
        return kept
    }
}

/// The positions in the set, ascending: a word at a time, skipping empty ones.
extension TaskBits: Sequence {
    struct Iterator: IteratorProtocol {
        let words: [UInt64]
        var index = 0
        var rest: UInt64

        mutating func next() -> Int? {
            while rest == 0 {
                index += 1
                guard index < words.count else { return nil }
                rest = words[index]
            }
            let bit = rest.trailingZeroBitCount
            rest &= rest - 1
            return index << 6 | bit
        }
    }

    func makeIterator() -> Iterator {
        Iterator(words: words, rest: words.first ?? 0)
    }
}
