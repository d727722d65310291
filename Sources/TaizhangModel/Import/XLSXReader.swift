enum XLSXReader {
    static func document(of bytes: [UInt8], sheet: String?) throws(ImportError) -> SourceDocument { throw .unreadable("todo") }
}
