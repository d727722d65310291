import TaizhangModel

/// A progress report on a ledger at a given day: the numbers every format writes. It is a plain
/// value computed once (`Report.make`), so Markdown, CSV, xlsx, HTML, JSON and the 通报 can
/// never disagree about a count.
public struct Report: Hashable, Sendable {
    public var heading: ReportHeading
    public var overall: StatusCounts
    /// Each work area followed by its sections, in plan order.
    public var areas: [AreaProgress]
    /// The workload's rows, heaviest first as in the unit pane; a group's members come first,
    /// then the group's own row; the tasks with no unit last.
    public var units: [WorkloadRow]
    /// Each reporting unit's standing (not groups), in the workload's order.
    public var standings: [UnitStanding]
    /// The units ranked (`UnitStanding`, `RankingOrder`), with the order used.
    public var ranking: [RankedUnit]
    public var rankingOrder: RankingOrder
    /// Each reporting unit's return for the period the report's day falls in.
    public var returns: [ReturnStanding]
    public var period: ReportingCycle.Period
    /// Tasks not signed off yet, in plan order, each whole.
    public var open: [OpenTask]
    /// Deadlines moved, with their reasons, oldest first.
    public var extensions: [ExtensionRow]
    /// Evidence kept on the tasks (佐证材料), in plan order.
    public var evidence: [EvidenceRow]
}

/// A unit's place in the ranking, with how its return for the period stands.
public struct RankedUnit: Hashable, Sendable {
    public var rank: Int
    public var standing: UnitStanding
    public var returned: ReturnStanding.State?

    public init(rank: Int, standing: UnitStanding, returned: ReturnStanding.State?) {
        self.rank = rank
        self.standing = standing
        self.returned = returned
    }
}

/// What the report is about and when it was made.
public struct ReportHeading: Hashable, Sendable {
    public var planTitle: String
    public var documentNumber: String?
    public var issuer: String?
    /// The "today" the report was computed for (overdue counts depend on it).
    public var reportDate: DayDate
    /// The ledger file as the user named it; only the JSON report carries it (a printed
    /// report must not show where a coordinator keeps files).
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

/// Tasks counted by status, pace and light, with those past their deadline.
public struct StatusCounts: Hashable, Sendable {
    public var total = 0
    public var todo = 0
    /// Under way: in progress, reported done or sent back.
    public var doing = 0
    /// Of those, reported done and waiting for sign-off (待销号).
    public var reported = 0
    /// Signed off (销号).
    public var done = 0
    public var overdue = 0
    public var ahead = 0
    public var onSchedule = 0
    public var behind = 0
    public var red = 0
    public var yellow = 0
    public var green = 0

    public init() {}

    /// Done as a fraction of all (0…1); 0 when there are no tasks, so an empty area reads 0%.
    public var fractionDone: Double { total == 0 ? 0 : Double(done) / Double(total) }

    public var open: Int { total - done }

    mutating func count(_ task: PlanTask, _ judgement: Judgement) {
        total += 1
        switch task.status {
        case .todo: todo += 1
        case .doing, .returned: doing += 1
        case .reported:
            doing += 1
            reported += 1
        case .done: done += 1
        }
        if task.isOverdue(today: judgement.today) { overdue += 1 }
        switch task.pace(judgement) {
        case .ahead: ahead += 1
        case .onSchedule: onSchedule += 1
        case .behind: behind += 1
        case .finished: break
        }
        switch task.light(judgement) {
        case .red?: red += 1
        case .yellow?: yellow += 1
        case .green?: green += 1
        case nil: break
        }
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

/// A task not signed off yet, whole: every word of its text, every unit, its latest note.
public struct OpenTask: Hashable, Sendable {
    public var number: Int
    public var area: Int
    public var section: Int?
    public var status: TaskStatus
    public var text: String
    /// Unit names with aliases applied, in plan order.
    public var units: [String]
    public var deadline: Deadline?
    public var overdue: Bool
    public var light: Light?
    public var pace: Pace
    public var latestNote: Note?
    /// How its deadline moved, oldest first.
    public var extensions: [Extension]
    public var evidence: [Evidence]

    /// The note's day (`YYYY-MM-DD`), from its ISO timestamp.
    public var latestNoteDate: String? { latestNote.map { String($0.at.prefix(10)) } }
}

/// A deadline moved, for the report's log of extensions.
public struct ExtensionRow: Hashable, Sendable {
    public var task: Int
    public var text: String
    public var change: Extension
}

/// A piece of evidence on a task, for the report's list of 佐证材料.
public struct EvidenceRow: Hashable, Sendable {
    public var task: Int
    public var text: String
    public var item: Evidence
}
