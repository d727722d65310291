/// One terminal column. A wide (two-column) character lives in its leading cell; the cell to
/// its right is a continuation that holds no text, so a row always has exactly `width` cells.
public struct Cell: Equatable, Sendable {
    public var character: Character
    /// 1 or 2 for a leading cell, 0 for the continuation of a wide character.
    public var width: UInt8
    public var role: StyleRole

    public init(_ character: Character = " ", width: UInt8 = 1, role: StyleRole = .normal) {
        self.character = character
        self.width = width
        self.role = role
    }

    public static let blank = Cell()

    public var isContinuation: Bool { width == 0 }
}
