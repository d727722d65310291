import Foundation
import TaizhangModel
import Testing

/// Fills in a form as a unit would, with openpyxl (a program other than ours): each row
/// found by its 序号, each cell by its column's header; or rewrites text in every cell of
/// every sheet (`replace`), to make a foreign or tampered form. Used by the forms tests and
/// the end-to-end round trip.
public enum FormFiller {
    static let script = """
        import json, sys, openpyxl
        path, spec = sys.argv[1], json.loads(sys.argv[2])
        book = openpyxl.load_workbook(path)
        sheet = book.worksheets[0]
        header = None
        for row in sheet.iter_rows(min_row=1, max_row=10):
            names = [c.value for c in row]
            if '完成情况' in names:
                header = {name: index for index, name in enumerate(names) if name}
                header_row = row[0].row
                break
        for fill in spec.get('rows', []):
            for row in sheet.iter_rows(min_row=header_row + 1):
                if row[header['序号']].value == fill['task']:
                    for name, value in fill.items():
                        if name != 'task': row[header[name]].value = value
        if spec.get('reverse'):
            # Sorted the other way round, as a unit might: whole rows move, keys with them.
            rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=header_row + 1)]
            for row, values in zip(sheet.iter_rows(min_row=header_row + 1), reversed(rows)):
                for c, v in zip(row, values): c.value = v
        if spec.get('insert'):
            # A column of the unit's own, added before the first.
            sheet.insert_cols(1)
            sheet.cell(row=header_row, column=1).value = '备注'
        for old, new in spec.get('replace', []):
            for ws in book.worksheets:
                for row in ws.iter_rows():
                    for c in row:
                        if isinstance(c.value, str) and old in c.value: c.value = c.value.replace(old, new)
        book.save(path)
        print(json.dumps({'ok': True}))
        """

    /// `rows`: each a task number (`task`) and the values to write by header (完成情况 …);
    /// `reverse` sorts the task rows the other way round, `insert` adds a column before the first.
    public static func fill(
        _ path: String, rows: [[String: String]] = [], replace: [(String, String)] = [], reverse: Bool = false, insert: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let spec = JSONValue.object([
            JSONMember("rows", .array(rows.map { row in
                .object(row.sorted { $0.key < $1.key }.map { key, value in
                    JSONMember(key, key == "task" ? .int(Int(value) ?? 0) : .string(value))
                })
            })),
            JSONMember("replace", .array(replace.map { .array([.string($0.0), .string($0.1)]) })),
            JSONMember("reverse", .bool(reverse)),
            JSONMember("insert", .bool(insert)),
        ])
        let text = String(decoding: JSONWriter.bytes(spec), as: UTF8.self)
        // A fill that failed (no openpyxl: the issue recorded says how to install it) ends
        // the test here: reading on from an unfilled form crashed the whole test process.
        guard try Python.json(script, [path, text], sourceLocation: sourceLocation) != nil else {
            throw FormFillFailed(path: path)
        }
    }
}

/// The form at `path` could not be filled in; `Python.json` has recorded why.
public struct FormFillFailed: Error, CustomStringConvertible {
    public var path: String
    public var description: String { "the form \(path) was not filled in (see the recorded python3 failure)" }
}
