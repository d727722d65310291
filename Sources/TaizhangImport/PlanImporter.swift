import TaizhangModel

/// Reads plan documents into plans through one pipeline: any form → one grid of cells →
/// readers (by content, or as a table whose header names its columns) → entries → one
/// assembler. Every reading that applies is made and scored (tasks found, tasks with units,
/// labels in order, text left over, warnings); the best is kept, the runner-up remembered so
/// `import --check` can say why it lost.
public enum PlanImporter {
    /// Plain text (the bundled plan's form), read by content.
    public static func importText(_ text: String) throws(ImportError) -> ImportResult {
        try importDocument(Array(text.utf8), fileName: "plan.txt", options: ImportOptions(form: .text))
    }

    public static func importDocument(
        _ bytes: [UInt8], fileName: String? = nil, options: ImportOptions = ImportOptions()
    ) throws(ImportError) -> ImportResult {
        let all = try readings(bytes, fileName: fileName, options: options)
        // What only a text copy loses (where cells end, the cells' words) is read from its
        // text, decoded once here; a spreadsheet or Word file is not decoded as text again.
        let copy = DocumentKind.detect(fileName: fileName, bytes: bytes) == .text ? copyText(bytes) : nil
        guard var best = all.first else {
            if let copy, let (line, header) = RunTogetherHeader.find(in: copy) {
                throw .cellsRunTogether(line: line, header: header)
            }
            throw .noTasks
        }
        best.result.runnerUp = all.dropFirst().first.map { RunnerUp(reading: $0, best: best) }
        if let copy, !best.result.readByHeader, let (line, header) = RunTogetherHeader.find(in: copy) {
            best.result.warnings.insert(ImportWarning(line: line, .cellsRunTogether(header: header)), at: 0)
        }
        if let copy, let (line, count) = EmptyTableCells.find(in: copy) {
            best.result.warnings.insert(ImportWarning(line: line, .emptyTableCells(count: count)), at: 0)
        }
        return best.result
    }

    /// A text document's text, for the checks of a copy's faults; nil past 4 MB (no reading
    /// of that size is a copy of a plan) or when it does not decode.
    static func copyText(_ bytes: [UInt8]) -> String? {
        guard bytes.count <= 4_000_000 else { return nil }
        return try? TextDecoder.decode(bytes).text
    }

    /// Every reading of the document that found tasks, best first.
    public static func readings(_ bytes: [UInt8], fileName: String?, options: ImportOptions) throws(ImportError) -> [Reading] {
        guard bytes.count <= options.limits.bytes else { throw .tooLarge(bytes: bytes.count, limit: options.limits.bytes) }
        guard !bytes.isEmpty else { throw .emptyFile }
        var grids: [(name: ReadingKind.Cells, grid: Grid, table: Bool, flow: Bool)] = []
        let limits = options.limits
        switch DocumentKind.detect(fileName: fileName, bytes: bytes) {
        case .pdf:
            return try readings(Converter.pdf(bytes), fileName: "plan.txt", options: options)
        case .legacyOffice(let format, let target):
            return try readings(Converter.office(bytes, format: format, target: target), fileName: "plan." + target, options: options)
        case .xlsx:
            grids.append((.worksheet, try XLSXTokenizer.grid(of: bytes, sheet: options.sheet, limits: limits), true, true))
        case .ods:
            grids.append((.worksheet, try ODSTokenizer.grid(of: bytes, sheet: options.sheet, limits: limits), true, true))
        case .docx:
            let content = try DOCXTokenizer.content(of: bytes, limits: limits)
            if let tables = content.tables { grids.append((.wordTables, tables, true, true)) }
            grids += try textGrids(content.text, form: .docx, tablesRead: content.tables != nil, limits: limits)
        case .html:
            let content = try HTMLTokenizer.content(of: try TextDecoder.decode(bytes).text, limits: limits)
            if let tables = content.tables { grids.append((.htmlTables, tables, true, true)) }
            grids += try textGrids(content.text, form: .html, tablesRead: content.tables != nil, limits: limits)
        case .csv:
            let text = try TextDecoder.decode(bytes).text
            grids.append((.csvRows, try CSVTokenizer.grid(text, limits: limits), true, true))
        case .text:
            let text = try TextDecoder.decode(bytes).text
            guard text.count <= limits.cells * 20 else { throw .tooLarge(bytes: bytes.count, limit: limits.bytes) }
            if CSVTokenizer.looksLikeCSV(text) {
                do {
                    grids.append((.csvRows, try CSVTokenizer.grid(text, limits: limits), true, false))
                } catch .tooManyColumns {
                    // A text that only looked like TSV: the seed's tab-led table printed on one
                    // line has a tab per cell of every row. The text readers still read it; a
                    // file named .csv is refused as before.
                }
            }
            grids += try textGrids(text, form: .text, limits: limits)
        }
        if let form = options.form { grids = grids.filter { $0.grid.form == form || (form == .text && $0.grid.form == .docx) } }
        var found: [Reading] = []
        for (name, raw, table, flow) in grids {
            try limits.checkTime()
            var grid = raw
            grid.removePinyin()
            guard grid.cells.count <= limits.cells else { throw .tooManyCells(limit: limits.cells) }
            if flow, let result = PlanAssembler.assemble(FlowReader.read(grid, limits: limits), form: grid.form, options: options) {
                found.append(Reading(kind: ReadingKind(reader: .content, cells: name), result: result.noting(grid)))
            }
            if table, let entries = TableReader.read(grid, limits: limits, headerless: name == .pipeCut),
                let result = PlanAssembler.assemble(entries, form: grid.form, options: options)
            {
                var noted = result.noting(grid)
                noted.readByHeader = !noted.warnings.contains { $0.kind == .noHeaderRow }
                found.append(Reading(kind: ReadingKind(reader: noted.readByHeader ? .header : .contentTable, cells: name), result: noted))
            }
        }
        // A reader that stopped on the time bound returned early: what it found is dropped.
        try limits.checkTime()
        // On equal scores a table reading wins: it knows the rows, and what they left out.
        func rank(_ reading: Reading) -> (Double, Int) { (reading.score.value, reading.kind.reader == .content ? 0 : 1) }
        return found.sorted { rank($0) > rank($1) }
    }

    /// The grids a text gives: its lines; its `|`-cut cells when it has bars; its cells one
    /// per line with no row ends known; its blank-separated cells when a header is written so.
    /// - Parameter tablesRead: the document's own tables are read: its text is read only by
    ///   content (a page whose plan is in paragraphs), never as a table copied into text.
    /// - Parameter limits: the time bound, kept between the grids too (on a text of millions
    ///   of characters each grid is a pass over all of it).
    private static func textGrids(
        _ text: String, form: SourceForm, tablesRead: Bool = false, limits: ImportLimits
    ) throws(ImportError) -> [(ReadingKind.Cells, Grid, Bool, Bool)] {
        let lined = TextTokenizer.lines(text)
        var grids: [(ReadingKind.Cells, Grid, Bool, Bool)] = [(.lines, lined, false, true)]
        if tablesRead {
            grids[0].1.form = form
            return grids
        }
        try limits.checkTime()
        // A page's own field table is no table of the plan: the cell readers go without it.
        let cellText = PageFields.strip(text)
        if TextTokenizer.barShare(cellText) > 0.15 {
            grids.append((.pipeCut, TextTokenizer.pipes(cellText), true, true))
        } else if TextTokenizer.tabLedShare(text) < 0.3 {
            grids.append((.oneCellPerLine, TextTokenizer.stream(lines: lined), true, false))
        }
        try limits.checkTime()
        // A table one cell per line that then lost its line breaks to blanks.
        if TextTokenizer.barShare(cellText) <= 0.15, let cut = TextTokenizer.blankCut(cellText),
            let header = TableReader.findHeader(cut.cells), header.roles.count >= 3
        {
            grids.append((.blankCut, cut, true, false))
        }
        let spaced = TextTokenizer.spaced(text)
        if TextTokenizer.barShare(text) < 0.05, let header = TableReader.findHeader(spaced.cells), header.roles.count >= 3,
            spaced.cells[header.start].line == spaced.cells[header.end - 1].line
        {
            grids.append((.blankSeparated, spaced, true, false))
        }
        return grids.map { name, grid, table, flow in
            var grid = grid
            if form != .text { grid.form = form }
            return (name, grid, table, flow)
        }
    }
}

extension Grid {
    /// Pinyin readings mirror sites insert are removed from every cell.
    mutating func removePinyin() {
        for index in cells.indices {
            let (text, removed) = MirrorNoise.strippingPinyin(cells[index].text)
            if removed > 0 {
                cells[index].text = text
                pinyinRemoved += removed
            }
        }
    }
}

extension ImportResult {
    func noting(_ grid: Grid) -> ImportResult {
        var result = self
        if grid.pinyinRemoved > 0 {
            result.warnings.insert(ImportWarning(line: grid.cells.first?.line ?? 1, .pinyinRemoved(count: grid.pinyinRemoved)), at: 0)
        }
        result.warnings.insert(contentsOf: grid.linesCutApart.map { ImportWarning(line: $0.line, .lineCutApart(parts: $0.parts)) }, at: 0)
        return result
    }
}

/// The reading that came second, and why the chosen one beat it.
public struct RunnerUp: Sendable {
    public enum Reason: Hashable, Sendable {
        case tasksWithUnits(runnerUp: Int, chosen: Int)
        case tasks(runnerUp: Int, chosen: Int)
        case unplacedCharacters(runnerUp: Int, chosen: Int)
        case labelsOutOfOrder(runnerUp: Int, chosen: Int)
        /// The runner-up found no work areas (true) or found some the chosen reading did not.
        case noWorkAreas(Bool)
        case warnings(runnerUp: Int, chosen: Int)
        /// Equal scores: the chosen reading read the document as a table.
        case tableOnEqualScore
    }

    public var kind: ReadingKind
    public var tasks: Int
    public var tasksWithUnits: Int
    public var score: Double
    public var bestScore: Double
    public var reasons: [Reason]

    public var name: String { kind.description }

    init(reading: Reading, best: Reading) {
        kind = reading.kind
        tasks = reading.score.tasks
        tasksWithUnits = reading.score.tasksWithUnits
        score = reading.score.value
        bestScore = best.score.value
        var reasons: [Reason] = []
        let (a, b) = (best.score, reading.score)
        if a.tasksWithUnits != b.tasksWithUnits { reasons.append(.tasksWithUnits(runnerUp: b.tasksWithUnits, chosen: a.tasksWithUnits)) }
        if a.tasks != b.tasks { reasons.append(.tasks(runnerUp: b.tasks, chosen: a.tasks)) }
        if a.unplaced != b.unplaced { reasons.append(.unplacedCharacters(runnerUp: b.unplaced, chosen: a.unplaced)) }
        if a.labelBreaks != b.labelBreaks { reasons.append(.labelsOutOfOrder(runnerUp: b.labelBreaks, chosen: a.labelBreaks)) }
        if a.implicitArea != b.implicitArea { reasons.append(.noWorkAreas(b.implicitArea)) }
        if a.warnings != b.warnings { reasons.append(.warnings(runnerUp: b.warnings, chosen: a.warnings)) }
        if reasons.isEmpty { reasons.append(.tableOnEqualScore) }
        self.reasons = reasons
    }
}
