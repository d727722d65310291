import TaizhangModel

/// What an import produced: the plan, and everything to check by hand.
public struct ImportResult: Sendable {
    public var plan: Plan
    public var warnings: [ImportWarning]
    /// The layout the document was read as.
    public var layout: PlanLayout
    /// The plan's year as used for deadlines such as 年底前, when known.
    public var year: Int?

    public init(plan: Plan, warnings: [ImportWarning], layout: PlanLayout = .text, year: Int? = nil) {
        self.plan = plan
        self.warnings = warnings
        self.layout = layout
        self.year = year
    }

    /// Distinct unit names over all tasks.
    public var unitCount: Int { Set(plan.tasks.flatMap { $0.units.map(\.name) }).count }
}

/// Why a document could not be read as a plan in one layout.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    case notUTF8
    case noTable
    case noTasks
    /// The layout's own reader refused the bytes (not a zip, no worksheet, no table …).
    case unreadable(String)

    public var description: String {
        switch self {
        case .notUTF8:
            "the file is not UTF-8 text"
        case .noTable:
            "no task table found: expected a header row (工作要求 / 具体要求 / 牵头落实单位 …) or a work area line (一、…)"
        case .noTasks:
            "no numbered tasks found (lines such as \"1.…\")"
        case .unreadable(let reason):
            reason
        }
    }
}

/// A document no layout could read, with the reason each layout gave.
public struct ImportFailure: Error, Equatable, CustomStringConvertible {
    public var attempts: [Attempt]

    public struct Attempt: Equatable, Sendable {
        public var layout: PlanLayout
        public var error: ImportError
    }

    public var description: String {
        "tried " + attempts.map { "\($0.layout.rawValue) (\($0.error))" }.joined(separator: "; ")
    }
}
