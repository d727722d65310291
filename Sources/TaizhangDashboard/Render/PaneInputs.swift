import TaizhangModel

/// What the work-areas pane is drawn from, and nothing else: `drawAreas` reads only this, so
/// when a frame's inputs equal the last frame's, the last frame's cells are the pane
/// (`RenderMemo`). Moving through the tasks changes none of it.
struct AreasPaneInputs: Equatable, Sendable {
    var focus: Pane
    var strings: UIStrings
    var glyphs: Glyphs
    /// The plan's areas and sections, for their titles.
    var areas: [Area]
    /// The rows on screen only, keeping their positions.
    var visibleRows: ArraySlice<NavigatorRow>
    var navigatorScroll: Int
    var navigatorCursor: Int
    var scope: Scope

    init(_ state: borrowing DashboardState, rows: Int) {
        focus = state.focus
        strings = state.strings
        glyphs = state.glyphs
        areas = state.ledger.plan.areas
        let first = min(max(0, state.navigatorScroll), state.navigator.count)
        visibleRows = state.navigator[first..<min(state.navigator.count, first + max(0, rows))]
        navigatorScroll = state.navigatorScroll
        navigatorCursor = state.navigatorCursor
        scope = state.scope
    }
}

/// What the unit pane is drawn from, and nothing else (see `AreasPaneInputs`).
struct WorkloadPaneInputs: Equatable, Sendable {
    var focus: Pane
    var strings: UIStrings
    var glyphs: Glyphs
    var workloadSort: WorkloadSort
    var workloadNames: WorkloadNames
    var workloadMeasure: WorkloadMeasure
    /// The rows on screen only (keeping their positions): a change to a unit scrolled out of
    /// sight leaves the pane as it was, and comparing never walks 2,000 units.
    var visibleLines: ArraySlice<WorkloadLine>
    var cursorLine: WorkloadLine?
    var workloadScroll: Int
    var workloadCursor: Int
    var workloadReturns: [String: ReturnStanding]
    var unitFilter: UnitFilter?

    init(_ state: borrowing DashboardState, rows: Int) {
        focus = state.focus
        strings = state.strings
        glyphs = state.glyphs
        workloadSort = state.workloadSort
        workloadNames = state.workloadNames
        workloadMeasure = state.workloadMeasure
        let lines = state.workloadLines
        let first = min(max(0, state.workloadScroll), lines.count)
        visibleLines = lines[first..<min(lines.count, first + max(0, rows))]
        cursorLine = lines.indices.contains(state.workloadCursor) ? lines[state.workloadCursor] : nil
        workloadScroll = state.workloadScroll
        workloadCursor = state.workloadCursor
        workloadReturns = state.workloadReturns
        unitFilter = state.unitFilter
    }
}

/// What the header line is drawn from, and nothing else (see `AreasPaneInputs`): the plan's
/// names and its progress, which few keys change.
struct HeaderInputs: Equatable, Sendable {
    var done: Int
    var total: Int
    var readOnly: Bool
    var planName: String?
    var title: String
    var documentNumber: String?
    var progressWord: String
    var readOnlyWord: String
    var ellipsis: String

    init(_ state: borrowing DashboardState) {
        done = state.navigator.first?.done ?? 0
        total = state.navigator.first?.total ?? 0
        readOnly = state.changeBlocked != nil
        planName = state.home.planName
        title = state.ledger.plan.title
        documentNumber = state.ledger.plan.documentNumber
        progressWord = state.strings.progress
        readOnlyWord = state.strings.readOnly
        ellipsis = state.glyphs.ellipsis
    }
}

/// What the detail pane is drawn from, and nothing else (see `AreasPaneInputs`): its lines'
/// source, how far they are scrolled and the frame around them.
struct DetailPaneInputs: Equatable, Sendable {
    var source: DetailSource?
    var title: String
    var focused: Bool
    var scroll: Int
    var moreBelow: String
    var glyphs: Glyphs

    init(_ state: borrowing DashboardState, width: Int) {
        source = width > 0 ? DetailSource(state, width: width) : nil
        title = state.selectedTask.map { "\(state.strings.detailTitle) \($0.number)" } ?? state.strings.detailTitle
        focused = state.focus == .detail
        scroll = state.detailScroll
        moreBelow = state.strings.moreBelow
        glyphs = state.glyphs
    }
}
