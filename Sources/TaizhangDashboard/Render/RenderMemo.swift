import TaizhangScreen

/// The last frame's panes that depend on little, with what they were drawn from. The
/// dashboard keeps one across frames: a key that moves through the tasks redraws the tasks and
/// the detail, and the work areas and the unit pane (a third of a frame's drawing) are copied
/// from the last frame, and so are the header and the detail pane when theirs are unchanged.
/// The detail's lines are kept with what they were made from, so scrolling them, or a search
/// that keeps the selected task, wraps nothing again. `Renderer.render(_:)` without a memo
/// draws everything.
public struct RenderMemo: Sendable {
    var areas: PaneCells<AreasPaneInputs>?
    var workload: PaneCells<WorkloadPaneInputs>?
    var header: PaneCells<HeaderInputs>?
    var detail: PaneCells<DetailPaneInputs>?
    var detailLines: (source: DetailSource, lines: [StyledLine])?

    public init() {}
}

/// A pane's cells as drawn from `inputs` into `rect`.
struct PaneCells<Inputs: Equatable & Sendable>: Sendable {
    var inputs: Inputs
    var rect: Rect
    var cells: [Cell]
}

extension Renderer {
    /// Draws a pane from `inputs`, or copies its cells from the memo when it was drawn from
    /// equal inputs into the same rectangle. A pane draws only inside its rectangle, onto
    /// blank cells, so the copy is exactly what drawing would give (tests compare the two
    /// over long runs of random keys).
    static func drawPane<Inputs: Equatable & Sendable>(
        _ inputs: Inputs, _ rect: Rect, memo: inout PaneCells<Inputs>?, into screen: inout Screen,
        draw: (Inputs, Rect, inout Screen) -> Void
    ) {
        if let memo, memo.rect == rect, memo.inputs == inputs {
            screen.paste(memo.cells, x: rect.x, y: rect.y, width: rect.width, height: rect.height)
            return
        }
        draw(inputs, rect, &screen)
        memo = PaneCells(inputs: inputs, rect: rect, cells: screen.cells(x: rect.x, y: rect.y, width: rect.width, height: rect.height))
    }
}
