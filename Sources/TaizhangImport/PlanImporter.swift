import TaizhangModel

/// Reads plan documents into plans. Each layout has a reader producing `SourceCell`s for the
/// shared `PlanBuilder`; with no layout named, the likely ones are tried in turn and the
/// first that yields tasks wins.
public enum PlanImporter {
    /// The seed's table text (the bundled plan's layout).
    public static func importText(_ text: String) throws(ImportError) -> ImportResult {
        try PlanBuilder.build(TextTableReader.document(of: text))
    }

    /// Any document: the layout from `options`, else detected from the name and content.
    public static func importDocument(
        _ bytes: [UInt8], fileName: String? = nil, options: ImportOptions = ImportOptions()
    ) throws(ImportFailure) -> ImportResult {
        let layouts: [PlanLayout]
        if let layout = options.layout {
            layouts = [layout]
        } else {
            var candidates = PlanLayout.candidates(fileName: fileName, bytes: bytes)
            if let text = try? decodeText(bytes), candidates.first.map(PlanLayout.textLayouts.contains) == true {
                let sniffed = PlanLayout.sniffText(text)
                candidates = sniffed + candidates.filter { !sniffed.contains($0) }
            }
            layouts = candidates
        }
        var attempts: [ImportFailure.Attempt] = []
        for layout in layouts {
            do {
                return try read(bytes, as: layout, options: options)
            } catch {
                attempts.append(ImportFailure.Attempt(layout: layout, error: error))
            }
        }
        throw ImportFailure(attempts: attempts)
    }

    /// One layout, no guessing.
    static func read(_ bytes: [UInt8], as layout: PlanLayout, options: ImportOptions) throws(ImportError) -> ImportResult {
        let document: SourceDocument
        switch layout {
        case .xlsx: document = try XLSXReader.document(of: bytes, sheet: options.sheet)
        case .docx:
            switch try DOCXReader.content(of: bytes) {
            case .tables(let tables): document = tables
            case .paragraphs(let text): return try readText(text, options: options, reportedAs: .docx)
            }
        case .html: document = try HTMLTableReader.document(of: try decodeText(bytes))
        case .text: document = TextTableReader.document(of: try decodeText(bytes))
        case .pipe: document = try PipeReader.document(of: try decodeText(bytes))
        case .cells: document = try CellLineReader.document(of: try decodeText(bytes))
        case .outline: document = try OutlineReader.document(of: try decodeText(bytes))
        case .csv: document = try CSVReader.document(of: try decodeText(bytes))
        }
        return try PlanBuilder.build(document, options: options)
    }

    /// Paragraphs from a Word file without tables: read as the text layouts would.
    private static func readText(_ text: String, options: ImportOptions, reportedAs layout: PlanLayout) throws(ImportError) -> ImportResult {
        var lastError = ImportError.noTasks
        let bytes = Array(text.utf8)
        for candidate in PlanLayout.sniffText(text) where candidate != .csv {
            do {
                var result = try read(bytes, as: candidate, options: options)
                result.layout = layout
                return result
            } catch {
                lastError = error
            }
        }
        throw lastError
    }

    /// UTF-8 (with or without a byte-order mark) or UTF-16 with one, as Excel's "Unicode text"
    /// export writes; line endings made `\n`.
    static func decodeText(_ bytes: [UInt8]) throws(ImportError) -> String {
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let pair = little ? (UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])) : (UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                units.append(pair)
                index += 2
            }
            guard let decoded = String(validating: units, as: UTF16.self) else { throw .notUTF8 }
            text = decoded
        } else {
            guard let decoded = String(validating: bytes, as: UTF8.self) else { throw .notUTF8 }
            text = decoded
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard text.unicodeScalars.contains("\r") else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
            } else if !(scalar == "\n" && previousWasReturn) {
                scalars.append(scalar)
            }
            previousWasReturn = scalar == "\r"
        }
        return String(scalars)
    }
}
