import TaizhangModel

extension SearchIndex {
    /// Builds the index in two passes over the tasks: the first numbers the scalars and the
    /// pairs and counts each pair's tasks, the second writes each task into its pairs' runs,
    /// laid out by a counting pass (no sort of the postings). Reading the tasks twice keeps
    /// no list of every task's pairs: that list was as large as the postings, so the build
    /// held twice the finished index (10 MiB at 10,000 tasks, 4.5 of which are kept).
    struct Builder {
        var bmpIDs = [UInt16](repeating: 0, count: 0x10000)
        var otherIDs: [UInt32: UInt16] = [:]
        var scalarCount = 0
        /// Open addressing from pair key to pair number; `emptySlot` marks a free slot.
        var slotKeys: [UInt32]
        var slotPairs: [UInt32]
        var slotMask: Int
        var pairKeys: [UInt32] = []
        var pairCounts: [UInt32] = []
        /// The last task each pair was counted for (plus one; 0 is none yet).
        var pairLastTask: [UInt32] = []
        /// The pair numbers of the task being read, each once, in the order met.
        var taskPairs: [UInt32] = []
        let taskCount: Int
        static let emptySlot = UInt32.max
        /// Marks a pair kept as bits in the layout's cursors; the rest of the word is which.
        static let denseMark: UInt32 = 1 << 31

        init(taskCount: Int) {
            self.taskCount = taskCount
            slotKeys = [UInt32](repeating: Self.emptySlot, count: 1 << 12)
            slotPairs = [UInt32](repeating: 0, count: 1 << 12)
            slotMask = (1 << 12) - 1
        }

        /// First pass: numbers one task's scalars and pairs and counts the pairs it holds;
        /// false when the plan has too many distinct scalars.
        mutating func count(_ task: PlanTask, at position: UInt32) -> Bool {
            collectPairs(task, at: position)
            for pair in taskPairs { pairCounts[Int(pair)] += 1 }
            return scalarCount <= SearchIndex.maxScalarID
        }

        /// Fills `taskPairs` with the distinct pairs of a task's search text.
        private mutating func collectPairs(_ task: PlanTask, at position: UInt32) {
            taskPairs.removeAll(keepingCapacity: true)
            var previous: UInt32?
            let mark = position + 1
            func scan(_ string: String, afterNewline: Bool) {
                if afterNewline {
                    let id = idOf(SearchIndex.newline)
                    if let before = previous { addPair(before << 16 | id, task: mark) }
                    previous = id
                }
                var text = string
                text.withUTF8 { bytes in
                    var at = 0
                    while at < bytes.count {
                        let id = idOf(SearchIndex.fold(SearchIndex.decode(bytes, &at)))
                        if let before = previous { addPair(before << 16 | id, task: mark) }
                        previous = id
                    }
                }
            }
            scan(task.text, afterNewline: false)
            for unit in task.units { scan(unit.name, afterNewline: true) }
            if let last = previous { addPair(last << 16, task: mark) }
        }

        @inline(__always)
        mutating func idOf(_ scalar: UInt32) -> UInt32 {
            if scalar < 0x10000 {
                let known = bmpIDs[Int(scalar)]
                if known != 0 { return UInt32(known) }
                scalarCount += 1
                // Past the limit the id wraps; `count` reports the plan unindexable.
                let id = UInt16(truncatingIfNeeded: min(scalarCount, SearchIndex.maxScalarID))
                bmpIDs[Int(scalar)] = id
                return UInt32(id)
            }
            if let known = otherIDs[scalar] { return UInt32(known) }
            scalarCount += 1
            let id = UInt16(truncatingIfNeeded: min(scalarCount, SearchIndex.maxScalarID))
            otherIDs[scalar] = id
            return UInt32(id)
        }

        @inline(__always)
        mutating func addPair(_ key: UInt32, task mark: UInt32) {
            var slot = Int((key &* 0x9E37_79B1) >> 7) & slotMask
            while true {
                let found = slotKeys[slot]
                if found == key { break }
                if found == Self.emptySlot {
                    slotKeys[slot] = key
                    slotPairs[slot] = UInt32(pairKeys.count)
                    pairKeys.append(key)
                    pairCounts.append(0)
                    pairLastTask.append(0)
                    if pairKeys.count * 2 > slotKeys.count {
                        grow()
                        slot = self.slot(of: key)
                    }
                    break
                }
                slot = (slot + 1) & slotMask
            }
            let pair = slotPairs[slot]
            if pairLastTask[Int(pair)] != mark {
                pairLastTask[Int(pair)] = mark
                taskPairs.append(pair)
            }
        }

        private func slot(of key: UInt32) -> Int {
            var slot = Int((key &* 0x9E37_79B1) >> 7) & slotMask
            while slotKeys[slot] != key { slot = (slot + 1) & slotMask }
            return slot
        }

        private mutating func grow() {
            let capacity = slotKeys.count * 2
            slotKeys = [UInt32](repeating: Self.emptySlot, count: capacity)
            slotPairs = [UInt32](repeating: 0, count: capacity)
            slotMask = capacity - 1
            for (pair, key) in pairKeys.enumerated() {
                var slot = Int((key &* 0x9E37_79B1) >> 7) & slotMask
                while slotKeys[slot] != Self.emptySlot { slot = (slot + 1) & slotMask }
                slotKeys[slot] = key
                slotPairs[slot] = UInt32(pair)
            }
        }

        /// Second pass: the pairs sorted by key, where each one's tasks start, and the tasks,
        /// read again in plan order so each pair's run is ascending. The same scalars and
        /// pairs as the first pass, so no new number is made. A pair in more tasks than its
        /// list is worth (4 bytes a task against 8 a word of bits) gets bits and an empty run.
        mutating func layOut(_ tasks: [PlanTask])
            -> (keys: [UInt32], starts: [UInt32], postings: [UInt32], densePairs: [UInt32], bitmaps: [UInt64]) {
            let order = pairKeys.indices.sorted { pairKeys[$0] < pairKeys[$1] }
            let words = (taskCount + 63) / 64
            var rank = [UInt32](repeating: 0, count: order.count)
            var keys = [UInt32]()
            keys.reserveCapacity(order.count)
            var starts = [UInt32]()
            starts.reserveCapacity(order.count + 1)
            var densePairs = [UInt32]()
            var total: UInt32 = 0
            for (sorted, pair) in order.enumerated() {
                rank[pair] = UInt32(sorted)
                keys.append(pairKeys[pair])
                starts.append(total)
                if Int(pairCounts[pair]) > 2 * words {
                    densePairs.append(UInt32(sorted))
                } else {
                    total += pairCounts[pair]
                }
            }
            starts.append(total)
            pairCounts = []
            // Marks start again: the first pass left each pair's last task in them.
            for pair in pairLastTask.indices { pairLastTask[pair] = 0 }
            var cursor = starts
            for (dense, sorted) in densePairs.enumerated() { cursor[Int(sorted)] = Self.denseMark | UInt32(dense) }
            var postings = [UInt32](repeating: 0, count: Int(total))
            var bitmaps = [UInt64](repeating: 0, count: densePairs.count * words)
            for (position, task) in tasks.enumerated() {
                collectPairs(task, at: UInt32(position))
                for pair in taskPairs {
                    let slot = Int(rank[Int(pair)])
                    let at = cursor[slot]
                    if at & Self.denseMark != 0 {
                        bitmaps[Int(at & ~Self.denseMark) * words + position >> 6] |= 1 << UInt64(position & 63)
                    } else {
                        postings[Int(at)] = UInt32(position)
                        cursor[slot] = at + 1
                    }
                }
            }
            slotKeys = []
            slotPairs = []
            pairLastTask = []
            pairKeys = []
            return (keys, starts, postings, densePairs, bitmaps)
        }
    }
}
