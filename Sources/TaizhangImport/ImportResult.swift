import TaizhangModel

/// What an import produced: the plan, and everything to check by hand.
public struct ImportResult: Sendable {
    public var plan: Plan
    public var warnings: [ImportWarning]
    /// The form the document was read in.
    public var form: SourceForm
    /// How the document was read (its reader and grid), for the report.
    public var readingKind = ReadingKind(reader: .content, cells: .lines)
    public var reading: String { readingKind.description }
    /// The plan's year as used for deadlines such as 年底前, when known.
    public var year: Int?
    /// Numbers of the tasks whose row took a cell (area, section, units, person, deadline)
    /// from a merged cell above it.
    public var filledDown: Set<Int> = []
    /// The plan names no work area; its tasks were put in one made for them.
    public var implicitArea = false
    /// Characters of text the reading placed in no task, heading or notice.
    public var unplacedCharacters = 0
    /// Read as a table whose header named its columns.
    public var readByHeader = false
    /// The reading that came second, when there was one.
    public var runnerUp: RunnerUp?

    public init(plan: Plan, warnings: [ImportWarning], form: SourceForm = .text, year: Int? = nil) {
        self.plan = plan
        self.warnings = warnings
        self.form = form
        self.year = year
    }

    /// Distinct unit names over all tasks.
    public var unitCount: Int { Set(plan.tasks.flatMap { $0.units.map(\.name) }).count }
}
