import TaizhangImport
import TaizhangStore
import TaizhangModel

/// A progress report on a ledger at a given day: the numbers every format writes. It is a plain
/// value computed once (`Report.make`), so Markdown, CSV, xlsx, HTML and JSON can never
/// disagree about a count.
public struct Report: Hashable, Sendable {
    public var heading: ReportHeading
    public var overall: StatusCounts
    /// Each work area followed by its sections, in plan order.
    public var areas: [AreaProgress]
    /// The workload's rows, heaviest first as in the unit pane; a group's members come first,
    /// then the group's own row; the tasks with no unit last.
    public var units: [WorkloadRow]
    /// Tasks not done yet, in plan order.
    public var open: [OpenTask]

    public init(heading: ReportHeading, overall: StatusCounts, areas: [AreaProgress], units: [WorkloadRow], open: [OpenTask]) {
        self.heading = heading
        self.overall = overall
        self.areas = areas
        self.units = units
        self.open = open
    }
}

/// What the report is about and when it was made.
public struct ReportHeading: Hashable, Sendable {
    public var planTitle: String
    public var documentNumber: String?
    public var issuer: String?
    /// The "today" the report was computed for (overdue counts depend on it).
    public var reportDate: DayDate
    /// The ledger file as the user named it; nil when the report came from a ledger in memory.
    public var ledgerPath: String?
    /// Set when the report covers one unit only (its own 台账).
    public var unit: String?
    /// Set when the report covers one work area only, e.g. `二、…`.
    public var area: String?

    public init(
        planTitle: String, documentNumber: String?, issuer: String?, reportDate: DayDate,
        ledgerPath: String?, unit: String? = nil, area: String? = nil
    ) {
        self.planTitle = planTitle
        self.documentNumber = documentNumber
        self.issuer = issuer
        self.reportDate = reportDate
        self.ledgerPath = ledgerPath
        self.unit = unit
        self.area = area
    }

    /// The report's title line: the plan, and whose report it is when filtered.
    public var title: String {
        var title = planTitle + "落实情况"
        if let unit { title += "（\(unit)）" }
        return title
    }
}

/// Tasks counted by status, with those past their deadline.
public struct StatusCounts: Hashable, Sendable {
    public var total = 0
    public var todo = 0
    public var doing = 0
    public var done = 0
    public var overdue = 0

    public init(total: Int = 0, todo: Int = 0, doing: Int = 0, done: Int = 0, overdue: Int = 0) {
        self.total = total
        self.todo = todo
        self.doing = doing
        self.done = done
        self.overdue = overdue
    }

    /// Done as a fraction of all (0…1); 0 when there are no tasks, so an empty area reads 0%.
    public var fractionDone: Double { total == 0 ? 0 : Double(done) / Double(total) }

    public var open: Int { total - done }

    mutating func count(_ task: PlanTask, today: DayDate) {
        total += 1
        switch task.status {
        case .todo: todo += 1
        case .doing, .reported, .returned: doing += 1
        case .done: done += 1
        }
        if task.isOverdue(today: today) { overdue += 1 }
    }
}

/// One row of the by-area table: a work area, or one of its sections.
public struct AreaProgress: Hashable, Sendable {
    public var area: Int
    /// nil for the area's own row (all its tasks).
    public var section: Int?
    /// As the plan numbers it: `一、…` for an area, `（一）…` for a section.
    public var label: String
    public var counts: StatusCounts

    public init(area: Int, section: Int?, label: String, counts: StatusCounts) {
        self.area = area
        self.section = section
        self.label = label
        self.counts = counts
    }

    public var isSection: Bool { section != nil }
}

/// A task not done yet, in the short form a report lists it.
public struct OpenTask: Hashable, Sendable {
    public var number: Int
    public var area: Int
    public var section: Int?
    public var status: TaskStatus
    /// The whole text, for JSON.
    public var text: String
    /// The text cut to `OpenTask.shortWidth` display columns, for tables.
    public var shortText: String
    /// Unit names with aliases applied, in plan order.
    public var units: [String]
    public var deadline: Deadline?
    public var overdue: Bool
    public var latestNote: Note?

    public init(
        number: Int, area: Int, section: Int?, status: TaskStatus, text: String, shortText: String,
        units: [String], deadline: Deadline?, overdue: Bool, latestNote: Note?
    ) {
        self.number = number
        self.area = area
        self.section = section
        self.status = status
        self.text = text
        self.shortText = shortText
        self.units = units
        self.deadline = deadline
        self.overdue = overdue
        self.latestNote = latestNote
    }

    /// Columns of task text in tables: about two lines of a printed A4 column, enough to
    /// recognise the task without the report turning into the plan.
    public static let shortWidth = 40
    /// Columns of the latest note in tables.
    public static let noteWidth = 40

    /// The note's day (`YYYY-MM-DD`), from its ISO timestamp.
    public var latestNoteDate: String? { latestNote.map { String($0.at.prefix(10)) } }
}
