/// Timings of one measure, in nanoseconds, and the figures the tables report. Medians and
/// p95 rather than means: on a shared two-core machine a neighbour's build shows up as a
/// few slow outliers, which a mean would smear over every row.
struct Samples: Sendable {
    var name: String
    var nanoseconds: [Int64]

    var sorted: [Int64] { nanoseconds.sorted() }

    var median: Double {
        let values = sorted
        guard !values.isEmpty else { return .nan }
        let middle = values.count / 2
        return values.count % 2 == 1 ? Double(values[middle]) : Double(values[middle - 1] + values[middle]) / 2
    }

    /// The nearest-rank 95th percentile.
    var p95: Double {
        let values = sorted
        guard !values.isEmpty else { return .nan }
        let rank = Int((Double(values.count) * 0.95).rounded(.up))
        return Double(values[max(0, min(values.count - 1, rank - 1))])
    }
}

/// Runs closures under ContinuousClock with a warm-up, so caches, lazy globals and the
/// allocator have settled before the first sample counts.
struct Stopwatch {
    var warmUp: Int
    var samples: Int

    /// Times `body` alone; `setUp` runs untimed before each call (e.g. to put the cursor back).
    func measure(_ name: String, setUp: () -> Void = {}, _ body: () -> Void) -> Samples {
        let clock = ContinuousClock()
        for _ in 0..<warmUp {
            setUp()
            body()
        }
        var result: [Int64] = []
        result.reserveCapacity(samples)
        for _ in 0..<samples {
            setUp()
            let start = clock.now
            body()
            result.append(Self.nanoseconds(clock.now - start))
        }
        return Samples(name: name, nanoseconds: result)
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}

/// Keeps a result alive so the optimiser cannot drop the work that made it.
@inline(never)
func keep<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
