import TaizhangTestSupport
import Testing
@testable import TaizhangText

/// `truncate` cuts simple text in one pass over its bytes and `TerminalSafe.truncated` looks
/// only at what is kept; both must give exactly what cutting by characters gives, with the
/// text made safe first, on any text.
@Suite("Cutting in one pass")
struct TruncateInOnePassTests {
    /// Plan text and everything that is not: marks, joiners, emoji, flags, controls (C0, DEL,
    /// C1), bidi overrides, soft hyphen, full-width forms, a plane-2 ideograph.
    static let pieces: [String] = [
        "a", "Z", " ", "1", "局", "市", "，", "（", "、", "…", "—", "“", "é", "Ａ", "─", "〇", "ｶ", "ﾞ",
        "\u{301}", "\u{FE0F}", "\u{200D}", "\u{200B}", "\u{20E3}", "👍", "🇨", "🇳", "\u{7}", "\u{1B}", "\n", "\r", "\t",
        "\u{7F}", "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{AD}", "𠀀",
    ]

    static func randomText(_ random: inout SeededRandom) -> String {
        (0..<Int(random.next(below: 24))).map { _ in pieces[Int(random.next(below: UInt64(pieces.count)))] }.joined()
    }

    @Test func cutsAsByCharacters() {
        var random = SeededRandom(seed: 57)
        var differences: [String] = []
        for _ in 0..<20_000 {
            let text = Self.randomText(&random)
            let width = Int(random.next(below: 30)) - 2
            let ellipsis = ["…", "...", "", "⋯⋯"][Int(random.next(below: 4))]
            let fast = TextFit.truncate(text, toWidth: width, ellipsis: ellipsis)
            let reference = TextFit.truncateByCharacters(text, toWidth: width, ellipsis: ellipsis)
            if !fast.unicodeScalars.elementsEqual(reference.unicodeScalars), differences.count < 5 {
                differences.append("\(text.debugDescription) to \(width) with \(ellipsis.debugDescription): \(fast.debugDescription), not \(reference.debugDescription)")
            }
        }
        #expect(differences.isEmpty, "\(differences)")
    }

    @Test func makesSafeAsSanitizingAllFirst() {
        var random = SeededRandom(seed: 2022)
        var differences: [String] = []
        for _ in 0..<20_000 {
            let text = Self.randomText(&random)
            let width = Int(random.next(below: 30))
            let ellipsis = ["…", "..."][Int(random.next(below: 2))]
            let fast = TerminalSafe.truncated(text, toWidth: width, ellipsis: ellipsis)
            let reference = TextFit.truncate(TerminalSafe.sanitize(text), toWidth: width, ellipsis: ellipsis)
            if !fast.unicodeScalars.elementsEqual(reference.unicodeScalars), differences.count < 5 {
                differences.append("\(text.debugDescription) to \(width): \(fast.debugDescription), not \(reference.debugDescription)")
            }
        }
        #expect(differences.isEmpty, "\(differences)")
    }

    /// What `truncated` rests on: every scalar `sanitize` replaces takes no column where it
    /// stands, so one right after a cut is kept with the cut and seen.
    @Test func everyReplacedScalarTakesNoColumn() {
        let replaced = Array(0x00...0x1F) + Array(0x7F...0x9F) + Array(0x202A...0x202E) + Array(0x2066...0x2069)
        for value in replaced {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(DisplayWidth.of(Character(scalar)) == 0, "U+\(String(value, radix: 16))")
            #expect(TerminalSafe.sanitize(String(scalar)) != String(scalar))
        }
    }
}

/// `SimpleUTF8` answers the common widths itself; every simple scalar must read with the
/// width `ScalarWidth` gives it, and every other scalar must not read as simple.
@Suite("Simple text from its bytes")
struct SimpleUTF8Tests {
    @Test func everyScalarOfTheBasicPlaneReadsAsTheTablesSay() {
        var wrong: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            let read = bytes.withUnsafeBufferPointer { SimpleUTF8.scalar(in: $0, at: 0) }
            if SimpleScalars.isSimple(value) {
                if read?.value != value || read?.width != ScalarWidth.of(scalar) || read?.next != bytes.count { wrong.append(String(value, radix: 16)) }
            } else if read != nil {
                wrong.append(String(value, radix: 16))
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
    }
}
