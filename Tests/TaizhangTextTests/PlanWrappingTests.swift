import Testing
import TaizhangText

/// Wraps every line of the Zhuhai plan at every width from 10 to 120 and checks the rules
/// on every line produced.
@Suite("Line breaking: the Zhuhai plan at every width")
struct PlanWrappingTests {
    static let mustNotStartLine: Set<Character> = Set("，。、；：？！）」』”’》〉】〕〗〙〛…‥％·,.;:?!)]}%")
    static let mustNotEndLine: Set<Character> = Set("（「『“‘《〈【〔〖〘〚([{")
    /// Runs that occur in the plan and must never straddle two lines.
    static let runs = ["2022", "12366", "12345", "1+1+9", "4%"]

    @Test(arguments: 10...120)
    func everyRule(width: Int) {
        var failures: [String] = []
        func fail(_ message: String) {
            if failures.count < 10 { failures.append(message) }
        }
        do {
            for paragraph in PlanFixture.paragraphs {
                let lines = LineBreaker.wrap(paragraph, width: width)
                for line in lines {
                    if line.displayWidth > width { fail("\(width): too wide: \(line)") }
                    if line.isEmpty { fail("\(width): empty line in \(paragraph)") }
                    if let first = line.first, Self.mustNotStartLine.contains(first) { fail("\(width): starts with \(first): \(line)") }
                    if let last = line.last, Self.mustNotEndLine.contains(last) { fail("\(width): ends with \(last): \(line)") }
                    if line.first == " " || line.last == " " { fail("\(width): space at an edge: \(line)") }
                }
                for (upper, lower) in zip(lines, lines.dropFirst()) {
                    if let last = upper.last, let first = lower.first, isRunCharacter(last), isRunCharacter(first) {
                        fail("\(width): run split: \(upper) | \(lower)")
                    }
                }
                for (upper, lower) in zip(lines, lines.dropFirst()) {
                    for run in Self.runs where straddles(run, upper, lower) {
                        fail("\(width): \(run) split: \(upper) | \(lower)")
                    }
                }
                if !reassembles(lines, into: paragraph) { fail("\(width): text lost or changed: \(paragraph)") }
            }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    /// The rules are only meaningful if the plan actually puts them to the test.
    @Test func planExercisesTheRules() {
        let text = PlanFixture.paragraphs.joined()
        for run in Self.runs {
            #expect(occurrences(of: run, in: text) > 0, "\(run)")
        }
        #expect(text.contains { Self.mustNotStartLine.contains($0) })
        #expect(text.contains { Self.mustNotEndLine.contains($0) })
        // Some line must have been ended early to keep a mark with its neighbour (the next
        // line's first character would still have fitted), or the test above proves little.
        let moved = (10...40).contains { width in
            PlanFixture.paragraphs.contains { paragraph in
                let lines = LineBreaker.wrap(paragraph, width: width)
                return zip(lines, lines.dropFirst()).contains { upper, lower in
                    guard let first = lower.first, first.asciiValue == nil else { return false }
                    return upper.displayWidth + DisplayWidth.of(first) <= width
                }
            }
        }
        #expect(moved)
    }

    private func isRunCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x41 && ascii <= 0x5A)
            || (ascii >= 0x61 && ascii <= 0x7A) || "+-./%:".utf8.contains(ascii)
    }

    /// Whether `run` begins at the end of `upper` and finishes at the start of `lower`.
    private func straddles(_ run: String, _ upper: String, _ lower: String) -> Bool {
        (1..<run.count).contains { split in
            upper.hasSuffix(run.prefix(split)) && lower.hasPrefix(run.dropFirst(split))
        }
    }

    private func occurrences(of needle: String, in haystack: some StringProtocol) -> Int {
        let needle = Array(needle.utf8)
        let bytes = Array(haystack.utf8)
        guard bytes.count >= needle.count else { return 0 }
        var count = 0
        var start = 0
        while start + needle.count <= bytes.count {
            if bytes[start..<start + needle.count].elementsEqual(needle) {
                count += 1
                start += needle.count
            } else {
                start += 1
            }
        }
        return count
    }

    /// The lines joined give back the text, except for ASCII spaces dropped at line edges.
    private func reassembles(_ lines: [String], into text: String) -> Bool {
        var rest = Substring(text)
        for line in lines {
            rest = rest.drop { $0 == " " }
            guard rest.hasPrefix(line) else { return false }
            rest = rest.dropFirst(line.count)
        }
        return rest.allSatisfy { $0 == " " }
    }
}
