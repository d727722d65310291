/// The coordinator's ledger (台账): the plan with every task's progress, and what its import
/// left to check by hand. This value is the whole file.
public struct Ledger: Equatable, Sendable {
    /// What the file says it is, so a stray JSON file is never mistaken for a ledger.
    public static let format = "taizhang-ledger"
    /// The version of the file layout this build writes; older versions are read and migrated.
    public static let schema = 3

    /// The numbers a ledger may hold, checked when a file is read: far beyond any real plan,
    /// and far enough from the ends of `Int` that counting with them never overflows.
    public static let taskNumbers = 1...999_999_999
    public static let areaNumbers = 1...99_999
    public static let generations = 0...Int.max

    /// Counts saves, so a writer can tell the file changed under it.
    public var generation: Int
    /// Where the plan came from: `bundled:zhuhai-2022` or the imported file's name.
    public var source: String
    public var plan: Plan
    public var importWarnings: [ImportWarning]
    /// Every change, oldest first.
    public var history: [HistoryEntry]
    public var aliases: [UnitAlias]
    public var groups: [UnitGroup]
    /// How the office judges lights and when units report.
    public var settings: LedgerSettings
    /// The units' returns collected, oldest first.
    public var returns: [ReturnRecord]

    public init(
        generation: Int = 0, source: String, plan: Plan, importWarnings: [ImportWarning] = [],
        history: [HistoryEntry] = [], aliases: [UnitAlias] = [], groups: [UnitGroup] = [], settings: LedgerSettings = .standard,
        returns: [ReturnRecord] = []
    ) {
        self.generation = generation
        self.source = source
        self.plan = plan
        self.importWarnings = importWarnings
        self.history = history
        self.aliases = aliases
        self.groups = groups
        self.settings = settings
        self.returns = returns
    }

    /// The generation a save writes: one more, stopping at the largest number (a file that
    /// says 2⁶³−1 still saves; changes are told apart by content, not by this count).
    public static func nextGeneration(after generation: Int) -> Int {
        generation < Int.max ? max(generation, 0) + 1 : Int.max
    }

    /// The position of task `number` in `plan.tasks`.
    public func taskIndex(_ number: Int) -> Int? {
        // Plans number their tasks 1, 2, 3…: look there first, search only when they do not.
        let guess = number &- 1
        if plan.tasks.indices.contains(guess), plan.tasks[guess].number == number { return guess }
        return plan.tasks.firstIndex { $0.number == number }
    }
}
