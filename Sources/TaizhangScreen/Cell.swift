/// One terminal column. A wide (two-column) character lives in its leading cell; the cell to
/// its right is a continuation that holds no text, so a row always has exactly `width` cells.
///
/// A cell is eight plain bytes: the character is kept as its one scalar (nearly every
/// character on the screen), or as the number `CellClusters` gave a character of several
/// scalars. Rendering writes thousands of cells a frame and the terminal compares every cell
/// with the last frame's, so copying and comparing cells must not count references.
public struct Cell: Equatable, Sendable {
    /// The scalar's value, or `CellClusters.base` plus the cluster's number.
    @usableFromInline var code: UInt32
    /// 1 or 2 for a leading cell, 0 for the continuation of a wide character.
    public var width: UInt8
    public var role: StyleRole

    public init(_ character: Character = " ", width: UInt8 = 1, role: StyleRole = .normal) {
        self.code = Cell.code(of: character)
        self.width = width
        self.role = role
    }

    /// A cell of one scalar, without making a `Character` of it.
    public init(scalar: Unicode.Scalar, width: UInt8, role: StyleRole) {
        self.code = scalar.value
        self.width = width
        self.role = role
    }

    public static let blank = Cell()

    @inlinable public var isContinuation: Bool { width == 0 }

    /// Inlinable: the terminal compares every cell of a changed row with the last frame's.
    @inlinable public static func == (left: Cell, right: Cell) -> Bool {
        left.code == right.code && left.width == right.width && left.role == right.role
    }

    public var character: Character {
        get {
            if let scalar { return Character(scalar) }
            return CellClusters.shared.character(code - CellClusters.base)
        }
        set { code = Cell.code(of: newValue) }
    }

    /// The character's scalar when it is a single one (the terminal paints it without
    /// building a `Character`); nil for a character of several scalars.
    public var scalar: Unicode.Scalar? {
        code < CellClusters.base ? Unicode.Scalar(code) : nil
    }

    private static func code(of character: Character) -> UInt32 {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first { return only.value }
        return CellClusters.base + CellClusters.shared.number(of: character)
    }
}
