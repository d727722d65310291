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
        try read(bytes, reference: reference, path: path, known: known, withTail: false).entries
    }

    /// What a journal holds: the committed entries, then (`withTail`, a schema-5 ledger) the
    /// tail, every whole line after them, written by saves that left the ledger file to be
    /// rewritten later. A last line with no line end is a save cut short: it is not read,
    /// and the next save cuts it off. `end` is where what was read ends.
    public static func read(
        _ bytes: [UInt8], reference: JournalReference, path: String, known: (reference: JournalReference, entries: [HistoryEntry])? = nil,
        withTail: Bool
    ) throws(LedgerError) -> (entries: [HistoryEntry], tail: [HistoryEntry], end: Int) {
        func fail(_ problem: LedgerError.JournalProblem) -> LedgerError { .journal(path: path, file: reference.file, problem: problem) }
        guard bytes.count >= reference.bytes else { throw fail(.tooShort(expected: reference.bytes, found: bytes.count)) }
        guard reference.bytes == 0 || bytes[reference.bytes - 1] == UInt8(ascii: "\n") else {
            throw fail(.badLine(line: reference.entries, problem: "no line end"))
        }
        var end = withTail ? (bytes.lastIndex(of: UInt8(ascii: "\n")).map { max($0 + 1, reference.bytes) } ?? reference.bytes) : reference.bytes
        var entries: [HistoryEntry] = []
        var start = 0
        var line = 0
        if let known, known.reference.file == reference.file, known.reference.bytes <= end,
            known.entries.count == known.reference.entries,
            known.reference.bytes <= reference.bytes ? known.reference.entries <= reference.entries : known.reference.entries >= reference.entries,
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
        let checked = LedgerDecoding.isUTF8(bytes[start..<end])
        // How many lines the committed part held, once the reading passes its end.
        var committed: Int? = start < reference.bytes ? nil : (start == reference.bytes ? line : reference.entries)
        while start < end {
            var lineEnd = start
            while bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            line += 1
            if start < reference.bytes, line > reference.entries {
                throw fail(.entryCount(expected: reference.entries, found: line))
            }
            do {
                entries.append(try entry(bytes, start..<lineEnd, checked: checked, line: line, path: path, fail))
            } catch where start >= reference.bytes && !anyEntry(in: bytes, from: lineEnd + 1, to: end, path: path) {
                // The last lines of the tail, none of them readable: the unflushed end of a
                // save a crash cut short (the disk may keep its length but not its bytes).
                // It is not read, and the next save cuts it off.
                end = start
                break
            }
            start = lineEnd + 1
            if start == reference.bytes { committed = line }
        }
        guard committed == reference.entries else { throw fail(.entryCount(expected: reference.entries, found: committed ?? line)) }
        let tail = Array(entries[reference.entries...])
        entries.removeSubrange(reference.entries...)
        return (entries, tail, end)
    }

    /// Whether any whole line in `bytes[from..<to]` reads as an entry: then an unreadable
    /// line before it is damage, not the end of a save cut short.
    private static func anyEntry(in bytes: [UInt8], from: Int, to: Int, path: String) -> Bool {
        var start = from
        while start < to {
            var lineEnd = start
            while bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if let value = try? JSONParser.parse(Array(bytes[start..<lineEnd])), (try? LedgerDecoding.entry(from: value, place: path)) != nil {
                return true
            }
            start = lineEnd + 1
        }
        return false
    }

    /// One line as an entry: in one pass from its bytes when they are `checked` UTF-8 and
    /// that pass decides, else read as a tree, which says what is wrong with it.
    private static func entry(
        _ bytes: [UInt8], _ range: Range<Int>, checked: Bool, line: Int, path: String, _ fail: (LedgerError.JournalProblem) -> LedgerError
    ) throws(LedgerError) -> HistoryEntry {
        if checked, let entry = bytes.withUnsafeBufferPointer({ buffer in
            LedgerDecoding.streamedJournalEntry(UnsafeBufferPointer(rebasing: buffer[range]), path: path)
        }) {
            return entry
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(bytes[range]))
        } catch {
            throw fail(.badLine(line: line, problem: "column \(error.column)"))
        }
        do {
            return try LedgerDecoding.entry(from: value, place: path)
        } catch {
            throw fail(.badLine(line: line, problem: "not a history entry"))
        }
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
