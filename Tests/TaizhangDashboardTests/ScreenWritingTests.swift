import TaizhangTestSupport
import TaizhangText
import Testing
@testable import TaizhangScreen

/// `put` and `fill` write from the text's bytes while it is simple, and whole runs at once;
/// what they leave must be what writing character by character leaves (the reading below,
/// kept as the reference), wide characters across the edges of what is written included.
@Suite("Writing text on the screen")
struct ScreenWritingTests {
    /// Plan text and everything that is not: wide, narrow, marks that join the character
    /// before them, emoji and flags, keycaps, controls, full-width forms.
    static let pieces: [String] = [
        "a", "Z", " ", "1", "局", "市", "，", "（", "）", "、", "…", "—", "“", "é", "ß", "Ａ", "─", "〇",
        "\u{301}", "\u{FE0F}", "\u{200D}", "\u{20E3}", "👍", "🇨", "🇳", "ｶ", "ﾞ", "\u{7}", "\u{1B}", "\n", "\r", "\u{AD}", "𠀀",
    ]

    @Test func writingMatchesWritingCharacterByCharacter() {
        var random = SeededRandom(seed: 16)
        var differences: [String] = []
        for round in 0..<3000 {
            let width = 6 + Int(random.next(below: 12))
            var fast = Screen(width: width, height: 1)
            var reference = Reference(width: width)
            // Start from a row of wide and narrow characters, so halves get cut.
            var x = 0
            while x < width {
                let wide = random.next(below: 2) == 0
                let character: Character = wide ? "中" : "a"
                fast.put(String(character), x: x, y: 0)
                reference.put(String(character), x: x)
                x += wide ? 2 : 1
            }
            let text = (0..<Int(random.next(below: 12))).map { _ in Self.pieces[Int(random.next(below: UInt64(Self.pieces.count)))] }.joined()
            let at = Int(random.next(below: UInt64(width)))
            let maxWidth = random.next(below: 3) == 0 ? nil : Int(random.next(below: 10))
            if random.next(below: 4) == 0 {
                let count = Int(random.next(below: UInt64(width)))
                fast.fill("·", x: at, y: 0, count: count, role: .heading)
                reference.fill("·", x: at, count: count, role: .heading)
            } else {
                let used = fast.put(text, x: at, y: 0, maxWidth: maxWidth, role: .heading)
                let expected = reference.put(text, x: at, maxWidth: maxWidth, role: .heading)
                if used != expected, differences.count < 5 { differences.append("round \(round): \(used) columns, not \(expected), for \(text.debugDescription)") }
                // A piece of a string is written the same way.
                var fromSubstring = Screen(width: width, height: 1)
                var whole = Screen(width: width, height: 1)
                fromSubstring.put((text + "<").dropLast(), x: at, y: 0, maxWidth: maxWidth)
                whole.put(text, x: at, y: 0, maxWidth: maxWidth)
                if fromSubstring != whole, differences.count < 5 { differences.append("round \(round): a substring of \(text.debugDescription) written otherwise") }
            }
            if Array(fast.row(0)) != reference.cells, differences.count < 5 {
                differences.append("round \(round): \(fast.line(0).debugDescription), not \(Screen.lineOf(reference.cells).debugDescription), for \(text.debugDescription)")
            }
        }
        #expect(differences.isEmpty, "\(differences)")
    }

    /// Writing by characters, one cell at a time: the reading `put` and `fill` had before
    /// they read bytes and wrote runs.
    struct Reference {
        let width: Int
        var cells: [Cell]

        init(width: Int) {
            self.width = width
            cells = Array(repeating: .blank, count: width)
        }

        @discardableResult
        mutating func put(_ text: String, x: Int, maxWidth: Int? = nil, role: StyleRole = .normal) -> Int {
            guard x >= 0, x < width else { return 0 }
            let limit = min(width - x, maxWidth ?? Int.max)
            var column = 0
            for character in text {
                let w = DisplayWidth.of(character)
                if w == 0 { continue }
                if column + w > limit { break }
                set(x + column, Cell(character, width: UInt8(w), role: role))
                column += w
            }
            return column
        }

        mutating func fill(_ character: Character, x: Int, count: Int, role: StyleRole) {
            for column in max(0, x)..<max(max(0, x), min(width, x + count)) {
                set(column, Cell(character, width: 1, role: role))
            }
        }

        private mutating func set(_ x: Int, _ cell: Cell) {
            clear(x)
            if cell.width == 2 {
                guard x + 1 < width else {
                    cells[x] = Cell(scalar: " ", width: 1, role: cell.role)
                    return
                }
                clear(x + 1)
                cells[x] = cell
                cells[x + 1] = Cell(scalar: " ", width: 0, role: cell.role)
            } else {
                cells[x] = cell
            }
        }

        private mutating func clear(_ x: Int) {
            let existing = cells[x]
            if existing.isContinuation, x > 0 {
                cells[x - 1] = Cell(scalar: " ", width: 1, role: cells[x - 1].role)
                cells[x] = Cell(scalar: " ", width: 1, role: existing.role)
            } else if existing.width == 2, x + 1 < width {
                cells[x + 1] = Cell(scalar: " ", width: 1, role: existing.role)
            }
        }
    }
}

extension Screen {
    static func lineOf(_ cells: [Cell]) -> String {
        String(cells.filter { !$0.isContinuation }.map(\.character))
    }
}
