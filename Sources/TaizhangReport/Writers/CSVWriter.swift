/// CSV as Excel and WPS open it without an import dialog: UTF-8 with a byte-order mark (else
/// they guess a legacy code page and the Chinese turns to mojibake), CRLF line ends, fields
/// quoted per RFC 4180, every row as wide as the header.
enum CSVWriter {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func bytes(_ table: ReportTable) -> [UInt8] {
        var text = line(table.headers)
        for row in table.rows {
            var fields = row.cells.map(\.text)
            // Rows are built to the header's width; pad anyway so no reader sees a ragged file.
            if fields.count < table.headers.count {
                fields += Array(repeating: "", count: table.headers.count - fields.count)
            }
            text += line(Array(fields.prefix(table.headers.count)))
        }
        return byteOrderMark + Array(text.utf8)
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }

    /// Quotes a field when it holds a comma, quote or line break, or begins or ends with a
    /// space (which some readers trim); inner quotes are doubled. A field that Excel or WPS
    /// would run as a formula (it begins with = + - @, a tab or a carriage return: a note
    /// reading `=HYPERLINK(…)`) gets a leading `'`, as OWASP advises, so it stays text.
    static func quote(_ field: String) -> String {
        var field = field
        if let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            field = "'" + field
        }
        let needs = field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || field.first == " " || field.last == " "
        guard needs else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// Without Foundation: the report writers need only this one replacement.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
