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
    public internal(set) var query = ""
    public internal(set) var isSearching = false

    public internal(set) var taskRows: [TaskRow] = []
    public internal(set) var taskCursor = 0
    public internal(set) var taskScroll = 0
    public internal(set) var detailScroll = 0
    public internal(set) var workloadCursor = 0
    public internal(set) var workloadScroll = 0

    public internal(set) var showingHelp = false
    /// Why the last save failed; the screen says NOT SAVED until a save succeeds.
    public internal(set) var unsavedReason: String?
    /// A one-off message for the status line, cleared by the next key.
    public internal(set) var message: String?

    /// Sets the status-line message (e.g. "created a new ledger") before the first frame.
    public mutating func show(message: String) {
        self.message = message
    }

    public init(ledger: Ledger, ledgerPath: String, width: Int, height: Int, strings: UIStrings = .english, glyphs: Glyphs = .unicode) {
        self.ledger = ledger
        self.ledgerPath = ledgerPath
        self.strings = strings
        self.glyphs = glyphs
        self.width = width
        self.height = height
        self.index = PlanIndex(plan: ledger.plan)
        self.workload = Workload(plan: ledger.plan)
        self.navigator = []
        buildNavigator()
        rebuildTaskRows()
        clampScrolls()
    }

    /// The task under the cursor, as its position in the plan.
    public var selectedTaskIndex: Int? {
        taskRows.indices.contains(taskCursor) ? taskRows[taskCursor].taskIndex : nil
    }

    public var selectedTask: PlanTask? {
        selectedTaskIndex.map { ledger.plan.tasks[$0] }
    }

    public var layout: Layout? { Layout(width: width, height: height) }

    /// The number of tasks the tasks pane lists, counted when the rows are built.
    public internal(set) var visibleTaskCount = 0

    private mutating func buildNavigator() {
        var rows = [NavigatorRow(scope: .all, done: 0, total: 0)]
        for area in ledger.plan.areas {
            navigatorRowOfArea[area.number] = rows.count
            rows.append(NavigatorRow(scope: .area(area.number), done: 0, total: 0))
            for section in area.sections {
                let scope = Scope.section(area: area.number, section: section.number)
                navigatorRowOfSection[scope] = rows.count
                rows.append(NavigatorRow(scope: scope, done: 0, total: 0))
            }
        }
        navigator = rows
        for task in ledger.plan.tasks {
            countProgress(of: task, status: task.status, sign: 1, total: true)
        }
    }

    /// Adds or removes one task from the done/total counts of the rows that contain it.
    mutating func countProgress(of task: PlanTask, status: TaskStatus, sign: Int, total: Bool) {
        var rows = [0]
        if let row = navigatorRowOfArea[task.area] { rows.append(row) }
        if let section = task.section, let row = navigatorRowOfSection[.section(area: task.area, section: section)] {
            rows.append(row)
        }
        for row in rows {
            if total { navigator[row].total += sign }
            if status == .done { navigator[row].done += sign }
        }
    }
}
