/// Something the importer could not place with certainty. Warnings keep their source line so
/// the coordinator can check the original by hand; nothing is dropped silently. Each is typed
/// (a kind with its arguments) so the interface can say it in the coordinator's language;
/// text quoted from the plan is kept as it is and made terminal-safe where it is shown.
public struct ImportWarning: Hashable, Sendable {
    /// The line of a text document, or the row of a spreadsheet or Word table.
    public var line: Int
    /// The task concerned (its number in the ledger), when there is one.
    public var task: Int?
    public var kind: Kind

    public enum Kind: Hashable, Sendable {
        /// The task has no unit: `reason` says why.
        case noUnits(reason: NoUnitsReason)
        /// The task's row has no unit cell of its own: these units come from the merged cell
        /// above.
        case unitsFromMergedCell(names: [String])
        /// Rows left out a merged cell of this column; its text was carried down to them.
        case cellCarriedDown(column: String, rows: Int)
        /// A clause such as `以下均需X落实` added these units to every later task.
        case unitsForLaterTasks(names: [String], clause: String)
        /// The plan names no work area: its tasks are put in one.
        case noWorkArea
        /// A label out of order (`(五)` after `(三)`).
        case labelOutOfOrder(label: String, previous: String)
        /// A deadline such as 年底前 in a plan whose year is unknown.
        case deadlineNeedsYear(phrase: String)
        /// A deadline that names no day or period, kept as written.
        case deadlineAsWritten(phrase: String)
        /// The task's text stops mid-sentence where the document ends.
        case looksCutOff
        /// The copy stops inside a unit's name; the fragment is not taken as a unit.
        case unitNameCutOff(fragment: String)
        /// Text the reading could not place in any task.
        case textNotPlaced(text: String)
        /// A table column the importer does not know; its cells are left out.
        case unknownColumn(position: Int, name: String)
        /// A table with no header row naming its columns: cells read by their content.
        case noHeaderRow
        /// Units in a row with no task.
        case unitsWithoutTask(names: [String])
        /// Pinyin readings a mirror site put after characters (`發(fā)`) were removed.
        case pinyinRemoved(count: Int)
        /// A table's header whose column names run together with nothing between them
        /// (`序号项目名称主要内容…牵头单位配合单位`): the copy lost where cells end, so its rows
        /// cannot be read as a table.
        case cellsRunTogether(header: String)
        /// A page that lost its line breaks: one long line was cut into `parts` where its lines
        /// seem to have begun (labels, fields, a signature; or each blank, for a table copied
        /// one cell per line), which the coordinator should check.
        case lineCutApart(parts: Int)
        /// A table copied with its bars but not its words (`|||`, `|` line after line where
        /// cells should be): `count` empty cells, so the tasks read may be missing or wrong.
        case emptyTableCells(count: Int)
        /// A message from a ledger written before warnings were typed (schema 2), in English.
        case legacy(message: String)
    }

    public enum NoUnitsReason: String, Hashable, Sendable, CaseIterable {
        /// Its unit cell is there and empty.
        case emptyCell
        /// The table has no unit column, or its row no unit cell.
        case noUnitCell
        /// Nothing after it names units before the document ends.
        case documentEnds
    }

    public init(line: Int, task: Int? = nil, _ kind: Kind) {
        self.line = line
        self.task = task
        self.kind = kind
    }
}

/// A warning's kind as a name and named arguments, the form the ledger stores it in.
extension ImportWarning.Kind {
    public enum Argument: Hashable, Sendable {
        case text(String)
        case number(Int)
        case texts([String])
    }

    public var name: String {
        switch self {
        case .noUnits: "noUnits"
        case .unitsFromMergedCell: "unitsFromMergedCell"
        case .cellCarriedDown: "cellCarriedDown"
        case .unitsForLaterTasks: "unitsForLaterTasks"
        case .noWorkArea: "noWorkArea"
        case .labelOutOfOrder: "labelOutOfOrder"
        case .deadlineNeedsYear: "deadlineNeedsYear"
        case .deadlineAsWritten: "deadlineAsWritten"
        case .looksCutOff: "looksCutOff"
        case .unitNameCutOff: "unitNameCutOff"
        case .textNotPlaced: "textNotPlaced"
        case .unknownColumn: "unknownColumn"
        case .noHeaderRow: "noHeaderRow"
        case .unitsWithoutTask: "unitsWithoutTask"
        case .pinyinRemoved: "pinyinRemoved"
        case .cellsRunTogether: "cellsRunTogether"
        case .lineCutApart: "lineCutApart"
        case .emptyTableCells: "emptyTableCells"
        case .legacy: "legacy"
        }
    }

    public var arguments: [(String, Argument)] {
        switch self {
        case .noUnits(let reason): [("reason", .text(reason.rawValue))]
        case .unitsFromMergedCell(let names): [("names", .texts(names))]
        case .cellCarriedDown(let column, let rows): [("column", .text(column)), ("rows", .number(rows))]
        case .unitsForLaterTasks(let names, let clause): [("names", .texts(names)), ("clause", .text(clause))]
        case .noWorkArea, .looksCutOff, .noHeaderRow: []
        case .labelOutOfOrder(let label, let previous): [("label", .text(label)), ("previous", .text(previous))]
        case .deadlineNeedsYear(let phrase), .deadlineAsWritten(let phrase): [("phrase", .text(phrase))]
        case .unitNameCutOff(let fragment): [("fragment", .text(fragment))]
        case .textNotPlaced(let text): [("text", .text(text))]
        case .unknownColumn(let position, let name): [("position", .number(position)), ("name", .text(name))]
        case .unitsWithoutTask(let names): [("names", .texts(names))]
        case .pinyinRemoved(let count): [("count", .number(count))]
        case .cellsRunTogether(let header): [("header", .text(header))]
        case .lineCutApart(let parts): [("parts", .number(parts))]
        case .emptyTableCells(let count): [("count", .number(count))]
        case .legacy(let message): [("message", .text(message))]
        }
    }

    /// The kind named `name` with its arguments; nil when the name is unknown or an argument
    /// is missing (a ledger from a newer taizhang keeps such a warning as legacy text).
    public init?(name: String, arguments: [String: Argument]) {
        func text(_ key: String) -> String? { if case .text(let value)? = arguments[key] { value } else { nil } }
        func number(_ key: String) -> Int? { if case .number(let value)? = arguments[key] { value } else { nil } }
        func texts(_ key: String) -> [String]? { if case .texts(let value)? = arguments[key] { value } else { nil } }
        switch name {
        case "noUnits":
            guard let reason = text("reason").flatMap(ImportWarning.NoUnitsReason.init(rawValue:)) else { return nil }
            self = .noUnits(reason: reason)
        case "unitsFromMergedCell":
            guard let names = texts("names") else { return nil }
            self = .unitsFromMergedCell(names: names)
        case "cellCarriedDown":
            guard let column = text("column"), let rows = number("rows") else { return nil }
            self = .cellCarriedDown(column: column, rows: rows)
        case "unitsForLaterTasks":
            guard let names = texts("names"), let clause = text("clause") else { return nil }
            self = .unitsForLaterTasks(names: names, clause: clause)
        case "noWorkArea": self = .noWorkArea
        case "looksCutOff": self = .looksCutOff
        case "noHeaderRow": self = .noHeaderRow
        case "labelOutOfOrder":
            guard let label = text("label"), let previous = text("previous") else { return nil }
            self = .labelOutOfOrder(label: label, previous: previous)
        case "deadlineNeedsYear":
            guard let phrase = text("phrase") else { return nil }
            self = .deadlineNeedsYear(phrase: phrase)
        case "deadlineAsWritten":
            guard let phrase = text("phrase") else { return nil }
            self = .deadlineAsWritten(phrase: phrase)
        case "unitNameCutOff":
            guard let fragment = text("fragment") else { return nil }
            self = .unitNameCutOff(fragment: fragment)
        case "textNotPlaced":
            guard let value = text("text") else { return nil }
            self = .textNotPlaced(text: value)
        case "unknownColumn":
            guard let position = number("position"), let value = text("name") else { return nil }
            self = .unknownColumn(position: position, name: value)
        case "unitsWithoutTask":
            guard let names = texts("names") else { return nil }
            self = .unitsWithoutTask(names: names)
        case "pinyinRemoved":
            guard let count = number("count") else { return nil }
            self = .pinyinRemoved(count: count)
        case "cellsRunTogether":
            guard let header = text("header") else { return nil }
            self = .cellsRunTogether(header: header)
        case "lineCutApart":
            guard let parts = number("parts") else { return nil }
            self = .lineCutApart(parts: parts)
        case "emptyTableCells":
            guard let count = number("count") else { return nil }
            self = .emptyTableCells(count: count)
        case "legacy":
            guard let message = text("message") else { return nil }
            self = .legacy(message: message)
        default:
            return nil
        }
    }
}
