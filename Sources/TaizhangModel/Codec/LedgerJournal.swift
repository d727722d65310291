/// Where a schema-4 ledger's history is: a JSON Lines file beside the ledger (the `journal`
/// member names it), one history entry per line in the same shape as the `history` array of
/// a schema-3 file, oldest first. Only its first `bytes` bytes, holding `entries` lines,
/// belong to the ledger: a save appends its new entries after them and only then replaces
/// the ledger naming the longer length, so whatever lies beyond (a line torn by a crash, the
/// entries of a save that never finished) is ignored, and cut off by the next save.
public struct JournalReference: Equatable, Sendable {
    /// The journal's file name, in the ledger's folder (no slashes).
    public var file: String
    /// How many entries (lines) belong to the ledger.
    public var entries: Int
    /// How many bytes of the file they take.
    public var bytes: Int

    public init(file: String, entries: Int, bytes: Int) {
        self.file = file
        self.entries = entries
        self.bytes = bytes
    }
}

/// The journal's lines: written compactly (one entry, one line), read strictly.
public enum LedgerJournal {
    /// One entry as its line, newline included.
    public static func line(_ entry: HistoryEntry) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        JSONWriter.writeCompact(LedgerEncoding.entry(entry), into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// Entries as lines, one after the other.
    public static func lines<S: Sequence<HistoryEntry>>(_ entries: S) -> [UInt8] {
        var out: [UInt8] = []
        for entry in entries {
            JSONWriter.writeCompact(LedgerEncoding.entry(entry), into: &out)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// The committed entries of a journal whose bytes are `bytes` (the whole file): exactly
    /// `reference.bytes` bytes holding `reference.entries` lines, each an entry. `path` is
    /// the ledger's, for messages.
    ///
    /// With `known` — the entries of an earlier, shorter version of the same journal, read
    /// before — only the lines after them are parsed: the journal only grows, so they are
    /// still there as they were.
    public static func entries(
        in bytes: [UInt8], reference: JournalReference, path: String, known: (reference: JournalReference, entries: [HistoryEntry])? = nil
    ) throws(LedgerError) -> [HistoryEntry] {
        func fail(_ problem: LedgerError.JournalProblem) -> LedgerError { .journal(path: path, file: reference.file, problem: problem) }
        guard bytes.count >= reference.bytes else { throw fail(.tooShort(expected: reference.bytes, found: bytes.count)) }
        guard reference.bytes == 0 || bytes[reference.bytes - 1] == UInt8(ascii: "\n") else {
            throw fail(.badLine(line: reference.entries, problem: "no line end"))
        }
        var entries: [HistoryEntry] = []
        var start = 0
        var line = 0
        if let known, known.reference.file == reference.file, known.reference.bytes <= reference.bytes,
            known.reference.entries <= reference.entries, known.entries.count == known.reference.entries,
            known.reference.bytes == 0 || bytes[known.reference.bytes - 1] == UInt8(ascii: "\n")
        {
            entries = known.entries
            start = known.reference.bytes
            line = known.reference.entries
        }
        entries.reserveCapacity(reference.entries)
        // Checked once for all the lines to read, so each can be read in one pass from its
        // bytes (`streamedJournalEntry`); a line that pass does not decide, or any line of a
        // journal that is not UTF-8, is read as a tree, which says what is wrong with it.
        let checked = LedgerDecoding.isUTF8(bytes[start..<reference.bytes])
        while start < reference.bytes {
            var end = start
            while bytes[end] != UInt8(ascii: "\n") { end += 1 }
            line += 1
            guard line <= reference.entries else { throw fail(.entryCount(expected: reference.entries, found: line)) }
            if checked, let entry = bytes.withUnsafeBufferPointer({ buffer in
                LedgerDecoding.streamedJournalEntry(UnsafeBufferPointer(rebasing: buffer[start..<end]), path: path)
            }) {
                entries.append(entry)
                start = end + 1
                continue
            }
            let slice = Array(bytes[start..<end])
            let value: JSONValue
            do {
                value = try JSONParser.parse(slice)
            } catch {
                throw fail(.badLine(line: line, problem: "column \(error.column)"))
            }
            do {
                entries.append(try LedgerDecoding.entry(from: value, place: path))
            } catch {
                throw fail(.badLine(line: line, problem: "not a history entry"))
            }
            start = end + 1
        }
        guard line == reference.entries else { throw fail(.entryCount(expected: reference.entries, found: line)) }
        return entries
    }

    /// The `journal` member of a schema-4 ledger.
    static func value(_ reference: JournalReference) -> JSONValue {
        .object([
            JSONMember("file", .string(reference.file)),
            JSONMember("entries", .int(reference.entries)),
            JSONMember("bytes", .int(reference.bytes)),
        ])
    }

    static func reference(_ value: JSONValue?, reader: LedgerDecoding.Reader) throws(LedgerError) -> JournalReference {
        let object = try reader.object(value, "journal")
        let file = try reader.string(object["file"], "journal.file")
        guard !file.isEmpty, !file.contains("/"), file != ".", file != ".." else { throw reader.fail("journal.file", .expected(.string)) }
        return JournalReference(
            file: file,
            entries: try reader.int(object["entries"], "journal.entries", in: 0...Int(Int32.max)),
            bytes: try reader.int(object["bytes"], "journal.bytes", in: 0...(1 << 40)))
    }
}
