import TaizhangScreen
import TaizhangModel

/// Everything the dashboard shows, as a plain value. `Dashboard.update` makes the next state
/// from an action; `Renderer.render` draws it. Derived tables (index, workload, progress,
/// the visible task rows) live here too, kept up to date by update, so a keypress never has
/// to recount the whole plan.
public struct DashboardState: Sendable {
    public internal(set) var ledger: Ledger
    /// The ledger's path as the status line shows it (the home folder as ~).
    public let ledgerPath: String
    public var strings: UIStrings
    public var glyphs: Glyphs
    /// The day deadlines are judged against (`--today`, else the system's date).
    public let today: DayDate

    public internal(set) var index: PlanIndex
    public internal(set) var workload: Workload
    public internal(set) var navigator: [NavigatorRow]
    var navigatorRowOfArea: [Int: Int] = [:]
    var navigatorRowOfSection: [Scope: Int] = [:]

    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var focus: Pane = .tasks

    public internal(set) var navigatorCursor = 0
    public internal(set) var navigatorScroll = 0
    public internal(set) var scope: Scope = .all
    public internal(set) var unitFilter: UnitFilter?
    public internal(set) var statusFilter: TaskStatus?
    public internal(set) var overdueOnly = false
    /// Only tasks with this light (`L` cycles red, yellow, green, all).
    public internal(set) var lightFilter: Light?
    public internal(set) var query = ""
    public internal(set) var isSearching = false
    public internal(set) var taskSort: TaskSort = .number

    public internal(set) var taskRows: [TaskRow] = []
    public internal(set) var taskCursor = 0
    public internal(set) var taskScroll = 0
    /// The number of tasks the tasks pane lists, counted when the rows are built.
    public internal(set) var visibleTaskCount = 0
    public internal(set) var detailScroll = 0
    /// The task `detailScroll` belongs to: another task's text starts at its top.
    var detailScrollTask: Int?
    /// Digits typed in the task list, for Enter to go to that task (`35` Enter).
    public internal(set) var pendingNumber = ""
    /// The status filters as they were before the first digit: each digit filters as it is
    /// typed, and Enter, going to the task the digits number, puts these back.
    var filtersBeforeNumber: StatusFilters?

    public internal(set) var workloadSort: WorkloadSort = .total
    public internal(set) var expandedGroups: Set<String> = []
    public internal(set) var workloadLines: [WorkloadLine] = []
    /// The unit pane's names, indexed when the workload is counted afresh.
    public internal(set) var workloadNames: WorkloadNames
    /// The unit pane's widest numbers, measured when its rows are rebuilt.
    public internal(set) var workloadMeasure = WorkloadMeasure()
    public internal(set) var workloadCursor = 0
    /// Each reporting unit's return for the current period (`Ledger.returnStandings`), by
    /// unit; empty when the ledger keeps no returns and names no cycle (returns not tracked).
    public internal(set) var workloadReturns: [String: ReturnStanding] = [:]
    public internal(set) var workloadScroll = 0

    public internal(set) var showingHelp = false
    /// How far the help is scrolled, on screens too small to show it whole.
    public internal(set) var helpScroll = 0
    /// A list over the dashboard: a task's notes, the plan's details, the report formats.
    public internal(set) var menu: Menu?
    /// The report formats `R` offers, as the command line names them (`md`, `xlsx`…), given
    /// by the program: the dashboard writes no files itself.
    public var reportFormats = ["md"]
    public internal(set) var showingWarnings = false
    public internal(set) var prompt: Prompt?
    /// Returned forms read and waiting to be recorded (`C`).
    public internal(set) var returnsPreview: ReturnsPreview?
    public internal(set) var unitPicker: UnitPicker?
    /// The plans home: this plan's name, the plan picker and the cross-plan unit view.
    public var home = HomeView()
    /// Why the last save failed; the screen says NOT SAVED until a save succeeds.
    public internal(set) var unsavedReason: String?
    /// A one-off message for the status line, cleared by the next key.
    public internal(set) var message: String?
    /// A q was pressed with changes not saved; the next q quits anyway.
    public internal(set) var quitPending = false
    /// Set when the ledger is a newer schema than this build writes: it is shown, never saved.
    public internal(set) var readOnlyReason: String?
    /// Set while the connection to a shared ledger is lost: the last state read is shown,
    /// read-only, until the store finds the server again.
    public internal(set) var offlineReason: String?
    /// What this account may change: everything, or (a unit's account on a shared ledger)
    /// notes, evidence and its own part on its unit's tasks, which are listed first.
    public internal(set) var access: LedgerAccess = .everything
    /// What the account may change, in words, shown where the ledger's name would be.
    public internal(set) var accessSummary: String?
    /// The last search's matches, to narrow from when the query grows.
    var searchCache: SearchCache?
    /// The rows of the whole plan (no scope, filter or search, in plan order) and the plan
    /// index they were made with: the list goes back to them each time a search or a filter
    /// is cleared, which made 100,000 rows again at a Backspace to an empty search.
    var wholePlanRows: (serial: UInt64, rows: [TaskRow])?
    /// Each task's history entries (positions in `ledger.history`), for the detail pane.
    var historyByTask: [Int: [Int]] = [:]

    public init(
        ledger: Ledger, ledgerPath: String, width: Int, height: Int, strings: UIStrings = .english,
        glyphs: Glyphs = .unicode, today: DayDate
    ) {
        self.ledger = ledger
        self.ledgerPath = ledgerPath
        self.strings = strings
        self.glyphs = glyphs
        self.today = today
        self.width = width
        self.height = height
        // A large plan's plan index, history index and work-area counts are built on a
        // second thread while this one counts the unit workload, the larger part: the first
        // frame comes sooner.
        let indexes = { @Sendable in
            (PlanIndex(plan: ledger.plan), Self.historyIndex(of: ledger.history),
             NavigatorTable(plan: ledger.plan, judgement: Judgement(ledger, today: today), today: today))
        }
        let counting = { () -> (Workload, WorkloadNames) in
            let workload = Workload(ledger: ledger, today: today)
            return (workload, WorkloadNames(workload, language: strings.language))
        }
        let ((index, historyByTask, navigatorTable), (workload, names)) =
            ledger.plan.tasks.count >= Self.parallelFrom ? Parallel.both(indexes, counting) : (indexes(), counting())
        self.index = index
        self.historyByTask = historyByTask
        self.workload = workload
        self.workloadNames = names
        self.navigator = []
        // The counts were judged as the workload judges (`Judgement(ledger, today:)`).
        assert(workload.judgement == Judgement(ledger, today: today))
        recountReturns()
        adopt(navigatorTable)
        rebuildWorkloadLines()
        rebuildTaskRows()
        clampScrolls()
    }

    /// The plan size from which opening builds its indexes on two threads: below it a
    /// thread costs more than it saves.
    static let parallelFrom = 2000

    mutating func indexHistory() {
        historyByTask = Self.historyIndex(of: ledger.history)
    }

    /// Each task's history entries (positions in `history`).
    static func historyIndex(of history: [HistoryEntry]) -> [Int: [Int]] {
        var byTask: [Int: [Int]] = [:]
        for (position, entry) in history.enumerated() {
            if let task = entry.task { byTask[task, default: []].append(position) }
        }
        return byTask
    }

    /// Sets the status-line message (e.g. "created a new ledger") before the first frame.
    public mutating func show(message: String) {
        self.message = message
    }

    /// Marks the dashboard read-only (a ledger from a newer taizhang), with the banner text.
    public mutating func makeReadOnly(_ reason: String) {
        readOnlyReason = reason
    }

    /// Limits the dashboard to what `access` may change (a unit's account): its own tasks
    /// are listed first, other changes are refused with the reason, and `summary` says on
    /// the status line what may be changed.
    public mutating func limit(to access: LedgerAccess, summary: String?) {
        self.access = access
        accessSummary = summary
        taskCursor = 0
        rebuildTaskRows()
    }

    /// Why no change can be made now (read-only, or the server is out of reach), if so.
    var changeBlocked: String? { readOnlyReason ?? offlineReason }

    /// The task under the cursor, as its position in the plan.
    public var selectedTaskIndex: Int? {
        taskRows.indices.contains(taskCursor) ? taskRows[taskCursor].taskIndex : nil
    }

    public var selectedTask: PlanTask? {
        selectedTaskIndex.map { ledger.plan.tasks[$0] }
    }

    public var layout: Layout? { Layout(width: width, height: height) }

    /// Whether any filter narrows the tasks pane (Esc clears them all).
    public var isFiltered: Bool {
        unitFilter != nil || statusFilter != nil || overdueOnly || lightFilter != nil || !query.isEmpty
    }

    /// What lights and 序时进度 are judged against: `today`, the plan's start, the ledger's
    /// settings (counted with the workload, so both always agree).
    public var judgement: Judgement { workload.judgement }

    /// Rebuilds everything derived from the ledger after it was replaced as a whole (another
    /// process saved, an undo), keeping the cursor on the same task where it still exists.
    mutating func ledgerReplaced(by newLedger: Ledger) {
        ledger = newLedger
        searchCache = nil
        index = PlanIndex(plan: ledger.plan)
        recountWorkload()
        buildNavigator()
        indexHistory()
        rebuildWorkloadLines()
        rebuildTaskRows()
        clampScrolls()
    }
}
