/// Splits comma- or tab-separated text into records as spreadsheets write it: fields in
/// double quotes may hold the separator, line breaks and doubled quotes (`""`).
enum CSVParser {
    struct Record: Equatable {
        var fields: [String]
        /// The line the record starts on.
        var line: Int
    }

    static func records(_ text: String, separator: Character, limits: ImportLimits = ImportLimits()) throws(ImportError) -> [Record] {
        var cellCount = 0
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var atFieldStart = true
        var iterator = (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text).makeIterator()
        var lookahead: Character?
        func next() -> Character? {
            if let held = lookahead {
                lookahead = nil
                return held
            }
            return iterator.next()
        }
        while let character = next() {
            if quoted {
                if character == "\"" {
                    let following = next()
                    if following == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        lookahead = following
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character == "\r\n" ? "\n" : character)
                }
                continue
            }
            switch character {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case separator:
                fields.append(field)
                if fields.count > limits.columns { throw .tooManyColumns(count: fields.count, limit: limits.columns) }
                field = ""
                atFieldStart = true
            case "\n", "\r\n", "\r":
                fields.append(field)
                records.append(Record(fields: fields, line: recordLine))
                cellCount += fields.count
                if cellCount > limits.cells { throw .tooManyCells(limit: limits.cells) }
                if records.count % 1024 == 0 { try limits.checkTime() }
                fields = []
                field = ""
                atFieldStart = true
                line += 1
                recordLine = line
            default:
                field.append(character)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Record(fields: fields, line: recordLine))
        }
        return records
    }
}
