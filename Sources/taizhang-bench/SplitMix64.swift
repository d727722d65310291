#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The generator's only source of chance. Our own (SplitMix64) rather than the standard
/// library's `random(in:using:)`, whose mapping from bits to ranges may change between Swift
/// releases: a seed must give the same ledger, byte for byte, on every toolchain.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `0..<bound` (multiply-high: no modulo bias worth a benchmark's care).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(0)")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in [0, 1) with 53 bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// An index skewed towards the start (Zipf-like), so a few units carry most tasks, as
    /// the leading offices of a real plan do.
    mutating func skewed(_ count: Int, power: Double = 2.2) -> Int {
        min(count - 1, Int(Double(count) * pow(unit(), power)))
    }
}
