#if canImport(Glibc)
import Glibc
#endif
import TaizhangModel

/// Which tasks each pair of adjacent characters occurs in, so a keystroke in the search box
/// looks its answer up instead of reading every task's text.
///
/// A task's search text is what the search box has always matched: the task's text, then each
/// unit's name after a newline, with A–Z folded to a–z. It is cut into pairs of Unicode scalars
/// (the last scalar paired with an end mark, so every scalar starts a pair). A one-character
/// query is then the union of the pairs it starts; two characters are one pair; a longer query
/// is the tasks that hold all its pairs, each confirmed by a byte search of its text (the
/// pairs may be there apart). Scalars, not bytes: UTF-8 is self-synchronising, so a scalar
/// sequence occurs exactly where its bytes do, and Chinese (three bytes a character) needs
/// pairs of characters to narrow at all.
///
/// Lean by layout: one sorted array of pair keys, one of where each pair's tasks start, one of
/// the tasks (plan positions, ascending within a pair). No per-task or per-pair allocation. A
/// pair found in so many tasks that a bit for every task takes less room than their list
/// (more than one task in 32) is kept as bits instead: the common characters of a plan
/// (局, 市, 工作…) are in most tasks, so their lists were most of the index, and a key that
/// types one is answered by OR-ing words instead of setting a bit per task.
struct SearchIndex: Sendable {
    let taskCount: Int
    /// Each scalar's dense id (from 1) in the Basic Multilingual Plane; 0 for one never seen.
    private let bmpIDs: [UInt16]
    /// The same for scalars beyond the BMP (rare: emoji, rare Han characters).
    private let otherIDs: [UInt32: UInt16]
    /// Each pair as `first id << 16 | second id`, ascending. The second id 0 is the end mark.
    private let pairKeys: [UInt32]
    /// Where each pair's tasks start in `postings`; one more entry than `pairKeys`. A pair's
    /// run is empty exactly when it is kept as bits (every pair is in some task).
    private let postingStart: [UInt32]
    /// Plan positions, ascending within each pair's run.
    private let postings: [UInt32]
    /// The pairs kept as bits (their places in `pairKeys`), ascending.
    private let densePairs: [UInt32]
    /// Their bits, `bitmapWords` words each, in `densePairs`' order.
    private let bitmaps: [UInt64]

    /// The highest scalar id the 16-bit keys leave room for; a plan with more distinct
    /// characters than this (none real) is searched by scanning instead.
    static let maxScalarID = 65_534
    static let newline: UInt32 = 0x0A

    /// Builds the index over `plan`'s tasks; nil when the plan has more distinct scalars than
    /// the keys can number.
    init?(plan: Plan) {
        var builder = Builder(taskCount: plan.tasks.count)
        for (position, task) in plan.tasks.enumerated() {
            guard builder.count(task, at: UInt32(position)) else { return nil }
        }
        let built = builder.layOut(plan.tasks)
        taskCount = plan.tasks.count
        bmpIDs = builder.bmpIDs
        otherIDs = builder.otherIDs
        pairKeys = built.keys
        postingStart = built.starts
        postings = built.postings
        densePairs = built.densePairs
        bitmaps = built.bitmaps
    }

    /// Words in one pair's bits.
    private var bitmapWords: Int { (taskCount + 63) / 64 }

    /// Bytes held, for the benchmark's memory figures and the test that keeps it lean.
    var byteCount: Int {
        bmpIDs.count * 2 + otherIDs.count * 16 + pairKeys.count * 4 + postingStart.count * 4 + postings.count * 4
            + densePairs.count * 4 + bitmaps.count * 8
    }

    /// Bytes of the pairs' tasks alone (lists and bits), for the tests.
    var taskByteCount: Int { postings.count * 4 + bitmaps.count * 8 }

    /// How many pairs there are, and how many are kept as bits, for the tests.
    var pairCount: Int { pairKeys.count }
    var densePairCount: Int { densePairs.count }

    /// The ids of `folded`'s scalars (already folded); nil when one never occurs in any task.
    func scalarIDs(of folded: [UInt8]) -> [UInt16]? {
        var ids: [UInt16] = []
        var missing = false
        folded.withUnsafeBufferPointer { bytes in
            var at = 0
            while at < bytes.count {
                let scalar = Self.decode(bytes, &at)
                let id = id(of: scalar)
                if id == 0 {
                    missing = true
                    return
                }
                ids.append(id)
            }
        }
        return missing ? nil : ids
    }

    private func id(of scalar: UInt32) -> UInt16 {
        scalar < 0x10000 ? bmpIDs[Int(scalar)] : otherIDs[scalar] ?? 0
    }

    /// One pair's tasks: a run of `postings`, or a pair's bits starting at a word of `bitmaps`.
    private enum Tasks {
        case list(Range<Int>)
        case bits(Int)
    }

    /// The tasks holding the pair at `place` in `pairKeys`.
    private func tasks(ofPairAt place: Int) -> Tasks {
        let run = Int(postingStart[place])..<Int(postingStart[place + 1])
        if !run.isEmpty { return .list(run) }
        var (low, high) = (0, densePairs.count)
        while low < high {
            let middle = (low + high) / 2
            if densePairs[middle] < UInt32(place) { low = middle + 1 } else { high = middle }
        }
        return .bits(low * bitmapWords)
    }

    /// How many tasks they are: counted only to order a query's pairs, rarest first (a
    /// one-character key ORs its pairs whatever their size).
    private func count(_ tasks: Tasks) -> Int {
        switch tasks {
        case .list(let run): run.count
        case .bits(let start): bitmaps[start..<(start + bitmapWords)].reduce(0) { $0 + $1.nonzeroBitCount }
        }
    }

    private func add(_ tasks: Tasks, to bits: inout TaskBits) {
        switch tasks {
        case .list(let run):
            postings.withUnsafeBufferPointer { postings in
                for position in postings[run] { bits.insert(Int(position)) }
            }
        case .bits(let start):
            bitmaps.withUnsafeBufferPointer { bitmaps in
                bits.formUnion(words: UnsafeBufferPointer(rebasing: bitmaps[start..<(start + bitmapWords)]))
            }
        }
    }

    private func keep(_ tasks: Tasks, in bits: inout TaskBits) {
        switch tasks {
        case .list:
            var other = TaskBits(count: taskCount)
            add(tasks, to: &other)
            bits.formIntersection(other)
        case .bits(let start):
            bitmaps.withUnsafeBufferPointer { bitmaps in
                bits.formIntersection(words: UnsafeBufferPointer(rebasing: bitmaps[start..<(start + bitmapWords)]))
            }
        }
    }

    /// The tasks whose search text may contain the query whose scalar ids are `ids`, as bits
    /// over plan positions, and whether that is exact (one or two scalars) or a superset to
    /// confirm (three or more: every pair is there, perhaps not together).
    func candidates(_ ids: [UInt16]) -> (bits: TaskBits, exact: Bool) {
        var bits = TaskBits(count: taskCount)
        switch ids.count {
        case 0:
            bits.insertAll()
            return (bits, true)
        case 1:
            let first = UInt32(ids[0]) << 16
            for place in lowerBound(first)..<lowerBound(first + 0x10000) {
                add(tasks(ofPairAt: place), to: &bits)
            }
            return (bits, true)
        default:
            // The rarest pair first, then every other pair keeps only its own tasks.
            var pairs: [(tasks: Tasks, count: Int)] = []
            for index in 0..<(ids.count - 1) {
                guard let place = place(of: UInt32(ids[index]) << 16 | UInt32(ids[index + 1])) else { return (bits, true) }
                let tasks = tasks(ofPairAt: place)
                pairs.append((tasks, count(tasks)))
            }
            pairs.sort { $0.count < $1.count }
            add(pairs[0].tasks, to: &bits)
            for pair in pairs.dropFirst() { keep(pair.tasks, in: &bits) }
            return (bits, ids.count == 2)
        }
    }

    /// The place in `pairKeys` of the pair `key`, if any task holds it.
    private func place(of key: UInt32) -> Int? {
        let at = lowerBound(key)
        guard at < pairKeys.count, pairKeys[at] == key else { return nil }
        return at
    }

    /// The first pair whose key is not below `key`.
    private func lowerBound(_ key: UInt32) -> Int {
        var (low, high) = (0, pairKeys.count)
        while low < high {
            let middle = (low + high) / 2
            if pairKeys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The scalar starting at `at` in valid UTF-8 (a Swift string's), moving `at` past it.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ at: inout Int) -> UInt32 {
        let lead = UInt32(bytes[at])
        if lead < 0x80 {
            at += 1
            return lead
        }
        if lead < 0xE0 {
            defer { at += 2 }
            return (lead & 0x1F) << 6 | UInt32(bytes[at + 1] & 0x3F)
        }
        if lead < 0xF0 {
            defer { at += 3 }
            return (lead & 0x0F) << 12 | UInt32(bytes[at + 1] & 0x3F) << 6 | UInt32(bytes[at + 2] & 0x3F)
        }
        defer { at += 4 }
        return (lead & 0x07) << 18 | UInt32(bytes[at + 1] & 0x3F) << 12 | UInt32(bytes[at + 2] & 0x3F) << 6
            | UInt32(bytes[at + 3] & 0x3F)
    }

    /// A–Z to a–z, as the search box folds case (Chinese has none).
    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt32 {
        scalar &- 0x41 < 26 ? scalar + 0x20 : scalar
    }
}
