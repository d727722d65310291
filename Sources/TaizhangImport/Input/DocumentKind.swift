/// What a file is, from its name and first bytes: the form decides which tokenizers see it.
enum DocumentKind: Equatable, Sendable {
    case text
    case html
    case csv
    case xlsx
    case docx
    case ods
    /// An old binary Office file (.doc, .xls, .wps, .et) and the format LibreOffice makes of it.
    case legacyOffice(format: String, target: String)
    case pdf

    static func detect(fileName: String?, bytes: [UInt8]) -> DocumentKind {
        let name = (fileName ?? "").lowercased()
        let ext = name.split(separator: ".").last.map(String.init) ?? ""
        if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) { return .pdf }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            switch ext {
            case "xls", "et", "ett", "xlt": return .legacyOffice(format: "." + ext, target: "xlsx")
            default: return .legacyOffice(format: "." + (ext.isEmpty ? "doc" : ext), target: "docx")
            }
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            switch ext {
            case "docx", "docm", "wps": return .docx
            case "ods": return .ods
            case "xlsx", "xlsm", "et": return .xlsx
            default:
                let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
                if head.contains("word/") { return .docx }
                if head.contains("opendocument.spreadsheet") || head.contains("content.xml") { return .ods }
                return .xlsx
            }
        }
        if ["html", "htm", "xhtml", "mht"].contains(ext) { return .html }
        if ["csv", "tsv"].contains(ext) { return .csv }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        if head.contains("<table") || head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") { return .html }
        return .text
    }
}
