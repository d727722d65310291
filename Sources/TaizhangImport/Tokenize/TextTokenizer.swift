/// Text documents into grids: every line a cell (outlines, notices, the seed's tab-led
/// table text), `|`-separated cells, and cells separated by blanks.
enum TextTokenizer {
    /// Every non-blank line a cell of its own row. A line of tabs only is an empty cell (the
    /// seed's way of writing one); lines of blanks only are nothing.
    static func lines(_ text: String) -> Grid {
        var cells: [Cell] = []
        var cutApart: [(line: Int, parts: Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = Fold.trimmed(line)
            if content.isEmpty {
                if line.contains("\t") { cells.append(Cell("", line: index + 1, boundary: .rowStart)) }
                continue
            }
            let pieces = RunOnLine.paragraphs(content)
            if pieces.count > 1 { cutApart.append((index + 1, pieces.count)) }
            for piece in pieces {
                cells.append(Cell(piece, line: index + 1, boundary: .rowStart))
            }
        }
        return Grid(form: .text, cells: cells, linesCutApart: cutApart, linesOfText: true)
    }

    /// Every non-blank line a cell, with nothing said of where rows end: a table copied one
    /// cell per line without bars or rules.
    static func stream(_ text: String) -> Grid {
        stream(lines: lines(text))
    }

    /// The same, from the text's lines already cut (`lines`): a long line is cut once.
    static func stream(lines lined: Grid) -> Grid {
        var cells: [Cell] = []
        var rowEnds = false
        for cell in lined.cells {
            // `----` and `====` between rows say where a row ends.
            if isRule(cell.text) {
                rowEnds = true
                continue
            }
            cells.append(Cell(cell.text, line: cell.line, boundary: rowEnds ? .rowStart : .unknown))
            rowEnds = false
        }
        return Grid(form: .cells, cells: cells, linesCutApart: lined.linesCutApart)
    }

    /// A table copied one cell per line, then printed on one line with a blank where each line
    /// ended (`序号 事项 责任单位 牵头单位 1 地区生产总值增长6.5%以上。 区发改局 区发改局 2 …`):
    /// each blank of a long line ends a cell; shorter lines are cells whole. Rows are not
    /// known, as in `stream`. Nil unless the text is flattened (`isFlattened`): a document with
    /// its lines, whose long paragraphs have blanks inside, is no such table.
    static func blankCut(_ text: String) -> Grid? {
        guard isFlattened(text) else { return nil }
        var cells: [Cell] = []
        var cutApart: [(line: Int, parts: Int)] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Fold.trimmed(rawLine)
            if line.isEmpty { continue }
            guard line.count > RunOnLine.longLine else {
                cells.append(Cell(line, line: index + 1, boundary: .unknown))
                continue
            }
            let pieces = line.split(whereSeparator: Fold.isBlank)
            cutApart.append((index + 1, pieces.count))
            for piece in pieces {
                cells.append(Cell(String(piece), line: index + 1, boundary: .unknown))
            }
        }
        return Grid(form: .cells, cells: cells, linesCutApart: cutApart)
    }

    /// Lines led by a tab, the seed's flattened table: read by content, cell after cell.
    static func tabLedShare(_ text: String) -> Double {
        var withText = 0
        var tabLed = 0
        for line in text.split(separator: "\n").prefix(2000) where !Fold.trimmed(line).isEmpty {
            withText += 1
            if line.hasPrefix("\t") { tabLed += 1 }
        }
        return withText == 0 ? 0 : Double(tabLed) / Double(withText)
    }

    /// Lines cut at `|`. A line of several cells is a row of its own; a line of one cell (with
    /// a bar after it, or without) is one cell of a table copied one cell per line, whose rows
    /// end where a line of bars only (`||`), two bar lines in a row or a `----` line says so.
    static func pipes(_ text: String) -> Grid {
        var cells: [Cell] = []
        var separatorRun = 0
        var rowEnds = false
        let flattened = isFlattened(text)
        var cutApart: [(line: Int, parts: Int)] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Fold.trimmed(rawLine)
            if line.isEmpty { continue }
            if flattened, line.count > RunOnLine.longLine {
                // A table copied one cell per line, printed on one line (`工作任务 | 具体要求 |
                // 责任科室 | … | 1 | 对行政规范性文件… | 办公室 | 年底前 | …`): each bar was a
                // line of its own, two in a row (`| |`) ended a row, as in the copy above.
                let pieces = line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "｜" }).map { Fold.trimmed($0) }
                cutApart.append((index + 1, pieces.count { !$0.isEmpty }))
                for (position, piece) in pieces.enumerated() {
                    guard !piece.isEmpty else {
                        if position > 0, position < pieces.count - 1 { rowEnds = true }
                        continue
                    }
                    cells.append(Cell(piece, line: index + 1, boundary: rowEnds ? .rowStart : .unknown))
                    rowEnds = false
                }
                continue
            }
            let bars = line.filter { $0 == "|" || $0 == "｜" }.count
            // `|---|:--:|` under a Markdown header is a rule, like `----`.
            if bars == line.count || isRule(line) || (bars >= 2 && line.allSatisfy { "|｜-:+ =—".contains($0) }) {
                separatorRun += 1
                if bars >= 2 || separatorRun >= 2 || isRule(line) { rowEnds = true }
                continue
            }
            separatorRun = 0
            var pieces = line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "｜" })
                .map { Fold.trimmed($0) }
            if line.first == "|" || line.first == "｜" { pieces.removeFirst() }
            if let last = line.last, last == "|" || last == "｜", !pieces.isEmpty { pieces.removeLast() }
            let isRow = pieces.count >= 2
            for (position, piece) in pieces.enumerated() {
                let boundary: Cell.Boundary
                if position > 0 {
                    boundary = .sameRow
                } else if isRow || rowEnds {
                    boundary = .rowStart
                } else {
                    boundary = .unknown
                }
                cells.append(Cell(piece, line: index + 1, boundary: boundary))
            }
            rowEnds = isRow
        }
        return Grid(form: .cells, cells: cells, linesCutApart: cutApart)
    }

    /// A page printed on one line, or nearly: long lines (`RunOnLine.longLine`) hold nine
    /// tenths of its text. A document with its lines, long paragraphs and all, is not.
    static func isFlattened(_ text: String) -> Bool {
        var inLong = 0
        var all = 0
        for line in text.split(separator: "\n") {
            let count = Fold.trimmed(line).count
            all += count
            if count > RunOnLine.longLine { inLong += count }
        }
        return inLong > 0 && inLong * 10 >= all * 9
    }

    /// `----`, `====` and box rules between rows of a one-cell-per-line copy.
    static func isRule(_ line: some StringProtocol) -> Bool {
        line.count >= 3 && line.allSatisfy { "-=—─_*+~━═".contains($0) }
    }

    /// Lines cut at runs of blanks, for tables copied with a blank between cells. Only a
    /// line of two or more pieces starts a row; a line of one piece continues the row before
    /// it (a cell that wrapped onto its own line).
    static func spaced(_ text: String) -> Grid {
        var cells: [Cell] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let pieces = rawLine.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" || $0 == "\u{A0}" })
                .map { Fold.trimmed($0) }.filter { !$0.isEmpty }
            for (position, piece) in pieces.enumerated() {
                let boundary: Cell.Boundary = position > 0 ? .sameRow : (pieces.count > 1 ? .rowStart : .unknown)
                cells.append(Cell(piece, line: index + 1, boundary: boundary))
            }
        }
        return Grid(form: .spaced, cells: cells)
    }

    /// How much of the text is `|`-cut: lines with a bar, out of lines with text.
    static func barShare(_ text: String) -> Double {
        var withText = 0
        var withBar = 0
        for line in text.split(separator: "\n").prefix(2000) where !Fold.trimmed(line).isEmpty {
            withText += 1
            if line.contains("|") || line.contains("｜") { withBar += 1 }
        }
        return withText == 0 ? 0 : Double(withBar) / Double(withText)
    }
}
