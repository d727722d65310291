import TaizhangText

/// A screen position, 0-based.
public struct Point: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// The whole frame as a value: `render` fills it, the terminal paints it, and tests read it
/// as plain lines. Every row holds exactly `width` cells whatever text was put in it.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should stand (an input line), or nil to hide it.
    public var cursor: Point?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    public func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * width)..<(y * width + width)]
    }

    /// The row as text, continuation cells left out, so a row of Chinese reads naturally.
    public func line(_ y: Int) -> String {
        var text = ""
        for cell in row(y) where !cell.isContinuation {
            text.append(cell.character)
        }
        return text
    }

    /// Every row as text: what a failing test prints and what tmux's capture-pane shows.
    public var lines: [String] { (0..<height).map(line) }

    /// Writes `text` from column `x` of row `y`, cut to `maxWidth` columns (and to the
    /// screen edge), never splitting a character. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: StyleRole = .normal) -> Int {
        putText(text, x: x, y: y, maxWidth: maxWidth, role: role)
    }

    /// `put` for a piece of a string.
    @discardableResult
    public mutating func put(_ text: Substring, x: Int, y: Int, maxWidth: Int? = nil, role: StyleRole = .normal) -> Int {
        putText(text, x: x, y: y, maxWidth: maxWidth, role: role)
    }

    /// The one reading of `put`, specialised here for `String` and `Substring` (from another
    /// module a generic one ran unspecialised, through witness tables, for every character).
    private mutating func putText<S: StringProtocol>(_ text: S, x: Int, y: Int, maxWidth: Int?, role: StyleRole) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let limit = min(width - x, maxWidth ?? Int.max)
        let simple = text.utf8.withContiguousStorageIfAvailable { bytes in
            putSimple(bytes, x: x, y: y, limit: limit, role: role)
        }
        if let written = simple ?? nil { return written }
        var column = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column + w > limit { break }
            set(x: x + column, y: y, Cell(character, width: UInt8(w), role: role))
            column += w
        }
        return column
    }

    /// Writes text whose every scalar up to the cut is simple (`SimpleUTF8`), read from its
    /// bytes: each scalar is then a character of its own. Nil, having written nothing, when a
    /// scalar before the cut (or the first one past it, which could join the last one
    /// written) is not simple.
    private mutating func putSimple(_ bytes: UnsafeBufferPointer<UInt8>, x: Int, y: Int, limit: Int, role: StyleRole) -> Int? {
        var index = 0
        var column = 0
        while index < bytes.count {
            guard let scalar = SimpleUTF8.scalar(in: bytes, at: index) else { return nil }
            if scalar.width > 0, column + scalar.width > limit { break }
            column += scalar.width
            index = scalar.next
        }
        let end = index
        let rowWidth = width
        let base = y * rowWidth
        return cells.withUnsafeMutableBufferPointer { cells in
            var index = 0
            var column = x
            while index < end, let scalar = SimpleUTF8.scalar(in: bytes, at: index) {
                index = scalar.next
                // A scalar of no columns takes no cell, as by characters (no simple scalar has none).
                guard scalar.width > 0 else { continue }
                let cell = Cell(scalar: Unicode.Scalar(scalar.value) ?? " ", width: UInt8(scalar.width), role: role)
                Self.set(cells, rowWidth: rowWidth, base: base, x: column, cell)
                column += scalar.width
            }
            return column - x
        }
    }

    /// Fills `count` columns from `x` with one character (a border, padding, a bar).
    public mutating func fill(_ character: Character = " ", x: Int, y: Int, count: Int, role: StyleRole = .normal) {
        guard y >= 0, y < height else { return }
        let start = max(0, x)
        let end = min(width, x + count)
        guard start < end else { return }
        let cell = Cell(character, width: 1, role: role)
        let rowWidth = width
        let base = y * rowWidth
        cells.withUnsafeMutableBufferPointer { cells in
            // Only a wide character across either end of the run leaves a half outside it;
            // every cell inside is written over.
            Self.clearWideCharacter(cells, rowWidth: rowWidth, base: base, at: start)
            Self.clearWideCharacter(cells, rowWidth: rowWidth, base: base, at: end - 1)
            for column in start..<end {
                cells[base + column] = cell
            }
        }
    }

    /// The cells of a rectangle, row after row (clipped to the screen): a pane as drawn, to
    /// be pasted into a later frame.
    public func cells(x: Int, y: Int, width: Int, height: Int) -> [Cell] {
        var copied: [Cell] = []
        let columns = max(0, min(self.width, x + width) - max(0, x))
        copied.reserveCapacity(columns * max(0, height))
        for row in max(0, y)..<max(max(0, y), min(self.height, y + height)) where columns > 0 {
            copied += cells[(row * self.width + max(0, x))..<(row * self.width + max(0, x) + columns)]
        }
        return copied
    }

    /// Puts back cells taken by `cells(x:y:width:height:)` from a screen of the same size.
    public mutating func paste(_ copied: [Cell], x: Int, y: Int, width: Int, height: Int) {
        let columns = max(0, min(self.width, x + width) - max(0, x))
        var next = 0
        for row in max(0, y)..<max(max(0, y), min(self.height, y + height)) where columns > 0 {
            guard next + columns <= copied.count else { return }
            let start = row * self.width + max(0, x)
            cells.replaceSubrange(start..<(start + columns), with: copied[next..<(next + columns)])
            next += columns
        }
    }

    /// Changes the role of cells already written, e.g. to highlight a selected row.
    public mutating func restyle(x: Int, y: Int, count: Int, role: StyleRole) {
        guard y >= 0, y < height else { return }
        let start = max(0, x)
        let end = min(width, x + count)
        guard start < end else { return }
        for column in start..<end {
            cells[y * width + column].role = role
        }
    }

    /// Sets one cell, keeping wide characters whole: a wide character whose half is
    /// overwritten is replaced by a space, and a wide character is written with its
    /// continuation cell (or as a space when it would stick out of the row).
    private mutating func set(x: Int, y: Int, _ cell: Cell) {
        let rowWidth = width
        cells.withUnsafeMutableBufferPointer { cells in
            Self.set(cells, rowWidth: rowWidth, base: y * rowWidth, x: x, cell)
        }
    }

    private static func set(_ cells: UnsafeMutableBufferPointer<Cell>, rowWidth: Int, base: Int, x: Int, _ cell: Cell) {
        clearWideCharacter(cells, rowWidth: rowWidth, base: base, at: x)
        if cell.width == 2 {
            guard x + 1 < rowWidth else {
                cells[base + x] = Cell(scalar: " ", width: 1, role: cell.role)
                return
            }
            clearWideCharacter(cells, rowWidth: rowWidth, base: base, at: x + 1)
            cells[base + x] = cell
            cells[base + x + 1] = Cell(scalar: " ", width: 0, role: cell.role)
        } else {
            cells[base + x] = cell
        }
    }

    private static func clearWideCharacter(_ cells: UnsafeMutableBufferPointer<Cell>, rowWidth: Int, base: Int, at x: Int) {
        let existing = cells[base + x]
        if existing.isContinuation, x > 0 {
            cells[base + x - 1] = Cell(scalar: " ", width: 1, role: cells[base + x - 1].role)
            cells[base + x] = Cell(scalar: " ", width: 1, role: existing.role)
        } else if existing.width == 2, x + 1 < rowWidth {
            cells[base + x + 1] = Cell(scalar: " ", width: 1, role: existing.role)
        }
    }
}
