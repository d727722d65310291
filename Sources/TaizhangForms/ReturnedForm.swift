import Foundation
import TaizhangImport
import TaizhangModel

/// A form as it came back from a unit, read from whatever the unit's program saved: its key
/// (which ledger, unit and period), the tasks the form was made with, and each row the unit
/// filled in, by column name.
public struct ReturnedForm: Sendable {
    /// The file's name (no folder): what the return record keeps.
    public var file: String
    public var key: FormKey?
    /// The row keys of the hidden sheet, by task: rows whose own key column was lost still match.
    public var made: [Int: RowKey]
    public var rows: [ReturnedRow]
    /// When the unit's program last saved it, from the document's properties.
    public var saved: String?
    /// What kept it from being read at all.
    public var unreadable: ImportError?
}

/// One task row of a returned form, its cells by column.
public struct ReturnedRow: Sendable {
    /// The row on the sheet (1-based), for messages.
    public var line: Int
    public var key: RowKey?
    public var number: Int?
    public var text: String
    public var progress: String
    public var narrative: String
    public var problem: String
    public var nextStep: String
    public var evidence: String
    public var filledBy: String
    public var phone: String

    /// The unit wrote something about the task (the filler's name and phone alone are not a return).
    public var isFilled: Bool {
        ![progress, narrative, problem, nextStep, evidence].allSatisfy(\.isEmpty)
    }
}

extension ReturnedForm {
    /// Reads the file at `path`. A file that cannot be read at all, or holds no form, comes
    /// back with `unreadable` or without a key: the collector says so and changes nothing.
    public static func read(_ path: String) -> ReturnedForm {
        let file = String(path.split(separator: "/").last ?? "")
        do {
            return read(try SpreadsheetCells.read(path), file: file)
        } catch {
            return ReturnedForm(file: file, key: nil, made: [:], rows: [], saved: nil, unreadable: error)
        }
    }

    static func read(_ cells: SpreadsheetCells, file: String) -> ReturnedForm {
        var key: FormKey?
        var made: [Int: RowKey] = [:]
        if let identity = cells.sheets.first(where: { $0.name == FormMaker.identitySheet }) {
            for row in identity.rows {
                guard let first = row.first?.trimmed else { continue }
                if first == "form", row.count > 1 { key = key ?? FormKey(text: row[1].trimmed) }
                if let task = Int(first), row.count > 3, let status = TaskStatus(rawValue: row[2].trimmed) {
                    made[task] = RowKey(task: task, checksum: row[1].trimmed, status: status, partDone: row[3].trimmed == "1")
                }
            }
        }
        var rows: [ReturnedRow] = []
        for sheet in cells.sheets where sheet.name != FormMaker.identitySheet {
            // The form's key may stand in any cell of the sheet (its hidden column), even in a CSV.
            if key == nil {
                key = sheet.rows.lazy.flatMap { $0 }.first { $0.hasPrefix(FormKey.marker + "|") }.flatMap { FormKey(text: $0.trimmed) }
            }
            guard let header = sheet.rows.firstIndex(where: { row in
                let names = Set(row.compactMap(FormColumn.named))
                return names.contains(.progress) && (names.contains(.text) || names.contains(.number) || names.contains(.key))
            }) else { continue }
            var columns: [FormColumn: Int] = [:]
            for (index, name) in sheet.rows[header].enumerated() {
                if let column = FormColumn.named(name), columns[column] == nil { columns[column] = index }
            }
            for (offset, cells) in sheet.rows[(header + 1)...].enumerated() {
                func value(_ column: FormColumn) -> String {
                    guard let index = columns[column], cells.indices.contains(index) else { return "" }
                    return cells[index].trimmed
                }
                let rowKey = RowKey(text: value(.key))
                let number = rowKey?.task ?? Int(value(.number)) ?? Double(value(.number)).flatMap { $0 == $0.rounded() ? Int($0) : nil }
                guard rowKey != nil || number != nil else { continue }
                rows.append(ReturnedRow(
                    line: header + offset + 2, key: rowKey, number: number, text: value(.text), progress: value(.progress),
                    narrative: value(.narrative), problem: value(.problem), nextStep: value(.nextStep), evidence: value(.evidence),
                    filledBy: value(.filledBy), phone: value(.phone)))
            }
            if !rows.isEmpty { break }
        }
        return ReturnedForm(file: file, key: key, made: made, rows: rows, saved: cells.modified, unreadable: nil)
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
