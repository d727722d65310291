/// Everything a ledger holds but its history and generation: what a restore brings back
/// from a backup and records, before and after, so the restore can be undone like any edit.
public struct LedgerContent: Equatable, Sendable {
    public var source: String
    public var plan: Plan
    public var importWarnings: [ImportWarning]
    public var aliases: [UnitAlias]
    public var groups: [UnitGroup]
    public var settings: LedgerSettings
    public var returns: [ReturnRecord]

    public init(
        source: String, plan: Plan, importWarnings: [ImportWarning], aliases: [UnitAlias], groups: [UnitGroup],
        settings: LedgerSettings = .standard, returns: [ReturnRecord] = []
    ) {
        self.source = source
        self.plan = plan
        self.importWarnings = importWarnings
        self.aliases = aliases
        self.groups = groups
        self.settings = settings
        self.returns = returns
    }
}

extension Ledger {
    public var content: LedgerContent {
        get { LedgerContent(source: source, plan: plan, importWarnings: importWarnings, aliases: aliases, groups: groups, settings: settings, returns: returns) }
        set {
            source = newValue.source
            plan = newValue.plan
            importWarnings = newValue.importWarnings
            aliases = newValue.aliases
            groups = newValue.groups
            settings = newValue.settings
            returns = newValue.returns
        }
    }

    /// Brings back the content of `backup` (a ledger read from a backup file) as one edit:
    /// the history keeps everything that happened and gains a `restore` entry holding the
    /// content before and after, so `undo` takes the restore back. `label` names the backup.
    @discardableResult
    public mutating func restore(from backup: Ledger, label: String, stamp: Stamp) -> HistoryEntry {
        let entry = HistoryEntry(stamp, .edit(.restore(label: label, from: content, to: backup.content)))
        content = backup.content
        history.append(entry)
        return entry
    }
}
