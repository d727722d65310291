import TaizhangModel

/// One way of reading a document (a reader over a tokenization), with how well it did. The
/// importer keeps the best; `import --check` shows the runner-up and why it lost.
public struct Reading: Sendable {
    /// What was read how: `outline by content over lines`, `table by its header over …`.
    public var name: String { kind.description }
    public var kind: ReadingKind
    public var result: ImportResult
    public var score: Score

    public struct Score: Comparable, Sendable {
        public var tasks: Int
        public var tasksWithUnits: Int
        /// Labels out of order.
        public var labelBreaks: Int
        /// Characters of text placed in no task.
        public var unplaced: Int
        public var warnings: Int
        public var implicitArea: Bool
        /// Tasks with a person or a deadline: what a reading that knows its columns finds
        /// beyond units.
        public var tasksWithMore: Int
        /// Read as a table whose header named its columns.
        public var byHeader: Bool
        /// Tasks of fewer than four characters (`责任`, `任务`): a header's words or a
        /// person's name read as a task; no plan gives a task so short.
        public var fragments: Int

        public var value: Double {
            Double(tasksWithUnits) * 3 + Double(tasks) - Double(labelBreaks) * 2.5 - Double(unplaced) / 25
                - Double(warnings) * 0.1 - (implicitArea ? Double(tasks) * 0.3 : 0) + Double(tasksWithMore) * 0.2
                + (byHeader ? Double(tasks) * 0.5 : 0) - Double(fragments) * 2.5
        }

        public static func < (lhs: Score, rhs: Score) -> Bool { lhs.value < rhs.value }

        init(_ result: ImportResult) {
            tasks = result.plan.tasks.count
            tasksWithUnits = result.plan.tasks.filter { !$0.units.isEmpty }.count
            labelBreaks = result.warnings.filter { if case .labelOutOfOrder = $0.kind { true } else { false } }.count
            unplaced = result.unplacedCharacters
            // Notes on how the document was read are not problems with what was read.
            warnings = result.warnings.filter {
                switch $0.kind {
                case .noHeaderRow, .cellCarriedDown, .pinyinRemoved, .unitsForLaterTasks, .unknownColumn, .lineCutApart: false
                default: true
                }
            }.count
            implicitArea = result.implicitArea
            tasksWithMore = result.plan.tasks.filter { !$0.people.isEmpty || $0.deadline != nil }.count
            byHeader = result.readByHeader
            fragments = result.plan.tasks.filter { $0.text.count < 4 }.count
        }
    }

    init(kind: ReadingKind, result: ImportResult) {
        var result = result
        result.readingKind = kind
        self.kind = kind
        self.result = result
        self.score = Score(result)
    }
}

/// Which reader read which grid: said in the interface language by TaizhangWords.
public struct ReadingKind: Hashable, Sendable, CustomStringConvertible {
    public enum Reader: String, Sendable {
        /// By content: numbering levels and unit phrases, cell after cell.
        case content
        /// As a table whose header names its columns.
        case header
        /// As a table whose columns were taken from what its cells hold.
        case contentTable
    }

    public enum Cells: String, Sendable {
        case lines, pipeCut, oneCellPerLine, blankSeparated, csvRows, worksheet, wordTables, htmlTables
        /// A table copied one cell per line whose line breaks were then lost to blanks: each
        /// blank of a long line ends a cell.
        case blankCut
    }

    public var reader: Reader
    public var cells: Cells

    public var description: String {
        let reader = switch self.reader {
        case .content: "outline by content"
        case .header: "table by its header"
        case .contentTable: "table by content"
        }
        let cells = switch self.cells {
        case .lines: "lines"
        case .pipeCut: "pipe-cut cells"
        case .oneCellPerLine: "one cell per line"
        case .blankSeparated: "blank-separated cells"
        case .csvRows: "CSV rows"
        case .worksheet: "the worksheet"
        case .wordTables: "Word tables"
        case .htmlTables: "HTML tables"
        case .blankCut: "a long line cut at its blanks"
        }
        return reader + " over " + cells
    }
}
