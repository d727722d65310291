import Testing
@testable import TaizhangScreen

/// A cell is eight plain bytes (the frame is copied and compared cell by cell at every key),
/// and still holds any character, clusters of several scalars included.
@Suite("Cells")
struct CellTests {
    @Test func aCellIsEightPlainBytes() {
        #expect(MemoryLayout<Cell>.stride == 8)
        #expect(_isPOD(Cell.self))
    }

    @Test(arguments: ["局", "a", " ", "…", "Ａ", "e\u{301}", "👨‍👩‍👧", "🇨🇳", "\r\n", "ｶﾞ", "\u{10FFFF}"] as [Character])
    func holdsEveryCharacter(character: Character) {
        let cell = Cell(character, width: 2, role: .heading)
        #expect(cell.character == character)
        #expect(cell.width == 2 && cell.role == .heading)
        #expect((cell.scalar != nil) == (character.unicodeScalars.count == 1))
        var changed = Cell.blank
        changed.character = character
        #expect(changed.character == character && changed.width == 1)
    }

    @Test func cellsCompareByCharacterWidthAndRole() {
        #expect(Cell("e\u{301}") == Cell("e\u{301}"))
        #expect(Cell("e\u{301}") != Cell("e\u{300}"))
        #expect(Cell("e\u{301}") != Cell("é"))  // not the same scalars, so not the same bytes on the terminal
        // Canonically equal clusters are still different scalars: each cell keeps its own.
        let marks: (Character, Character) = ("a\u{323}\u{301}", "a\u{301}\u{323}")
        #expect(marks.0 == marks.1)
        #expect(Cell(marks.0) != Cell(marks.1))
        #expect(Array(Cell(marks.1).character.unicodeScalars) == Array(marks.1.unicodeScalars))
        #expect(Cell(scalar: "局", width: 2, role: .normal) == Cell("局", width: 2))
        #expect(Cell("局", width: 2) != Cell("局", width: 2, role: .done))
        #expect(Cell("局", width: 2) != Cell("局", width: 0))
    }

    /// Clusters numbered on many threads at once: each number names one cluster everywhere.
    @Test func clustersNumberedOnManyThreadsAgree() async {
        let clusters: [Character] = (0..<200).map { Character("a" + String(Unicode.Scalar(0x300 + $0 % 100)!) + String(Unicode.Scalar(0x300 + $0 / 100)!)) }
        let cells = await withTaskGroup(of: [Cell].self) { group in
            for _ in 0..<8 { group.addTask { clusters.shuffled().map { Cell($0) } } }
            var all: [Cell] = []
            for await made in group { all += made }
            return all
        }
        #expect(cells.count == 1600)
        func scalars(_ character: Character) -> [UInt32] { character.unicodeScalars.map(\.value) }
        let made = Set(cells.map { scalars($0.character) })
        #expect(made == Set(clusters.map(scalars)))
        for cluster in clusters { #expect(Cell(cluster) == Cell(cluster)) }
    }

    @Test func aScreenReadsBackWhatWasPut() {
        var screen = Screen(width: 12, height: 1)
        screen.put("局e\u{301}👍🇨🇳x", x: 0, y: 0)
        #expect(screen.line(0) == "局e\u{301}👍🇨🇳x    ")
        #expect(screen[2, 0].character == "e\u{301}" && screen[2, 0].scalar == nil)
        #expect(screen[0, 0].scalar == "局" && screen[1, 0].isContinuation)
    }
}
