import TaizhangScreen

/// A rectangle of the screen.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The area inside a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: max(0, width - 2), height: max(0, height - 2)) }

    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < x + width && point.y >= y && point.y < y + height
    }
}

/// Where each pane goes for a terminal size: a title bar on top, a status line at the
/// bottom, work areas over unit workload on the left, tasks over the task detail on the
/// right. Wider terminals give the extra columns to the task text.
public struct Layout: Hashable, Sendable {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var header: Rect
    public var areas: Rect
    public var workload: Rect
    public var tasks: Rect
    public var detail: Rect
    public var status: Rect

    /// nil when the terminal is smaller than the dashboard needs.
    public init?(width: Int, height: Int) {
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else { return nil }
        let bodyTop = 1
        let bodyHeight = height - 2
        let left = min(56, max(38, 28 + width / 8))
        let right = width - left
        let areasHeight = bodyHeight * 55 / 100
        let tasksHeight = bodyHeight * 55 / 100
        header = Rect(x: 0, y: 0, width: width, height: 1)
        areas = Rect(x: 0, y: bodyTop, width: left, height: areasHeight)
        workload = Rect(x: 0, y: bodyTop + areasHeight, width: left, height: bodyHeight - areasHeight)
        tasks = Rect(x: left, y: bodyTop, width: right, height: tasksHeight)
        detail = Rect(x: left, y: bodyTop + tasksHeight, width: right, height: bodyHeight - tasksHeight)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
    }

    public func rect(of pane: Pane) -> Rect {
        switch pane {
        case .areas: areas
        case .tasks: tasks
        case .detail: detail
        case .workload: workload
        }
    }

    /// Rows of content a pane shows; the workload pane spends one on its column header and
    /// one on the selected unit's summary.
    public func visibleRows(_ pane: Pane) -> Int {
        let rows = rect(of: pane).inner.height
        return pane == .workload ? max(0, rows - 2) : rows
    }
}
