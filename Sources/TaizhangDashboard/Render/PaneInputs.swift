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
    var navigator: [NavigatorRow]
    var navigatorScroll: Int
    var navigatorCursor: Int
    var scope: Scope

    init(_ state: DashboardState) {
        focus = state.focus
        strings = state.strings
        glyphs = state.glyphs
        areas = state.ledger.plan.areas
        navigator = state.navigator
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
    var workloadLines: [WorkloadLine]
    var workloadScroll: Int
    var workloadCursor: Int
    var workloadReturns: [String: ReturnStanding]
    var unitFilter: UnitFilter?

    init(_ state: DashboardState) {
        focus = state.focus
        strings = state.strings
        glyphs = state.glyphs
        workloadSort = state.workloadSort
        workloadNames = state.workloadNames
        workloadMeasure = state.workloadMeasure
        workloadLines = state.workloadLines
        workloadScroll = state.workloadScroll
        workloadCursor = state.workloadCursor
        workloadReturns = state.workloadReturns
        unitFilter = state.unitFilter
    }
}
