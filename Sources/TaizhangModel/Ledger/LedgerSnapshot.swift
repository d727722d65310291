/// A whole ledger's content (plan, progress, aliases, groups: everything but its history and
/// generation) as one JSON value. A restore records the content before and after in its
/// history entry, so a restore can be undone and redone like any change.
public enum LedgerSnapshot {
    static let historyFree: Set<String> = ["format", "schema", "generation", "history"]

    public static func value(_ ledger: Ledger, label: String? = nil) -> JSONValue {
        guard case .object(let members) = LedgerEncoding.value(ledger) else { return .null }
        var kept = members.filter { !historyFree.contains($0.key) }
        if let label { kept.insert(JSONMember("label", .string(label)), at: 0) }
        return .object(kept)
    }

    /// The content a snapshot holds, with `current`'s history and generation; nil when the
    /// snapshot does not read as a ledger (then nothing is changed).
    public static func ledger(from snapshot: JSONValue, keeping current: Ledger) -> Ledger? {
        guard case .object(let members) = snapshot else { return nil }
        let document = JSONValue.object(
            [JSONMember("format", .string(Ledger.format)), JSONMember("schema", .int(Ledger.schema)), JSONMember("generation", .int(current.generation))]
                + members.filter { $0.key != "label" && !historyFree.contains($0.key) }
                + [JSONMember("history", .array([]))])
        guard var restored = try? LedgerDecoding.ledger(from: JSONWriter.bytes(document), path: "(restore)") else { return nil }
        restored.history = current.history
        return restored
    }
}

extension Ledger {
    /// Brings back the content of `backup` (a ledger read from a backup file) as one change:
    /// the history keeps everything that happened, gains a `restore` entry holding the content
    /// before and after, and `undo` takes the restore back. `label` names the backup.
    @discardableResult
    public mutating func restore(from backup: Ledger, label: String, stamp: Stamp) -> HistoryEntry {
        let entry = HistoryEntry(
            at: stamp.at, by: stamp.by, task: nil, field: "restore",
            from: LedgerSnapshot.value(self), to: LedgerSnapshot.value(backup, label: label))
        replaceContent(with: backup)
        history.append(entry)
        return entry
    }

    /// Takes everything but history and generation from `other`.
    mutating func replaceContent(with other: Ledger) {
        source = other.source
        plan = other.plan
        importWarnings = other.importWarnings
        aliases = other.aliases
        groups = other.groups
    }
}
