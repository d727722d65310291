/// Reads plan documents into plans. The text layout of the seed is the one layout so far;
/// each layout is a reader producing `SourceCell`s for the shared `PlanBuilder`.
public enum PlanImporter {
    public static func importText(_ text: String) throws(ImportError) -> ImportResult {
        try PlanBuilder.build(TextTableReader.cells(of: text))
    }

    public static func importData(_ data: some Collection<UInt8>) throws(ImportError) -> ImportResult {
        guard let text = String(validating: data, as: UTF8.self) else { throw .notUTF8 }
        return try importText(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }
}
