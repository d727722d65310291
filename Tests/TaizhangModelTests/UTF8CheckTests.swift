import Testing
@testable import TaizhangModel

/// `UTF8Check` against the standard library's check: the same answer for every one- and
/// two-byte text, every three- and four-byte sequence built from the bytes at the edges of
/// the table's ranges, texts that are mostly a ledger's, and random bytes.
@Suite struct UTF8CheckTests {
    static func standard(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    static func fast(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Check.isValid)
    }

    /// Bytes at the edges of every range of Unicode's table 3-7, and a few inside.
    static let edges: [UInt8] = [
        0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
        0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]

    @Test func everyShortTextAndEveryEdgeSequence() {
        for first in 0...255 {
            #expect(Self.fast([UInt8(first)]) == Self.standard([UInt8(first)]), "\(first)")
            for second in 0...255 {
                let bytes = [UInt8(first), UInt8(second)]
                if Self.fast(bytes) != Self.standard(bytes) { Issue.record("\(bytes)") }
            }
        }
        for a in Self.edges {
            for b in Self.edges {
                for c in Self.edges {
                    let three = [a, b, c]
                    if Self.fast(three) != Self.standard(three) { Issue.record("\(three)") }
                    for d in Self.edges {
                        let four = [a, b, c, d]
                        if Self.fast(four) != Self.standard(four) { Issue.record("\(four)") }
                    }
                }
            }
        }
    }

    /// A ledger's kind of text (ASCII runs long enough for the eight-byte steps, Chinese,
    /// an emoji), whole and cut at every byte, with one byte changed at every place.
    @Test func ledgerTextCutAndDamagedEverywhere() {
        let text = Array(#"{"text": "严格执行《供电企业信息公开实施办法》等制度，深入推进 ABC-123 🙂 公开。", "units": [{"name": "市政务服务数据管理局"}]}"#.utf8)
        #expect(Self.fast(text))
        for cut in 0...text.count {
            let prefix = Array(text[..<cut])
            #expect(Self.fast(prefix) == Self.standard(prefix), "cut at \(cut)")
        }
        for place in text.indices {
            for value: UInt8 in [0x80, 0xBF, 0xC0, 0xE0, 0xED, 0xF4, 0xFF, 0x22] {
                var damaged = text
                damaged[place] = value
                #expect(Self.fast(damaged) == Self.standard(damaged), "\(value) at \(place)")
            }
        }
    }

    /// Long runs of Chinese are checked twelve bytes at a time: each of the four places in
    /// such a step, and each byte of it, taking every edge value, agree with the standard
    /// check, at every alignment of the run.
    @Test func runsOfChineseAgreeWhereverTheyBreak() {
        let run = Array("严格执行供电企业信息公开实施办法深入推进".utf8)
        #expect(run.count == 60 && Self.fast(run))
        for shift in 0..<3 {
            let text = Array("a{\"".utf8.prefix(shift)) + run
            for place in text.indices {
                for value in Self.edges {
                    var damaged = text
                    damaged[place] = value
                    if Self.fast(damaged) != Self.standard(damaged) { Issue.record("\(value) at \(place), shift \(shift)") }
                }
            }
        }
        // The two leads with narrow second bytes, well formed and not, inside a run.
        for bad in [[0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80]] as [[UInt8]] {
            for place in stride(from: 0, through: run.count, by: 3) {
                let text = Array(run[..<place]) + bad + Array(run[place...])
                #expect(Self.fast(text) == Self.standard(text), "\(bad) at \(place)")
            }
        }
    }

    @Test func randomBytesAgree() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50_000 {
            let length = Int.random(in: 0..<24, using: &generator)
            // Mostly the edge bytes, so well-formed sequences occur often enough.
            let bytes = (0..<length).map { _ in
                Bool.random(using: &generator) ? Self.edges.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            if Self.fast(bytes) != Self.standard(bytes) { Issue.record("\(bytes)") }
        }
    }
}
