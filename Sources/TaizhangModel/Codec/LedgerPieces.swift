/// The ledger's pieces as the file writes them, for a store that keeps a ledger in rows (a
/// database) rather than one file: each piece is the same JSON the file holds, so a row
/// reads the way the file does, and a ledger read back from rows goes through the file's own
/// strict reader (`LedgerDecoding.ledger(from:path:)` on the assembled document).
extension LedgerEncoding {
    /// A history entry as the file's `history` array holds it.
    public static func entryValue(_ entry: HistoryEntry) -> JSONValue { self.entry(entry) }

    /// A note as a task's `notes` array holds it.
    public static func noteValue(_ note: Note) -> JSONValue { self.note(note) }

    /// A piece of evidence as a task's `evidence` array holds it.
    public static func evidenceValue(_ evidence: Evidence) -> JSONValue { self.evidence(evidence) }

    /// A task's units as its `units` array holds them.
    public static func unitsValue(_ units: [UnitAssignment]) -> JSONValue { .array(units.map(unit)) }

    /// The office's settings as the file's `settings` member holds them.
    public static func settingsValue(_ settings: LedgerSettings) -> JSONValue { self.settings(settings) }

    /// A unit's return as the file's `returns` array holds it.
    public static func returnValue(_ record: ReturnRecord) -> JSONValue { returnRecord(record) }

    /// A ledger's content (everything but format, schema, generation and history) as the
    /// file writes those members, in one object: what a restore brings back.
    public static func contentValue(_ content: LedgerContent) -> JSONValue { self.content(of: content, label: nil) }
}

extension LedgerDecoding {
    /// One history entry from the JSON the file's `history` array holds. `place` names where
    /// it was read, for the message when it is not an entry.
    public static func entry(from value: JSONValue, place: String) throws(LedgerError) -> HistoryEntry {
        let reader = Reader(path: place)
        let object = try reader.object(value, "history")
        guard let from = object["from"] else { throw reader.fail("history.from", .missing) }
        guard let to = object["to"] else { throw reader.fail("history.to", .missing) }
        return entry(
            at: try reader.string(object["at"], "history.at"), by: try reader.string(object["by"], "history.by"),
            task: try reader.optionalInt(object["task"], "history.task"), field: try reader.string(object["field"], "history.field"),
            from: from, to: to, reason: try reader.optionalString(object["reason"], "history.reason"))
    }
}

extension JSONWriter {
    /// The value on one line with no spaces: how a database column keeps a piece.
    public static func compact(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        writeCompact(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func writeCompact(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeCompact(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                writeCompact(member.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        default:
            write(value, indent: 0, into: &out)
        }
    }
}
