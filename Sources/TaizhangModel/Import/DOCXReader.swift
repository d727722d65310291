enum DOCXReader {
    enum Content { case tables(SourceDocument), paragraphs(String) }
    static func content(of bytes: [UInt8]) throws(ImportError) -> Content { throw .unreadable("todo") }
}
