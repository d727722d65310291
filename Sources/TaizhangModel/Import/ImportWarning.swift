/// Something the importer could not place with certainty. Warnings keep their source line so
/// the coordinator can check the original by hand; nothing is dropped silently.
public struct ImportWarning: Hashable, Sendable {
    public var line: Int
    /// The task concerned, when there is one.
    public var task: Int?
    public var message: String

    public init(line: Int, task: Int? = nil, message: String) {
        self.line = line
        self.task = task
        self.message = message
    }
}

/// What an import produced: the plan, and everything to check by hand.
public struct ImportResult: Sendable {
    public var plan: Plan
    public var warnings: [ImportWarning]
}

/// Why a document could not be read as a plan at all.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    case notUTF8
    case noTable
    case noTasks

    public var description: String {
        switch self {
        case .notUTF8:
            "the file is not UTF-8 text"
        case .noTable:
            "no task table found: expected a header row 工作要求 / 具体任务 / 具体要求 / 牵头落实单位"
        case .noTasks:
            "the table holds no numbered tasks (lines such as \"1.…\")"
        }
    }
}
