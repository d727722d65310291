enum HTMLTableReader {
    static func document(of text: String) throws(ImportError) -> SourceDocument { throw .unreadable("todo") }
}
