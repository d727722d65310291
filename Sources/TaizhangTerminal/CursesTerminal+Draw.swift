import TaizhangScreen
import CNCursesW
import Glibc

extension CursesTerminal {
    /// Paints the whole frame, then refreshes once: ncurses compares it with what is on the
    /// terminal and sends only the difference, so redrawing everything every time is cheap.
    ///
    /// Every cell is written at its own position, so a character whose width ncurses sees
    /// differently can never push the rest of the row out of place, and nothing wraps past
    /// the row's edge. A Screen of another size than the terminal is painted where it fits.
    public func draw(_ screen: Screen) {
        let (columns, rows) = size
        // Rows identical to the last frame are already on the terminal: only changed rows are
        // painted again, so a keypress costs what it changes, not the whole screen.
        let previous = lastScreen.flatMap { $0.width == screen.width && $0.height == screen.height ? $0 : nil }
        if previous == nil { werase(window) }
        let height = min(rows, screen.height)
        let width = min(columns, screen.width)
        // Runs of cells share a role: the look is found again only when the role changes.
        var role = StyleRole.normal
        var look = self.look(for: role)
        // Read through buffers: the frame's cells and the last one's are compared cell by
        // cell in every changed row, and a subscript call per cell cost more than the compare.
        let hasPrevious = previous != nil
        screen.cells.withUnsafeBufferPointer { cells in
            (previous?.cells ?? []).withUnsafeBufferPointer { before in
                for y in 0..<height {
                    let base = y * screen.width
                    if hasPrevious, Self.rowsEqual(cells, before, from: base, count: screen.width) { continue }
                    var x = 0
                    while x < width {
                        let cell = cells[base + x]
                        // A continuation belongs to the wide cell before it. A cell equal to
                        // the one already painted there is on the terminal: a move of the
                        // highlight changes two rows, but only a few cells of each.
                        if cell.isContinuation || (hasPrevious && before[base + x] == cell) {
                            x += 1
                            continue
                        }
                        if cell.role != role {
                            role = cell.role
                            look = self.look(for: role)
                        }
                        paint(cell, look: look, x: x, y: y, columnsLeft: width - x)
                        x += max(1, Int(cell.width))
                    }
                }
            }
        }
        if let cursor = screen.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !cursorVisible {
                curs_set(1)
                cursorVisible = true
            }
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wnoutrefresh(window)
        doupdate()
        lastScreen = screen
    }

    private static func rowsEqual(_ cells: UnsafeBufferPointer<Cell>, _ before: UnsafeBufferPointer<Cell>, from base: Int, count: Int) -> Bool {
        for index in base..<(base + count) where cells[index] != before[index] { return false }
        return true
    }

    private func look(for role: StyleRole) -> CellLook {
        looks[role] ?? CellLook(pair: 0, attributes: tz_a_normal())
    }

    /// Paints one leading cell. ncurses places a `cchar_t` by the width of its first scalar
    /// (the rest must be combining marks), so a character is written whole when that holds,
    /// else as its first scalar alone (emoji sequences, flags), else as "?". A wide cell that
    /// ncurses sees as narrow gets a blank after it; a wide character in the last column (it
    /// does not fit) is painted as a blank. Either way the row stays aligned with the Screen.
    private func paint(_ cell: Cell, look: CellLook, x: Int, y: Int, columnsLeft: Int) {
        let cellWidth = max(1, Int(cell.width))
        guard cellWidth <= columnsLeft else {
            put(" ", look: look, x: x, y: y)
            return
        }
        var drawnWidth = 0
        if let scalar = cell.scalar {
            // Nearly every cell: one scalar, written without building arrays. Printable
            // ASCII is one column; anything else is measured as below.
            if scalar.value >= 0x20, scalar.value != 0x7F {
                let scalarWidth = scalar.value < 0x7F ? 1 : Int(wcwidth(wchar_t(scalar.value)))
                if scalarWidth >= 1, scalarWidth <= cellWidth, put(scalar, look: look, x: x, y: y) {
                    drawnWidth = scalarWidth
                }
            }
        } else {
            drawnWidth = paintCluster(Array(cell.character.unicodeScalars), look: look, x: x, y: y, cellWidth: cellWidth)
        }
        if drawnWidth == 0 {
            put("?", look: look, x: x, y: y)
            drawnWidth = 1
        }
        if drawnWidth < cellWidth {
            put(" ", look: look, x: x + 1, y: y)
        }
    }

    /// A character of several scalars: whole when the rest are combining marks that fit in a
    /// `cchar_t`, else its first scalar alone. The columns it took, 0 when nothing was written.
    private func paintCluster(_ scalars: [Unicode.Scalar], look: CellLook, x: Int, y: Int, cellWidth: Int) -> Int {
        var drawnWidth = 0
        if let first = scalars.first, first.value >= 0x20, first.value != 0x7F {
            let firstWidth = Int(wcwidth(wchar_t(first.value)))
            if firstWidth >= 1, firstWidth <= cellWidth {
                let combining = scalars.dropFirst().allSatisfy { wcwidth(wchar_t($0.value)) == 0 }
                let whole = combining && scalars.count <= Int(CCHARW_MAX)
                if (whole && put(scalars, look: look, x: x, y: y)) || put(first, look: look, x: x, y: y) {
                    drawnWidth = firstWidth
                }
            }
        }
        return drawnWidth
    }

    /// Writes one scalar. False when ncurses refused it; the error from writing the very
    /// last cell of the screen (the cursor cannot move past it) is expected and ignored.
    @discardableResult
    private func put(_ scalar: Unicode.Scalar, look: CellLook, x: Int, y: Int) -> Bool {
        tz_put_scalar(window, Int32(y), Int32(x), wchar_t(scalar.value), look.attributes, look.pair) == OK
    }

    /// Writes one character (a spacing scalar and its combining marks) through the
    /// wide-character API. Returns false when ncurses refused to build it. The error from
    /// writing the very last cell of the screen (the cursor cannot move past it) is expected
    /// and ignored.
    @discardableResult
    private func put(_ scalars: [Unicode.Scalar], look: CellLook, x: Int, y: Int) -> Bool {
        var text = scalars.map { wchar_t($0.value) }
        text.append(0)
        var character = cchar_t()
        guard setcchar(&character, text, look.attributes, look.pair, nil) == OK else { return false }
        _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
        return true
    }
}

extension CursesTerminal {
    /// Makes the next `draw` send every cell again (Ctrl-L), for when something outside the
    /// program has scribbled on the terminal.
    public func invalidate() {
        lastScreen = nil
        clearok(window, true)
    }
}
