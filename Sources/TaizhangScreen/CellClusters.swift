import Synchronization

/// The characters of several scalars that cells have held (a letter with combining marks, an
/// emoji sequence, a flag), each numbered once for the life of the program, so a `Cell` can
/// name one in four bytes. They are rare on this screen, and a number is never reused, so a
/// cell made on one thread reads the same character on any other.
final class CellClusters: Sendable {
    static let shared = CellClusters()

    /// Codes from here up are clusters; below are scalar values (at most 0x10FFFF).
    static let base: UInt32 = 0x0011_0000

    /// Enough for any screen; past it (text made to exhaust it) a cluster shows as U+FFFD
    /// instead of growing the table without end.
    static let limit = 1 << 20

    private struct Table {
        var characters: [Character] = []
        /// By scalars, not by `Character` equality: canonically equal clusters are different
        /// bytes on the terminal, and a cell paints exactly the scalars it was given.
        var numbers: [[UInt32]: UInt32] = [:]
    }

    private let table = Mutex(Table())

    /// The cluster's number, given once.
    func number(of character: Character) -> UInt32 {
        let key = character.unicodeScalars.map(\.value)
        return table.withLock { table in
            if let number = table.numbers[key] { return number }
            // A number past the table reads as U+FFFD.
            guard table.characters.count < Self.limit else { return UInt32(Self.limit) }
            let number = UInt32(table.characters.count)
            table.characters.append(character)
            table.numbers[key] = number
            return number
        }
    }

    func character(_ number: UInt32) -> Character {
        table.withLock { table in
            table.characters.indices.contains(Int(number)) ? table.characters[Int(number)] : "\u{FFFD}"
        }
    }
}
