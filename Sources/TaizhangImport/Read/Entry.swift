import TaizhangModel

/// What a reader made of the grid, in document order: the one vocabulary every reader speaks
/// to the assembler. Readers decide what a piece of text is; the assembler alone decides which
/// tasks a unit phrase, a person or a deadline belongs to.
enum Entry: Equatable, Sendable {
    /// A line of the covering notice or the page before the plan: title, 文号, issuer, date.
    case front(String, line: Int)
    /// A paragraph of the general requirements (总体要求) before the tasks.
    case preamble(String, line: Int)
    case area(label: Label?, title: String, line: Int, inherited: Bool)
    case section(label: Label?, title: String, line: Int, inherited: Bool)
    case task(label: Label?, text: String, line: Int)
    /// More text of the task just read (a sub-item, a 具体要求 beside a 工作任务).
    case detail(String, line: Int)
    /// Units for the tasks read since the last units (a unit cell closes a run of tasks), or
    /// for the tasks the last units went to when no task came between.
    case units(UnitPhrase, line: Int, inherited: Bool)
    /// A unit clause at the end of a task's own paragraph: it names the units of that task
    /// alone; tasks before it still waiting for units name none (an outline has no merged cells).
    case clause(UnitPhrase, line: Int)
    /// Units a heading names for the tasks under it that name none (`(二)…(牵头单位:X)`).
    case headingUnits(UnitPhrase, line: Int)
    /// A unit cell that is there and empty: the tasks waiting for units get none.
    case noUnits(line: Int)
    case people([String], line: Int, inherited: Bool)
    case deadline(String, line: Int, inherited: Bool)
    /// Text the reading could not place: reported, never dropped silently.
    case unplaced(String, line: Int)
    /// Something to check that the reader noticed.
    case warning(ImportWarning.Kind, line: Int)
    /// A table header: the plan's body starts here; lines before it are the notice.
    case header(line: Int)
}
