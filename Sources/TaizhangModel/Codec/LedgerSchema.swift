/// Which layout a ledger file is in, and reading one this build did not write: an older
/// schema is read (and then migrated by `LedgerStore`), a newer one is read as far as it goes
/// and opened read-only, so a coordinator on an old taizhang can look but never save a file
/// a newer taizhang wrote (and so lose what it added).
public enum LedgerSchema {
    /// The schema of a ledger file whose history is in a JSON Lines journal beside it
    /// (`journal` instead of `history`); everything else is as in `Ledger.schema` (3), which
    /// is what a self-contained file (an export, a fresh ledger, a backup's copy) declares.
    /// An older taizhang opens a schema-4 file read-only rather than save it without its history.
    public static let journaled = 4
    /// Schema 4, where the journal may also hold, after the entries the ledger file counts,
    /// changes saved after the file was last written (a dashboard's saves at a large ledger:
    /// see `LedgerStore.save(_:pace:)`); they are made again when it is read. An older
    /// taizhang opens it read-only: it would take those lines for a save cut short and cut
    /// them off. Every journaled ledger this build writes declares it.
    public static let tailed = 5
    /// The newest schema this build reads in full.
    public static let newest = tailed

    /// The schema a ledger file declares, or nil when it is not a readable ledger at all
    /// (then `LedgerDecoding` says exactly why).
    public static func declared(in bytes: [UInt8]) -> Int? {
        // Every ledger taizhang writes names its schema in its first lines: find it there
        // rather than parse the whole file twice on every load. Anything else (a
        // hand-arranged file) is parsed in full.
        if let quick = quickSchema(bytes.prefix(4096)) { return quick }
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        guard let root = try? JSONParser.parse(body), root["format"] == .string(Ledger.format),
            case .int(let schema)? = root["schema"]
        else { return nil }
        return schema
    }

    /// `"format": "taizhang-ledger"` and `"schema": N` near the top, as taizhang writes them.
    /// A raw `"schema"` followed by a colon can only be a key: inside a JSON string its quotes
    /// would be escaped.
    public static func quickSchema(_ head: ArraySlice<UInt8>) -> Int? {
        let bytes = Array(head)
        guard bytes.firstRange(of: Array("\"format\": \"\(Ledger.format)\"".utf8)) != nil,
            let key = bytes.firstRange(of: Array("\"schema\":".utf8))
        else { return nil }
        let digits = bytes[key.upperBound...].drop { $0 == 0x20 }.prefix { (0x30...0x39).contains($0) }
        guard !digits.isEmpty, digits.count < 6 else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// A newer ledger read with this build's decoder: what this build understands of it.
    /// Throws `newerSchema` when even that fails.
    public static func readNewer(_ bytes: [UInt8], path: String, found: Int) throws(LedgerError) -> Ledger {
        let decoded = try readNewerDecoded(bytes, path: path, found: found)
        if let journal = decoded.journal { throw .journal(path: path, file: journal.file, problem: .notRead) }
        return decoded.ledger
    }

    /// As `readNewer`, for a file that may name a journal (read by the store).
    public static func readNewerDecoded(_ bytes: [UInt8], path: String, found: Int) throws(LedgerError) -> LedgerDecoding.Decoded {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        guard case .object(var members)? = try? JSONParser.parse(body),
            let index = members.firstIndex(where: { $0.key == "schema" })
        else { throw .newerSchema(path: path, found: found) }
        members[index].value = .int(members.contains { $0.key == "journal" } ? journaled : Ledger.schema)
        do {
            return try LedgerDecoding.decode(JSONWriter.bytes(.object(members)), path: path)
        } catch {
            throw .newerSchema(path: path, found: found)
        }
    }
}
