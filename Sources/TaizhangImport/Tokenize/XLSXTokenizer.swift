import Foundation

/// Reads the first worksheet of an Excel workbook (or the one named with `--sheet`): shared
/// and inline strings, numbers as written, and merged ranges spread over the grid (carried
/// down as inherited, across as spanned). Positions are the sheet's own row numbers.
enum XLSXTokenizer {
    static func grid(of bytes: [UInt8], sheet: String?, limits: ImportLimits) throws(ImportError) -> Grid {
        let package = try ZipPackage(bytes, limits: limits)
        guard let workbook = try package.part("xl/workbook.xml") else { throw .missingPart(part: "xl/workbook.xml", format: "Excel (.xlsx)") }
        let sheets = try sheetList(XMLEvents.parse(workbook, part: "xl/workbook.xml", limits: limits))
        guard !sheets.isEmpty else { throw .missingPart(part: "worksheet", format: "Excel (.xlsx)") }
        let chosen: (name: String, relation: String)
        if let sheet {
            guard let match = sheets.first(where: { $0.name == sheet }) else {
                throw .noWorksheet(name: sheet, available: sheets.map(\.name))
            }
            chosen = match
        } else {
            chosen = sheets[0]
        }
        let path = try sheetPath(package, relation: chosen.relation, limits: limits) ?? "xl/worksheets/sheet1.xml"
        guard let sheetData = try package.part(path) else { throw .missingPart(part: path, format: "Excel (.xlsx)") }
        let strings = try package.part("xl/sharedStrings.xml").map { data throws(ImportError) in
            sharedStrings(try XMLEvents.parse(data, part: "xl/sharedStrings.xml", limits: limits))
        } ?? []
        let rows = try grid(try XMLEvents.parse(sheetData, part: path, limits: limits), strings: strings, limits: limits)
        guard !rows.isEmpty else { throw .emptyWorksheet(name: chosen.name) }
        return TableRows.grid(rows, form: .xlsx)
    }

    private static func sheetList(_ events: [XMLEvent]) -> [(name: String, relation: String)] {
        events.compactMap { event in
            guard case .start("sheet", let attributes) = event, let name = attributes["name"] else { return nil }
            return (name, attributes["r:id"] ?? attributes["id"] ?? "")
        }
    }

    private static func sheetPath(_ package: ZipPackage, relation: String, limits: ImportLimits) throws(ImportError) -> String? {
        guard let data = try package.part("xl/_rels/workbook.xml.rels") else { return nil }
        for event in try XMLEvents.parse(data, part: "xl/_rels/workbook.xml.rels", limits: limits) {
            guard case .start("Relationship", let attributes) = event, attributes["Id"] == relation,
                let target = attributes["Target"]
            else { continue }
            return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return nil
    }

    /// Each `<si>`'s text runs joined; phonetic guides (`<rPh>`) are not part of the text.
    private static func sharedStrings(_ events: [XMLEvent]) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        for event in events {
            switch event {
            case .start("si", _): current = ""
            case .end("si"): strings.append(current)
            case .start("rPh", _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _): inText = true
            case .end("t"): inText = false
            case .text(let text) where inText && phonetic == 0: current += text
            default: break
            }
        }
        return strings
    }

    /// "B12" as (row 12, column 1).
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = ""
        for character in text.uppercased() {
            if let ascii = character.asciiValue, ascii >= 65, ascii <= 90, digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
                guard column <= 16384 else { return nil }
            } else if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                return nil
            }
        }
        guard column > 0, digits.count <= 7, let row = Int(digits), row > 0 else { return nil }
        return (row, column - 1)
    }

    private static func grid(_ events: [XMLEvent], strings: [String], limits: ImportLimits) throws(ImportError) -> [[GridCell]] {
        var cellCount = 0
        var values: [Int: [Int: String]] = [:]
        var merges: [((row: Int, column: Int), (row: Int, column: Int))] = []
        var row = 0
        var nextColumn = 0
        var cellColumn = 0
        var cellType = ""
        var value = ""
        var capturing = false
        for event in events {
            switch event {
            case .start("row", let attributes):
                row = attributes["r"].flatMap { Int($0) } ?? row + 1
                nextColumn = 0
            case .start("c", let attributes):
                cellColumn = attributes["r"].flatMap(reference)?.column ?? nextColumn
                nextColumn = cellColumn + 1
                cellType = attributes["t"] ?? ""
                value = ""
            case .start("v", _), .start("t", _): capturing = true
            case .end("v"), .end("t"): capturing = false
            case .text(let text) where capturing: value += text
            case .end("c"):
                var text = value
                if cellType == "s" { text = Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? "" }
                if cellType == "b" { text = value == "1" ? "TRUE" : "FALSE" }
                if row > 0, row <= 1_048_576, !text.isEmpty {
                    values[row, default: [:]][cellColumn] = text
                    cellCount += 1
                    if cellCount > limits.cells { throw .tooManyCells(limit: limits.cells) }
                }
            case .start("mergeCell", let attributes):
                let ends = (attributes["ref"] ?? "").split(separator: ":").compactMap { reference(String($0)) }
                if ends.count == 2 { merges.append((ends[0], ends[1])) }
                if merges.count > limits.merges { throw .tooManyMerges(count: merges.count, limit: limits.merges) }
            default: break
            }
        }
        var inherited: Set<[Int]> = []
        var spanned: Set<[Int]> = []
        // The area merges cover is bounded before anything is spread: one range over a
        // million rows in an 800-byte file must not become a million cells.
        var area = 0
        for (start, end) in merges where end.row >= start.row && end.column >= start.column {
            area += (end.row - start.row + 1) * (end.column - start.column + 1)
            if area > limits.mergedArea { throw .mergedAreaTooLarge(cells: area, limit: limits.mergedArea) }
        }
        let lastRow = values.keys.max() ?? 0
        for (start, end) in merges where end.row >= start.row && end.column >= start.column {
            try limits.checkTime()
            let end = (row: min(end.row, max(lastRow, start.row)), column: min(end.column, start.column + limits.columns))
            let text = values[start.row]?[start.column] ?? ""
            for r in start.row...end.row {
                for c in start.column...end.column where (r, c) != (start.row, start.column) {
                    if c == start.column {
                        values[r, default: [:]][c] = text
                        inherited.insert([r, c])
                    } else {
                        values[r, default: [:]][c] = ""
                        spanned.insert([r, c])
                    }
                }
            }
        }
        let width = (values.values.compactMap { $0.keys.max() }.max() ?? -1) + 1
        if width > limits.columns { throw .tooManyColumns(count: width, limit: limits.columns) }
        return values.keys.sorted().map { r in
            (0..<width).map { c in
                GridCell(text: values[r]?[c] ?? "", line: r, inherited: inherited.contains([r, c]), spanned: spanned.contains([r, c]))
            }
        }
    }
}
