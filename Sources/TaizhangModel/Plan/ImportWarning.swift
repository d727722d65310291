/// Something the importer could not place with certainty. Warnings keep their source line so
/// the coordinator can check the original by hand; nothing is dropped silently.
public struct ImportWarning: Hashable, Sendable {
    /// The line of a text document, or the row of a spreadsheet or Word table.
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
